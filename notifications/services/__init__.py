"""Reminders and notifications: the API other apps call (Nhắc hạn và thông báo).

Any app with a deadline registers it as an *obligation* and tells us when it is over::

    from notifications.enums import ObligationKind
    from notifications.services import obligation_cancel, obligation_done, obligation_sync

    obligation_sync(
        source=task,                          # any model instance (generic FK)
        kind=ObligationKind.PLAN_TASK,        # unique per (source, kind)
        title="Báo cáo sơ kết 6 tháng",
        due_date=task.due_date,               # a date: "hạn 30/3" is a local calendar day
        organization=plan.organization,       # whose policy and calendar feed
        responsible_organization=task.unit,   # who must act (default: organization)
        url=reverse("plans:plan-detail", args=[plan.pk]),
        assignees=None,                       # users; None: officers and reporters of the unit
    )                                          # -> Obligation
    obligation_done(source=task)              # completed: no more reminders
    obligation_cancel(source=task)            # withdrawn: no more reminders

``obligation_sync(*, source, kind, title, due_date, organization, responsible_organization=None,
url="", assignees=None) -> Obligation`` creates or updates the obligation and re-plans its
reminders; call it whenever the source changes while it is still open (it reopens one that was
done or cancelled). ``obligation_done(*, source, kind=None)`` and ``obligation_cancel(*, source,
kind=None)`` close every obligation of the source, or only that kind; they return how many.
A new kind of deadline is one line in ``notifications.enums.ObligationKind`` plus these calls.

Recipients are resolved when reminders are planned (at every sync): ``assignees`` if given,
else the officers and reporters of the responsible organisation (or of ``organization``). On
escalation, M days after the deadline, the leaders of that unit and the officers of its
``parent`` are told as well.

What is planned, from the organisation's ``ReminderPolicy`` (defaults when it has none):
``before_N`` N days before (default 7 and 1), ``due`` on the day, ``overdue_K`` every N days
after the deadline (planned one at a time by the sweep), ``escalation`` after M days. Every
reminder is a ``Reminder`` row sent at 08:00 Asia/Ho_Chi_Minh of its day; its unique key
(obligation, user, kind, due_date) makes planning again a no-op. Delivery (``delivery.py``):
a beat task sweeps due rows every two minutes and hands each id to a worker, which claims it
atomically; see that module for the exactly-once argument and its one e-mail window.
"""

import logging

from .calendar import (
    DEFAULT_CALENDAR,
    calendar_entry_delete,
    calendar_entry_materialise,
    calendar_entry_save,
    calendar_materialise,
    calendar_seed_defaults,
)
from .notifications import (
    _absolute_url,
    notification_create,
    notification_mark_read,
    notifications_mark_all_read,
    organization_feed_for,
    preference_for,
    preference_new_token,
    preference_save,
    reminder_retry,
)
from .obligations import (
    local_today,
    obligation_cancel,
    obligation_done,
    obligation_sync,
    policy_for,
    policy_save,
    recipients_by_obligation,
    send_at_for,
)

__all__ = [
    "DEFAULT_CALENDAR",
    "_absolute_url",
    "calendar_entry_delete",
    "calendar_entry_materialise",
    "calendar_entry_save",
    "calendar_materialise",
    "calendar_seed_defaults",
    "local_today",
    "notification_create",
    "notification_mark_read",
    "notifications_mark_all_read",
    "obligation_cancel",
    "obligation_done",
    "obligation_sync",
    "organization_feed_for",
    "policy_for",
    "policy_save",
    "preference_for",
    "preference_new_token",
    "preference_save",
    "recipients_by_obligation",
    "reminder_retry",
    "send_at_for",
]

logger = logging.getLogger(__name__)
