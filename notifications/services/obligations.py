"""Obligations and their reminders: time, policy, recipients, sync and close."""

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

from ..conf import conf
from ..enums import ObligationKind, ObligationStatus, RecipientRole, ReminderStatus
from ..models import Obligation, ObligationRecipient, Reminder, ReminderPolicy

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


def recipients_by_obligation(obligation_ids, role):
    result = defaultdict(list)
    for obligation_id, user_id in (
        ObligationRecipient.objects.filter(obligation_id__in=obligation_ids, role=role)
        .order_by("obligation_id", "user_id")
        .values_list("obligation_id", "user_id")
    ):
        result[obligation_id].append(user_id)
    return result
