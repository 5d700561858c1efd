"""E-mail backends for the tests: an SMTP failure, and a file backend a worker can block in."""

import os
import smtplib
import time
from pathlib import Path

from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.filebased import EmailBackend as FileBackend


class FailingBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("Máy chủ thư không trả lời")


class SlowFileBackend(FileBackend):
    """Writes one file per message; with TEST_MAIL_SLEEP it first says so and waits, which
    is where the worker-killing test kills the worker (before anything was sent)."""

    def send_messages(self, email_messages):
        delay = float(os.environ.get("TEST_MAIL_SLEEP", "0"))
        if delay:
            Path(self.file_path, "sending.marker").write_text("x")
            time.sleep(delay)
        return super().send_messages(email_messages)
