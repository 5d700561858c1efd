"""Delivery of due reminders: sweep the table, claim a row, send, mark sent.

Why each reminder is delivered once:

* A reminder is a row with a unique key (obligation, user, kind, due_date): planning again
  inserts nothing. The table, not the broker, is the source of truth: after a Redis restart
  the next sweep hands the still-pending rows over again (``REQUEUE_AFTER``).
* The sweep (beat, every two minutes) picks due pending rows in bounded batches with
  ``FOR UPDATE SKIP LOCKED`` and hands their ids to ``notifications.deliver``. Two overlapping
  sweeps or duplicate messages are harmless: the worker *claims* the row with
  ``UPDATE … SET status='sending' WHERE id=… AND status='pending'`` and only the one that
  changed a row goes on.
* The in-app notification is unique per reminder and is written in the same transaction that
  marks the row sent, so a crash between the two leaves neither.
* E-mail cannot be inside a database transaction. It is sent first; right after SMTP returns,
  ``email_sent_at`` is committed on its own, and an e-mail is never sent again once it is set.
  The at-least-once window is therefore the few milliseconds between SMTP accepting the message
  and that commit: a worker killed exactly there sends the e-mail a second time when the row is
  released. A worker killed anywhere else sends it once.
* A row left in ``sending`` longer than ``SENDING_TIMEOUT`` (the worker died) is put back to
  pending by the sweep. A failed send is retried with exponential backoff (``next_attempt_at``)
  and after ``MAX_ATTEMPTS`` claims the row is ``failed`` and shown on the queue page.

Reminders of people who chose the daily digest are not delivered one by one: once a day (the
first sweep after 08:00 local) one ``Digest`` per person and day (unique) lists them.
"""

import logging
from datetime import timedelta

from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q
from django.template.loader import render_to_string
from django.utils import timezone

from .conf import conf
from .enums import Channel, DigestStatus, ObligationStatus, RecipientRole, ReminderStatus
from .models import Digest, Notification, NotificationPreference, Obligation, Reminder, Sweep
from .services import _absolute_url, local_today, recipients_by_obligation, send_at_for

logger = logging.getLogger(__name__)


# ---- the sweep --------------------------------------------------------------------------------


def reminders_sweep(*, hand_over, hand_over_digest, now=None):
    """One sweep: release stuck rows, plan overdue reminders, hand due rows over.

    ``hand_over(ids)`` and ``hand_over_digest(ids)`` publish the ids (the task passes Celery
    publishers); they are called after the batch is committed.
    """
    now = now or timezone.now()
    today = local_today(now)
    sweep = Sweep.objects.create(started_at=now)
    sweep.released = _release_stuck(now=now)
    sweep.planned = plan_overdue(today=today)
    sweep.digests = _hand_over_digests(now=now, today=today, hand_over=hand_over_digest)
    sweep.handed_over = _hand_over_due(now=now, hand_over=hand_over)
    sweep.finished_at = timezone.now()
    sweep.save(update_fields=["released", "planned", "digests", "handed_over", "finished_at"])
    Sweep.objects.filter(started_at__lt=now - conf("SWEEP_HISTORY")).delete()
    return sweep


def _release_stuck(*, now):
    cutoff = now - conf("SENDING_TIMEOUT")
    released = Reminder.objects.filter(status=ReminderStatus.SENDING, claimed_at__lt=cutoff).update(
        status=ReminderStatus.PENDING, enqueued_at=None
    )
    released += Digest.objects.filter(status=DigestStatus.SENDING, claimed_at__lt=cutoff).update(
        status=DigestStatus.PENDING, enqueued_at=None
    )
    return released


def plan_overdue(*, today):
    """Plan the overdue reminder whose day has come, for every open late obligation.

    A few queries per batch of obligations, never one per row; after a long pause only the
    latest step is planned (no burst of stale reminders).
    """
    planned = 0
    batch_size = conf("SWEEP_BATCH")
    while True:
        with transaction.atomic():
            batch = list(
                Obligation.objects.filter(status=ObligationStatus.OPEN, next_overdue_on__lte=today)
                .order_by("id")
                .only("id", "due_date", "overdue_every_days", "overdue_step", "next_overdue_on")
                .select_for_update(skip_locked=True)[:batch_size]
            )
            if not batch:
                return planned
            recipients = recipients_by_obligation([o.pk for o in batch], RecipientRole.PRIMARY)
            rows = []
            for obligation in batch:
                every = obligation.overdue_every_days
                step = (today - obligation.due_date).days // every
                day = obligation.due_date + timedelta(days=step * every)
                rows.extend(
                    Reminder(
                        obligation_id=obligation.pk,
                        user_id=user_id,
                        kind=f"overdue_{step}",
                        due_date=obligation.due_date,
                        send_on=day,
                        send_at=send_at_for(day),
                    )
                    for user_id in recipients[obligation.pk]
                )
                obligation.overdue_step = step
                obligation.next_overdue_on = obligation.due_date + timedelta(
                    days=(step + 1) * every
                )
            Reminder.objects.bulk_create(rows, ignore_conflicts=True, batch_size=batch_size)
            Obligation.objects.bulk_update(
                batch, ["overdue_step", "next_overdue_on"], batch_size=batch_size
            )
            planned += len(rows)


