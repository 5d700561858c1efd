from datetime import UTC, date, datetime, timedelta

import pytest
from django.core import mail
from django.db import IntegrityError
from django.utils import timezone

from notifications import delivery
from notifications.enums import ObligationKind, ReminderStatus
from notifications.models import (
    CalendarEntry,
    Digest,
    Notification,
    NotificationPreference,
    Obligation,
    Reminder,
    ReminderPolicy,
)
from notifications.services import (
    DEFAULT_CALENDAR,
    calendar_materialise,
    calendar_seed_defaults,
    local_today,
    obligation_cancel,
    obligation_done,
    obligation_sync,
    send_at_for,
)
from organizations.enums import Role
from tests.factories import OrganizationFactory, member

FUTURE = date(2030, 3, 30)


def sync(org, due=FUTURE, **kwargs):
    return obligation_sync(
        source=org,
        kind=kwargs.pop("kind", ObligationKind.PLAN_TASK),
        title=kwargs.pop("title", "Nộp báo cáo thi đua"),
        due_date=due,
        organization=org,
        **kwargs,
    )


def rows(obligation):
    return sorted(
        (r.user.username, r.kind, r.send_on, r.status)
        for r in Reminder.objects.filter(obligation=obligation).select_related("user")
    )


def sweep(now=None):
    handed, digests = [], []
    delivery.reminders_sweep(hand_over=handed.extend, hand_over_digest=digests.extend, now=now)
    return handed, digests


# ---- planning ----------------------------------------------------------------------------


def test_sync_plans_default_reminders_for_officers_and_reporters(org, officer, reporter, leader):
    obligation = sync(org)
    assert rows(obligation) == sorted(
        [
            (officer.username, "before_7", date(2030, 3, 23), "pending"),
            (officer.username, "before_1", date(2030, 3, 29), "pending"),
            (officer.username, "due", date(2030, 3, 30), "pending"),
            (officer.username, "escalation", date(2030, 4, 2), "pending"),
            (reporter.username, "before_7", date(2030, 3, 23), "pending"),
            (reporter.username, "before_1", date(2030, 3, 29), "pending"),
            (reporter.username, "due", date(2030, 3, 30), "pending"),
            (reporter.username, "escalation", date(2030, 4, 2), "pending"),
            (leader.username, "escalation", date(2030, 4, 2), "pending"),
        ]
    )


def test_escalation_reaches_officers_of_the_parent(db):
    province = OrganizationFactory(name="UBND tỉnh Lai Châu")
    commune = OrganizationFactory(parent=province)
    province_officer = member(province, Role.OFFICER)
    commune_officer = member(commune, Role.OFFICER)
    obligation = sync(province, responsible_organization=commune)
    escalated = Reminder.objects.filter(obligation=obligation, kind="escalation")
    assert sorted(escalated.values_list("user_id", flat=True)) == sorted(
        [province_officer.pk, commune_officer.pk]
    )


def test_assignees_replace_the_default_recipients(org, officer, reporter):
    obligation = sync(org, assignees=[reporter])
    assert {
        r.user_id for r in Reminder.objects.filter(obligation=obligation).exclude(kind="escalation")
    } == {reporter.pk}


def test_policy_days_before_and_send_time_at_eight_local(org, officer):
    ReminderPolicy.objects.create(
        organization=org, days_before=[3], on_due_day=False, escalate_after_days=5
    )
    obligation = sync(org)
    assert rows(obligation) == [
        (officer.username, "before_3", date(2030, 3, 27), "pending"),
        (officer.username, "escalation", date(2030, 4, 4), "pending"),
    ]
    reminder = Reminder.objects.get(obligation=obligation, kind="before_3")
    assert reminder.send_at == datetime(2030, 3, 27, 1, 0, tzinfo=UTC)


def test_sync_twice_is_idempotent_and_moving_the_date_replans(org, officer):
    first = sync(org)
    again = sync(org)
    assert again.pk == first.pk
    assert Reminder.objects.filter(obligation=first).count() == 4
    sync(org, due=date(2030, 4, 10))
    assert Obligation.objects.count() == 1
    assert Reminder.objects.filter(obligation=first, status="pending").count() == 4
    assert Reminder.objects.filter(obligation=first, status="cancelled").count() == 4
    assert set(Reminder.objects.filter(status="pending").values_list("due_date", flat=True)) == {
        date(2030, 4, 10)
    }


def test_unique_key_refuses_a_second_row(org, officer):
    obligation = sync(org)
    row = Reminder.objects.get(obligation=obligation, kind="due")
    with pytest.raises(IntegrityError):
        Reminder.objects.create(
            obligation=obligation,
            user=officer,
            kind="due",
            due_date=row.due_date,
            send_on=row.send_on,
            send_at=row.send_at,
        )


