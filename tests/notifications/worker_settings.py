"""Settings of the Celery worker started by test_worker.py (a real process, a real broker)."""

import os
from datetime import timedelta

from tdkt.settings.base import *  # noqa: F403

EMAIL_BACKEND = "tests.notifications.mail_backends.SlowFileBackend"
EMAIL_FILE_PATH = os.environ["TEST_EMAIL_DIR"]
NOTIFICATIONS_SENDING_TIMEOUT = timedelta(seconds=float(os.environ["TEST_SENDING_TIMEOUT"]))
NOTIFICATIONS_REQUEUE_AFTER = timedelta(0)
LOGGING["root"]["level"] = "INFO"  # noqa: F405
