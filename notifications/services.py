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

import calendar
import logging
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from core.text import nfc
from organizations.enums import Role
from organizations.models import Membership

from .conf import conf
from .enums import ObligationKind, ObligationStatus, RecipientRole, ReminderStatus
from .models import (
    CalendarEntry,
    CalendarOccurrence,
    Notification,
    NotificationPreference,
    Obligation,
    ObligationRecipient,
    OrganizationFeed,
    Reminder,
    ReminderPolicy,
)

logger = logging.getLogger(__name__)

# The usual yearly TĐKT calendar (spec/domain.md §3); each organisation edits its own copy.
DEFAULT_CALENDAR = [
    (1, 15, "Ban hành kế hoạch công tác thi đua, khen thưởng năm", ObligationKind.YEARLY_CALENDAR),
    (3, 31, "Đăng ký thi đua của tập thể, cá nhân", ObligationKind.CAMPAIGN_REGISTRATION),
    (3, 31, "Ký giao ước thi đua, bảng chấm điểm của cụm, khối", ObligationKind.CLUSTER_SCORING),
    (6, 30, "Hồ sơ đề nghị Cờ thi đua của Chính phủ", ObligationKind.DOSSIER_DEADLINE),
    (6, 30, "Họp Hội đồng Thi đua - Khen thưởng 6 tháng đầu năm", ObligationKind.COUNCIL_SESSION),
    (7, 10, "Hồ sơ khen thưởng năm học (ngành giáo dục)", ObligationKind.DOSSIER_DEADLINE),
    (7, 15, "Sơ kết 6 tháng công tác thi đua (30/6–15/7)", ObligationKind.CAMPAIGN_MIDTERM_REVIEW),
    (11, 30, "Cụm, khối tự chấm điểm; kiểm tra phong trào", ObligationKind.CLUSTER_SCORING),
    (12, 10, "Gửi hồ sơ khen thưởng cuối năm lên cấp trên", ObligationKind.DOSSIER_DEADLINE),
    (12, 15, "Báo cáo thống kê thi đua, khen thưởng năm", ObligationKind.YEARLY_CALENDAR),
    (12, 25, "Bình xét danh hiệu; Hội đồng TĐKT họp xét cuối năm", ObligationKind.COUNCIL_SESSION),
]


# ---- time ---------------------------------------------------------------------------------


def local_today(now=None):
    """The calendar day in Asia/Ho_Chi_Minh (23:30 UTC on 29/3 is already 30/3 here)."""
    return timezone.localdate(now or timezone.now(), ZoneInfo(settings.TIME_ZONE))


def send_at_for(day):
    """08:00 local of ``day`` as an aware datetime (= 01:00 UTC of the same day)."""
    return datetime.combine(day, time(conf("SEND_HOUR")), tzinfo=ZoneInfo(settings.TIME_ZONE))


# ---- policy and recipients ------------------------------------------------------------------


def policy_for(*, organization):
    """The organisation's policy, or an unsaved one holding the defaults."""
    policy = ReminderPolicy.objects.filter(organization=organization).first()
    return policy or ReminderPolicy(organization=organization)


def policy_save(*, organization, days_before, on_due_day, overdue_every_days, escalate_after_days):
    policy, _ = ReminderPolicy.objects.update_or_create(
        organization=organization,
        defaults={
            "days_before": sorted({int(d) for d in days_before}, reverse=True),
            "on_due_day": on_due_day,
            "overdue_every_days": overdue_every_days,
            "escalate_after_days": escalate_after_days,
        },
    )
    return policy


def _member_ids(organization_id, roles):
    if organization_id is None:
        return []
    return list(
        Membership.objects.filter(
            organization_id=organization_id, role__in=roles, is_active=True, user__is_active=True
        )
        .order_by("user_id")
        .values_list("user_id", flat=True)
        .distinct()
    )


def _recipients(*, unit, assignees):
    primary = (
        sorted({u.pk for u in assignees if u.is_active})
        if assignees
        else _member_ids(unit.pk, [Role.OFFICER, Role.REPORTER])
    )
    escalation = set(_member_ids(unit.pk, [Role.LEADER]))
    escalation |= set(_member_ids(unit.parent_id, [Role.OFFICER]))
    return primary, sorted(escalation - set(primary))


# ---- obligations ----------------------------------------------------------------------------


def _source_filter(source, kind=None):
    filters = {
        "content_type": ContentType.objects.get_for_model(source),
        "object_id": str(source.pk),
    }
    if kind:
        filters["kind"] = kind
    return filters