def test_done_and_cancel_stop_reminders(org, officer):
    sync(org)
    assert obligation_done(source=org) == 1
    assert set(Reminder.objects.values_list("status", flat=True)) == {"cancelled"}
    assert obligation_cancel(source=org, kind=ObligationKind.DOSSIER_DEADLINE) == 0
    sync(org)  # reopened by a new sync
    assert Obligation.objects.get().status == "open"
    assert Reminder.objects.filter(status="pending").count() == 4


def test_unknown_kind_is_refused(org):
    with pytest.raises(ValueError):
        sync(org, kind="khong_co")


# ---- time zone ---------------------------------------------------------------------------


def test_local_day_is_already_the_next_day_at_2330_utc():
    assert local_today(datetime(2030, 3, 29, 23, 30, tzinfo=UTC)) == date(2030, 3, 30)
    assert send_at_for(date(2030, 3, 30)) == datetime(2030, 3, 30, 1, 0, tzinfo=UTC)


def test_due_reminder_of_30_3_is_not_sent_at_0630_local_but_at_0800(org, officer):
    ReminderPolicy.objects.create(organization=org, days_before=[], escalate_after_days=9)
    obligation = sync(org)
    due = Reminder.objects.get(obligation=obligation, kind="due")
    assert sweep(now=datetime(2030, 3, 29, 23, 30, tzinfo=UTC))[0] == []
    assert sweep(now=datetime(2030, 3, 30, 0, 59, tzinfo=UTC))[0] == []
    assert sweep(now=datetime(2030, 3, 30, 1, 0, tzinfo=UTC))[0] == [due.pk]


def test_overdue_is_planned_for_the_local_day(org, officer):
    ReminderPolicy.objects.create(
        organization=org, days_before=[], on_due_day=False, overdue_every_days=1
    )
    obligation = sync(org, due=date(2030, 3, 29))
    handed, _ = sweep(now=datetime(2030, 3, 29, 23, 30, tzinfo=UTC))  # 30/3 06:30 local
    overdue = Reminder.objects.get(obligation=obligation, kind="overdue_1")
    assert (overdue.send_on, overdue.send_at) == (
        date(2030, 3, 30),
        datetime(2030, 3, 30, 1, 0, tzinfo=UTC),
    )
    assert handed == []
    assert sweep(now=datetime(2030, 3, 30, 1, 0, tzinfo=UTC))[0] == [overdue.pk]
    obligation.refresh_from_db()
    assert (obligation.overdue_step, obligation.next_overdue_on) == (1, date(2030, 3, 31))


def test_overdue_after_a_long_pause_plans_only_the_latest_step(org, officer):
    ReminderPolicy.objects.create(organization=org, days_before=[], overdue_every_days=3)
    obligation = sync(org, due=date(2030, 3, 1))
    sweep(now=datetime(2030, 3, 20, 2, 0, tzinfo=UTC))
    assert list(
        Reminder.objects.filter(obligation=obligation, kind__startswith="overdue").values_list(
            "kind", "send_on"
        )
    ) == [("overdue_6", date(2030, 3, 19))]


# ---- delivery ----------------------------------------------------------------------------


def test_deliver_sends_one_email_and_one_notification(org, officer, make_due_reminder):
    reminder = make_due_reminder(user=officer, organization=org)
    assert sweep()[0] == [reminder.pk]
    assert delivery.reminder_deliver(reminder_id=reminder.pk) == "sent"
    assert delivery.reminder_deliver(reminder_id=reminder.pk) == "not-claimed"
    reminder.refresh_from_db()
    assert (reminder.status, reminder.attempts) == ("sent", 1)
    assert reminder.email_sent_at is not None
    assert len(mail.outbox) == 1
    due = local_today().strftime("%d/%m/%Y")
    assert mail.outbox[0].subject == f"[TĐKT] Đến hạn hôm nay: Báo cáo sơ kết 6 tháng (hạn {due})"
    assert mail.outbox[0].to == [officer.email]
    notification = Notification.objects.get()
    assert (notification.user, notification.reminder_id, notification.url) == (
        officer,
        reminder.pk,
        "/ke-hoach/1/",
    )


def test_a_row_handed_over_is_not_handed_over_again_until_requeue(org, officer, make_due_reminder):
    reminder = make_due_reminder(user=officer, organization=org)
    assert sweep()[0] == [reminder.pk]
    assert sweep()[0] == []
    assert sweep(now=timezone.now() + timedelta(minutes=11))[0] == [reminder.pk]


def test_email_sent_before_a_crash_is_not_sent_again(org, officer, make_due_reminder):
    reminder = make_due_reminder(user=officer, organization=org)
    Reminder.objects.filter(pk=reminder.pk).update(email_sent_at=timezone.now())
    assert delivery.reminder_deliver(reminder_id=reminder.pk) == "sent"
    assert mail.outbox == []
    assert Notification.objects.count() == 1