def _digest_users():
    return NotificationPreference.objects.filter(daily_digest=True).values("user_id")


def _due(now):
    return Reminder.objects.filter(status=ReminderStatus.PENDING, send_at__lte=now).filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    )


def _not_recently_enqueued(qs, now):
    return qs.filter(Q(enqueued_at__isnull=True) | Q(enqueued_at__lt=now - conf("REQUEUE_AFTER")))


def _hand_over_due(*, now, hand_over):
    handed = 0
    batch_size = conf("SWEEP_BATCH")
    candidates = _not_recently_enqueued(_due(now), now).exclude(user_id__in=_digest_users())
    while handed < conf("SWEEP_MAX"):
        with transaction.atomic():
            ids = list(
                candidates.order_by("send_at", "id")
                .select_for_update(skip_locked=True)
                .values_list("id", flat=True)[:batch_size]
            )
            if ids:
                Reminder.objects.filter(pk__in=ids).update(enqueued_at=now)
        if not ids:
            break
        hand_over(ids)
        handed += len(ids)
    return handed


def _hand_over_digests(*, now, today, hand_over):
    """Create today's digest for each digest user with due reminders, then hand them over."""
    if now < send_at_for(today):
        return 0
    users = (
        _due(now)
        .filter(user_id__in=_digest_users())
        .exclude(Exists(Digest.objects.filter(user_id=OuterRef("user_id"), day=today)))
        .values_list("user_id", flat=True)
        .distinct()
    )
    Digest.objects.bulk_create([Digest(user_id=u, day=today) for u in users], ignore_conflicts=True)
    handed = 0
    pending = _not_recently_enqueued(Digest.objects.filter(status=DigestStatus.PENDING), now)
    while True:
        with transaction.atomic():
            ids = list(
                pending.order_by("id")
                .select_for_update(skip_locked=True)
                .values_list("id", flat=True)[: conf("SWEEP_BATCH")]
            )
            if ids:
                Digest.objects.filter(pk__in=ids).update(enqueued_at=now)
        if not ids:
            return handed
        hand_over(ids)
        handed += len(ids)


# ---- one reminder ---------------------------------------------------------------------------


def _channel(user):
    preference = NotificationPreference.objects.filter(user=user).first()
    return preference.channel if preference else Channel.BOTH


def reminder_text(reminder):
    obligation = reminder.obligation
    due = obligation.due_date.strftime("%d/%m/%Y")
    title = f"{reminder.kind_label}: {obligation.title} (hạn {due})"
    unit = obligation.unit
    body = f"{obligation.get_kind_display()} — {unit.name}. Hạn: {due}."
    if reminder.kind == "escalation":
        body += " Việc này đã quá hạn; đề nghị lãnh đạo, cơ quan cấp trên đôn đốc."
    return title, body


def _backoff(reminder, exc, now):
    """After a failed send: later again with exponential backoff, or failed for good."""
    error = f"{type(exc).__name__}: {exc}"[:2000]
    if reminder.attempts >= conf("MAX_ATTEMPTS"):
        fields = {"status": ReminderStatus.FAILED, "next_attempt_at": None}
    else:
        delay = conf("RETRY_BASE") * (2 ** (reminder.attempts - 1))
        fields = {"status": ReminderStatus.PENDING, "next_attempt_at": now + delay}
    Reminder.objects.filter(pk=reminder.pk, status=ReminderStatus.SENDING).update(
        last_error=error, enqueued_at=None, **fields
    )
    return fields["status"]


