from django.db.models import Count, Q
from django.shortcuts import get_object_or_404

from core.text import fold

from .enums import ObligationStatus, RecipientRole, ReminderStatus
from .models import (
    CalendarEntry,
    Notification,
    NotificationPreference,
    Obligation,
    OrganizationFeed,
    Reminder,
    Sweep,
)


def unread_count(*, user):
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


def notifications_for_user(*, user, state="", query=""):
    qs = Notification.objects.filter(user=user)
    if state == "unread":
        qs = qs.filter(read_at__isnull=True)
    elif state == "read":
        qs = qs.filter(read_at__isnull=False)
    for word in fold(query).split():
        qs = qs.filter(search_text__contains=word)
    return qs.order_by("-created_at", "-id")


def notification_for_user(*, user, pk):
    """Another person's notification is not found (404)."""
    return get_object_or_404(Notification, pk=pk, user=user)


def _organization_reminders(organization):
    return Reminder.objects.filter(obligation__organization=organization)


def queue_counts_for_organization(*, organization):
    return _organization_reminders(organization).aggregate(
        pending=Count("id", filter=Q(status=ReminderStatus.PENDING)),
        sending=Count("id", filter=Q(status=ReminderStatus.SENDING)),
        failed=Count("id", filter=Q(status=ReminderStatus.FAILED)),
        sent=Count("id", filter=Q(status=ReminderStatus.SENT)),
    )


def reminders_in_queue_for_organization(*, organization, status):
    return (
        _organization_reminders(organization)
        .filter(status=status)
        .select_related("user", "obligation")
        .order_by("send_at", "id")
    )


def reminder_for_organization(*, organization, pk):
    return get_object_or_404(_organization_reminders(organization), pk=pk)


def last_sweep():
    return Sweep.objects.order_by("-started_at").first()


def calendar_entries_for_organization(*, organization):
    return CalendarEntry.objects.filter(organization=organization).order_by("month", "day", "id")


def calendar_entry_for_organization(*, organization, pk):
    return get_object_or_404(CalendarEntry, organization=organization, pk=pk)


def obligations_for_user(*, user):
    return (
        Obligation.objects.filter(
            recipient_rows__user=user, recipient_rows__role=RecipientRole.PRIMARY
        )
        .exclude(status=ObligationStatus.CANCELLED)
        .select_related("organization", "responsible_organization")
        .order_by("due_date", "id")
        .distinct()
    )


def obligations_for_organization(*, organization):
    return (
        Obligation.objects.filter(
            Q(organization=organization) | Q(responsible_organization=organization)
        )
        .exclude(status=ObligationStatus.CANCELLED)
        .select_related("organization", "responsible_organization")
        .order_by("due_date", "id")
    )


def upcoming_obligations_for_organization(*, organization, since, limit=5):
    return obligations_for_organization(organization=organization).filter(
        status=ObligationStatus.OPEN, due_date__gte=since
    )[:limit]


def feed_owner_for_token(*, token):
    """(kind, owner) for a private calendar token, or None."""
    preference = (
        NotificationPreference.objects.select_related("user").filter(ical_token=token).first()
    )
    if preference is not None and preference.user.is_active:
        return "user", preference.user
    feed = OrganizationFeed.objects.select_related("organization").filter(token=token).first()
    if feed is not None:
        return "organization", feed.organization
    return None
