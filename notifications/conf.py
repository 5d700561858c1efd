"""Tunables, each overridable in settings (``NOTIFICATIONS_<NAME>``); defaults are production's."""

from datetime import timedelta

from django.conf import settings

DEFAULTS = {
    # Reminders go out at this local hour (Asia/Ho_Chi_Minh) of their day.
    "SEND_HOUR": 8,
    # Rows read and handed over per query, and at most this many per sweep.
    "SWEEP_BATCH": 1000,
    "SWEEP_MAX": 20000,
    # A row handed over but not delivered is handed over again after this (lost message).
    "REQUEUE_AFTER": timedelta(minutes=10),
    # A row left in "sending" this long belonged to a dead worker: back to pending. Keep it
    # well above the SMTP timeout, or a slow live worker and its replacement both send.
    "SENDING_TIMEOUT": timedelta(minutes=15),
    "MAX_ATTEMPTS": 5,
    "RETRY_BASE": timedelta(minutes=5),
    "SWEEP_HISTORY": timedelta(days=2),
}


def conf(name):
    return getattr(settings, f"NOTIFICATIONS_{name}", DEFAULTS[name])