def test_stuck_sending_row_is_released_by_the_sweep(org, officer, make_due_reminder):
    reminder = make_due_reminder(user=officer, organization=org)
    Reminder.objects.filter(pk=reminder.pk).update(
        status="sending", claimed_at=timezone.now() - timedelta(minutes=16)
    )
    assert sweep()[0] == [reminder.pk]
    reminder.refresh_from_db()
    assert reminder.status == "pending"


def test_smtp_failure_backs_off_then_fails(org, officer, make_due_reminder, settings):
    settings.EMAIL_BACKEND = "tests.notifications.mail_backends.FailingBackend"
    settings.NOTIFICATIONS_MAX_ATTEMPTS = 3
    reminder = make_due_reminder(user=officer, organization=org)
    before = timezone.now()
    assert delivery.reminder_deliver(reminder_id=reminder.pk) == ReminderStatus.PENDING
    reminder.refresh_from_db()
    assert reminder.attempts == 1
    assert reminder.last_error == "SMTPServerDisconnected: Máy chủ thư không trả lời"
    assert timedelta(minutes=5) <= reminder.next_attempt_at - before < timedelta(minutes=6)
    assert sweep()[0] == []  # not before next_attempt_at
    delivery.reminder_deliver(reminder_id=reminder.pk)
    reminder.refresh_from_db()
    assert timedelta(minutes=10) <= reminder.next_attempt_at - before < timedelta(minutes=11)
    assert delivery.reminder_deliver(reminder_id=reminder.pk) == ReminderStatus.FAILED
    reminder.refresh_from_db()
    assert (reminder.status, reminder.attempts) == ("failed", 3)
    assert Notification.objects.count() == 0


def test_in_app_only_sends_no_email(org, officer, make_due_reminder):
    NotificationPreference.objects.create(user=officer, channel="in_app")
    reminder = make_due_reminder(user=officer, organization=org)
    delivery.reminder_deliver(reminder_id=reminder.pk)
    assert (len(mail.outbox), Notification.objects.count()) == (0, 1)


def test_done_obligation_cancels_a_claimed_reminder(org, officer, make_due_reminder):
    reminder = make_due_reminder(user=officer, organization=org)
    Obligation.objects.update(status="done")
    assert delivery.reminder_deliver(reminder_id=reminder.pk) == "cancelled"
    assert mail.outbox == []


def test_daily_digest_is_one_email_per_day(org, officer, make_due_reminder):
    NotificationPreference.objects.create(user=officer, daily_digest=True)
    first = make_due_reminder(user=officer, organization=org, title="Việc thứ nhất")
    second_org = OrganizationFactory()
    second = make_due_reminder(user=officer, organization=second_org, title="Việc thứ hai")
    now = max(timezone.now(), send_at_for(local_today()))
    handed, digests = sweep(now=now)
    assert handed == []
    assert len(digests) == 1
    assert delivery.digest_deliver(digest_id=digests[0]) == "sent"
    assert delivery.digest_deliver(digest_id=digests[0]) == "not-claimed"
    assert sweep(now=now) == ([], [])
    assert len(mail.outbox) == 1
    assert "1. Đến hạn hôm nay: Việc thứ nhất" in mail.outbox[0].body
    assert "2. Đến hạn hôm nay: Việc thứ hai" in mail.outbox[0].body
    assert set(
        Reminder.objects.filter(pk__in=[first.pk, second.pk]).values_list("status", flat=True)
    ) == {"sent"}
    assert Notification.objects.count() == 2
    assert Digest.objects.get().reminder_count == 2


# ---- calendar ----------------------------------------------------------------------------


def test_calendar_seed_and_materialise_are_idempotent(org, officer):
    assert calendar_seed_defaults(organization=org) == len(DEFAULT_CALENDAR)
    assert calendar_seed_defaults(organization=org) == 0
    assert calendar_materialise(year=2030, organization=org) == len(DEFAULT_CALENDAR)
    assert calendar_materialise(year=2030, organization=org) == 0
    assert Obligation.objects.count() == len(DEFAULT_CALENDAR)
    registration = Obligation.objects.get(kind="campaign_registration")
    assert (registration.title, registration.due_date) == (
        "Đăng ký thi đua của tập thể, cá nhân",
        date(2030, 3, 31),
    )
    statistics = Obligation.objects.get(title="Báo cáo thống kê thi đua, khen thưởng năm")
    assert statistics.due_date == date(2030, 12, 15)
    calendar_materialise(year=2031, organization=org)
    assert Obligation.objects.count() == 2 * len(DEFAULT_CALENDAR)


def test_29_february_falls_on_the_28th_in_a_common_year(org):
    CalendarEntry.objects.create(organization=org, title="Mốc cuối tháng 2", month=2, day=29)
    calendar_materialise(year=2031, organization=org)
    assert Obligation.objects.get().due_date == date(2031, 2, 28)