def obligation_sync(
    *,
    source,
    kind,
    title,
    due_date: date,
    organization,
    responsible_organization=None,
    url="",
    assignees=None,
) -> Obligation:
    if kind not in ObligationKind.values:
        raise ValueError(f"Unknown obligation kind: {kind!r}")
    if isinstance(due_date, datetime):
        raise TypeError("due_date is a calendar date, not a datetime")
    policy = policy_for(organization=organization)
    with transaction.atomic():
        obligation, created = Obligation.objects.select_for_update().get_or_create(
            **_source_filter(source, kind),
            defaults={"due_date": due_date, "title": "", "organization": organization},
        )
        moved = created or obligation.due_date != due_date
        obligation.title = nfc(title).strip()[:500]
        obligation.due_date = due_date
        obligation.organization = organization
        obligation.responsible_organization = responsible_organization
        obligation.url = url or ""
        obligation.status = ObligationStatus.OPEN
        obligation.closed_at = None
        obligation.overdue_every_days = policy.overdue_every_days
        if moved:
            obligation.overdue_step = 0
        obligation.next_overdue_on = due_date + timedelta(
            days=policy.overdue_every_days * (obligation.overdue_step + 1)
        )
        obligation.save()
        _plan(obligation=obligation, policy=policy, assignees=assignees)
    return obligation


def _plan(*, obligation, policy, assignees):
    """Make the rows match what is wanted now: insert missing, revive, cancel unwanted."""
    today = local_today()
    due = obligation.due_date
    primary, escalation = _recipients(unit=obligation.unit, assignees=assignees)
    ObligationRecipient.objects.filter(obligation=obligation).delete()
    ObligationRecipient.objects.bulk_create(
        [
            ObligationRecipient(obligation=obligation, user_id=u, role=RecipientRole.PRIMARY)
            for u in primary
        ]
        + [
            ObligationRecipient(obligation=obligation, user_id=u, role=RecipientRole.ESCALATION)
            for u in escalation
        ]
    )
    wanted = {}
    for days in sorted({int(d) for d in policy.days_before if int(d) > 0}):
        if due - timedelta(days=days) >= today:
            for user_id in primary:
                wanted[(user_id, f"before_{days}")] = due - timedelta(days=days)
    if policy.on_due_day and due >= today:
        for user_id in primary:
            wanted[(user_id, "due")] = due
    escalate_on = due + timedelta(days=policy.escalate_after_days)
    for user_id in primary + escalation:
        wanted[(user_id, "escalation")] = escalate_on
    existing = {
        (r.user_id, r.kind, r.due_date): r
        for r in Reminder.objects.filter(obligation=obligation).only(
            "id", "user_id", "kind", "due_date", "status", "send_on"
        )
    }
    to_create, revive, cancel = [], [], []
    for (user_id, kind), send_on in wanted.items():
        row = existing.get((user_id, kind, due))
        if row is None:
            to_create.append(
                Reminder(
                    obligation=obligation,
                    user_id=user_id,
                    kind=kind,
                    due_date=due,
                    send_on=send_on,
                    send_at=send_at_for(send_on),
                )
            )
        elif row.status == ReminderStatus.CANCELLED:
            revive.append(row.pk)
    for (user_id, kind, row_due), row in existing.items():
        if row.status != ReminderStatus.PENDING:
            continue
        still_wanted = row_due == due and (
            (user_id, kind) in wanted or (kind.startswith("overdue_") and user_id in primary)
        )
        if not still_wanted:
            cancel.append(row.pk)
    Reminder.objects.bulk_create(to_create, ignore_conflicts=True)
    if revive:
        Reminder.objects.filter(pk__in=revive).update(
            status=ReminderStatus.PENDING, attempts=0, next_attempt_at=None, enqueued_at=None
        )
    if cancel:
        Reminder.objects.filter(pk__in=cancel, status=ReminderStatus.PENDING).update(
            status=ReminderStatus.CANCELLED
        )


def _close(*, source, kind, status):
    with transaction.atomic():
        ids = list(
            Obligation.objects.filter(**_source_filter(source, kind))
            .exclude(status=status)
            .values_list("id", flat=True)
        )
        Obligation.objects.filter(pk__in=ids).update(
            status=status, closed_at=timezone.now(), next_overdue_on=None
        )
        Reminder.objects.filter(obligation_id__in=ids, status=ReminderStatus.PENDING).update(
            status=ReminderStatus.CANCELLED
        )
    return len(ids)