def reminder_deliver(*, reminder_id):
    """Deliver one reminder if this call wins the claim. Returns what happened."""
    now = timezone.now()
    claimed = Reminder.objects.filter(pk=reminder_id, status=ReminderStatus.PENDING).update(
        status=ReminderStatus.SENDING, claimed_at=now, attempts=F("attempts") + 1
    )
    if not claimed:
        return "not-claimed"
    reminder = Reminder.objects.select_related(
        "user", "obligation__organization", "obligation__responsible_organization"
    ).get(pk=reminder_id)
    if reminder.obligation.status != ObligationStatus.OPEN:
        Reminder.objects.filter(pk=reminder.pk).update(status=ReminderStatus.CANCELLED)
        return "cancelled"
    channel = _channel(reminder.user)
    title, body = reminder_text(reminder)
    url = reminder.obligation.url
    if (
        channel in (Channel.EMAIL, Channel.BOTH)
        and reminder.user.email
        and not reminder.email_sent_at
    ):
        message = EmailMessage(
            subject=f"[TĐKT] {title}",
            body=f"{body}\n\n{_absolute_url(url)}\n",
            to=[reminder.user.email],
        )
        try:
            message.send()
        except Exception as exc:  # any transport error: retried with backoff
            logger.warning("Reminder %s: e-mail failed: %s", reminder.pk, exc)
            return _backoff(reminder, exc, now)
        # Committed on its own at once: from here on a retry never sends the e-mail again.
        Reminder.objects.filter(pk=reminder.pk).update(email_sent_at=timezone.now())
    with transaction.atomic():
        if channel in (Channel.IN_APP, Channel.BOTH):
            Notification.objects.get_or_create(
                reminder=reminder,
                defaults={
                    "user": reminder.user,
                    "title": title,
                    "body": body,
                    "url": url,
                },
            )
        Reminder.objects.filter(pk=reminder.pk, status=ReminderStatus.SENDING).update(
            status=ReminderStatus.SENT, sent_at=timezone.now(), next_attempt_at=None
        )
    return "sent"


# ---- the daily digest -----------------------------------------------------------------------


def digest_deliver(*, digest_id):
    """One e-mail listing the person's due reminders; in-app notifications as usual."""
    now = timezone.now()
    claimed = Digest.objects.filter(pk=digest_id, status=DigestStatus.PENDING).update(
        status=DigestStatus.SENDING, claimed_at=now
    )
    if not claimed:
        return "not-claimed"
    digest = Digest.objects.select_related("user").get(pk=digest_id)
    user = digest.user
    with transaction.atomic():
        ids = list(
            _due(now)
            .filter(user=user)
            .select_for_update(skip_locked=True)
            .values_list("id", flat=True)
        )
        Reminder.objects.filter(pk__in=ids).update(
            status=ReminderStatus.SENDING, claimed_at=now, attempts=F("attempts") + 1
        )
    # Rows claimed by an earlier, interrupted try of this digest belong to it too.
    reminders = list(
        Reminder.objects.filter(
            user=user, status=ReminderStatus.SENDING, claimed_at__gte=digest.claimed_at
        )
        .select_related("obligation__organization", "obligation__responsible_organization")
        .order_by("obligation__due_date", "id")
    )
    reminders = [r for r in reminders if r.obligation.status == ObligationStatus.OPEN]
    lines = [(r, *reminder_text(r)) for r in reminders]
    channel = _channel(user)
    if (
        lines
        and channel in (Channel.EMAIL, Channel.BOTH)
        and user.email
        and not digest.email_sent_at
    ):
        body = render_to_string(
            "notifications/email/digest.txt",
            {
                "user": user,
                "day": digest.day,
                "lines": [(t, b, _absolute_url(r.obligation.url)) for r, t, b in lines],
            },
        )
        try:
            EmailMessage(
                subject=f"[TĐKT] Việc cần làm ngày {digest.day:%d/%m/%Y} ({len(lines)})",
                body=body,
                to=[user.email],
            ).send()
        except Exception as exc:
            Reminder.objects.filter(pk__in=[r.pk for r in reminders]).update(
                status=ReminderStatus.PENDING,
                next_attempt_at=now + conf("RETRY_BASE"),
                last_error=str(exc)[:2000],
            )
            Digest.objects.filter(pk=digest.pk).update(
                status=DigestStatus.PENDING, enqueued_at=None
            )
            return "retry"
        Digest.objects.filter(pk=digest.pk).update(email_sent_at=timezone.now())
    with transaction.atomic():
        if channel in (Channel.IN_APP, Channel.BOTH):
            for reminder, title, body in lines:
                Notification.objects.get_or_create(
                    reminder=reminder,
                    defaults={
                        "user": user,
                        "title": title,
                        "body": body,
                        "url": reminder.obligation.url,
                    },
                )
        Reminder.objects.filter(pk__in=[r.pk for r in reminders]).update(
            status=ReminderStatus.SENT, sent_at=timezone.now()
        )
        Reminder.objects.filter(
            user=user, status=ReminderStatus.SENDING, claimed_at__gte=digest.claimed_at
        ).update(status=ReminderStatus.CANCELLED)
        Digest.objects.filter(pk=digest.pk).update(
            status=DigestStatus.SENT, sent_at=timezone.now(), reminder_count=len(lines)
        )
    return "sent"
