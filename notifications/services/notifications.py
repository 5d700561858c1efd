"""People: preferences, calendar feeds, in-app notifications, retrying a reminder."""

from django.conf import settings
from django.utils import timezone

from ..enums import ReminderStatus
from ..models import Notification, NotificationPreference, OrganizationFeed, Reminder, new_token

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
