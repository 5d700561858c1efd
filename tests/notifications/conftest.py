from datetime import timedelta

import pytest
from django.utils import timezone

from notifications.models import Reminder, ReminderPolicy
from notifications.services import local_today, obligation_sync


@pytest.fixture
def make_due_reminder():
    """A reminder of ``user`` due now (whatever the hour): an obligation due today."""

    def make(*, user, organization, title="Báo cáo sơ kết 6 tháng"):
        ReminderPolicy.objects.update_or_create(
            organization=organization, defaults={"days_before": [], "on_due_day": True}
        )
        obligation = obligation_sync(
            source=organization,
            kind="plan_task",
            title=title,
            due_date=local_today(),
            organization=organization,
            url="/ke-hoach/1/",
            assignees=[user],
        )
        reminder = Reminder.objects.get(obligation=obligation, user=user, kind="due")
        Reminder.objects.filter(pk=reminder.pk).update(
            send_at=timezone.now() - timedelta(minutes=1)
        )
        return reminder

    return make