def obligation_done(*, source, kind=None) -> int:
    """The obligation was completed: no more reminders (it stays in the calendar feed)."""
    return _close(source=source, kind=kind, status=ObligationStatus.DONE)


def obligation_cancel(*, source, kind=None) -> int:
    """The obligation no longer exists: no more reminders, gone from the calendar feed."""
    return _close(source=source, kind=kind, status=ObligationStatus.CANCELLED)


# ---- yearly calendar ------------------------------------------------------------------------


def calendar_seed_defaults(*, organization):
    """Give an organisation the usual yearly calendar; entries it already has are kept."""
    created = 0
    for month, day, title, kind in DEFAULT_CALENDAR:
        _, was_created = CalendarEntry.objects.get_or_create(
            organization=organization, month=month, day=day, title=title, defaults={"kind": kind}
        )
        created += was_created
    return created


def _day_in(year, month, day):
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def calendar_entry_materialise(*, entry, year):
    occurrence, _ = CalendarOccurrence.objects.get_or_create(entry=entry, year=year)
    return obligation_sync(
        source=occurrence,
        kind=entry.kind,
        title=entry.title,
        due_date=_day_in(year, entry.month, entry.day),
        organization=entry.organization,
        url="/thong-bao/lich-tdkt/",
    )


def calendar_materialise(*, year, organization=None, only_missing=True):
    """Turn calendar entries into the obligations of ``year``. Idempotent: with
    ``only_missing`` entries that already have that year's obligation are skipped."""
    entries = CalendarEntry.objects.select_related("organization")
    if organization is not None:
        entries = entries.filter(organization=organization)
    if only_missing:
        entries = entries.exclude(occurrences__year=year)
    count = 0
    for entry in entries.order_by("id"):
        calendar_entry_materialise(entry=entry, year=year)
        count += 1
    return count


def calendar_entry_save(*, entry):
    """Save an entry and re-plan this year's obligation (if its day has not passed)."""
    with transaction.atomic():
        entry.save()
        year = local_today().year
        if _day_in(year, entry.month, entry.day) >= local_today():
            calendar_entry_materialise(entry=entry, year=year)
    return entry


def calendar_entry_delete(*, entry):
    with transaction.atomic():
        for occurrence in entry.occurrences.all():
            obligation_cancel(source=occurrence)
        entry.delete()


# ---- people ---------------------------------------------------------------------------------


def preference_for(*, user):
    preference, _ = NotificationPreference.objects.get_or_create(user=user)
    return preference


def preference_save(*, user, channel, daily_digest):
    preference = preference_for(user=user)
    preference.channel = channel
    preference.daily_digest = daily_digest
    preference.save(update_fields=["channel", "daily_digest"])
    return preference


def preference_new_token(*, user):
    """A new private calendar address; the old one stops working."""
    from .models import new_token

    preference = preference_for(user=user)
    preference.ical_token = new_token()
    preference.save(update_fields=["ical_token"])
    return preference


def organization_feed_for(*, organization):
    feed, _ = OrganizationFeed.objects.get_or_create(organization=organization)
    return feed


def notification_create(*, user, title, body="", url="", reminder=None):
    """A free in-app notification (a reminder's own one is made by the delivery)."""
    return Notification.objects.create(
        user=user, title=title, body=body, url=url, reminder=reminder
    )


def notification_mark_read(*, notification):
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    return notification


def notifications_mark_all_read(*, user):
    return Notification.objects.filter(user=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )


def reminder_retry(*, reminder):
    """Thử lại: a failed reminder goes back to the queue with a fresh count of attempts."""
    return Reminder.objects.filter(
        pk=reminder.pk, status__in=[ReminderStatus.FAILED, ReminderStatus.PENDING]
    ).update(
        status=ReminderStatus.PENDING,
        attempts=0,
        next_attempt_at=None,
        enqueued_at=None,
        last_error="",
    )


def _absolute_url(url):
    if not url or url.startswith(("http://", "https://")):
        return url
    return settings.SITE_URL.rstrip("/") + url


def recipients_by_obligation(obligation_ids, role):
    result = defaultdict(list)
    for obligation_id, user_id in (
        ObligationRecipient.objects.filter(obligation_id__in=obligation_ids, role=role)
        .order_by("obligation_id", "user_id")
        .values_list("obligation_id", "user_id")
    ):
        result[obligation_id].append(user_id)
    return result
