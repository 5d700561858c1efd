"""A real Celery worker process on a real Redis broker (a dedicated redis-server on port 6390,
started here, so that restarting it disturbs nobody). Database: the test database itself."""

import contextlib
import os
import shutil
import signal
import subprocess
import time
import uuid
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.db import connection

from notifications import delivery
from notifications.models import Notification, Reminder
from notifications.tasks import reminder_deliver_task, reminders_sweep_task
from tdkt.celery import app

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

PORT = 6390
BROKER = f"redis://127.0.0.1:{PORT}/0"
TIMEOUT = 30


def wait_for(check, timeout=TIMEOUT, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


class RedisServer:
    def __init__(self, workdir):
        self.workdir = workdir
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [
                shutil.which("redis-server") or "redis-server",
                "--bind",
                "127.0.0.1",
                "--port",
                str(PORT),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.workdir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis(port=PORT)
        wait_for(lambda: _pings(client), what="redis-server")

    def shutdown_nosave(self):
        with contextlib.suppress(redis.ConnectionError):
            redis.Redis(port=PORT).shutdown(nosave=True)
        self.process.wait(timeout=10)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


def _pings(client):
    try:
        return client.ping()
    except redis.ConnectionError:
        return False


class Worker:
    def __init__(self, *, mail_dir, log, mail_sleep=0, sending_timeout=900, concurrency=1):
        db = connection.settings_dict
        database_url = (
            f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST'] or '127.0.0.1'}:"
            f"{db['PORT'] or 5432}/{db['NAME']}"
        )
        env = dict(
            os.environ,
            DJANGO_SETTINGS_MODULE="tests.notifications.worker_settings",
            DATABASE_URL=database_url,
            REDIS_URL=BROKER,
            CELERY_BROKER_URL=BROKER,
            TEST_EMAIL_DIR=str(mail_dir),
            TEST_MAIL_SLEEP=str(mail_sleep),
            TEST_SENDING_TIMEOUT=str(sending_timeout),
        )
        pool = (
            ["--pool=solo"]
            if concurrency == 1
            else ["--pool=prefork", f"--concurrency={concurrency}"]
        )
        self.log = log
        self.process = subprocess.Popen(
            [
                str(Path(settings.BASE_DIR) / ".venv/bin/celery"),
                "-A",
                "tdkt",
                "worker",
                "--loglevel=INFO",
                "-n",
                f"notiftest-{uuid.uuid4().hex[:8]}@%h",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                *pool,
            ],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=log.open("ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_for(lambda: b"ready." in log.read_bytes(), what="worker ready")

    def kill(self, sig=signal.SIGKILL):
        if self.process.poll() is None:
            os.killpg(self.process.pid, sig)
            self.process.wait(timeout=30)


@pytest.fixture
def broker(tmp_path):
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def workers(tmp_path, request):
    started = []
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()

    def start(**kwargs):
        worker = Worker(mail_dir=mail_dir, log=tmp_path / f"worker{len(started)}.log", **kwargs)
        started.append(worker)
        return worker

    def finalize():
        for worker in started:
            worker.kill()

    request.addfinalizer(finalize)
    start.mail_dir = mail_dir
    return start


def send(task, **kwargs):
    with app.connection_for_write(BROKER) as conn:
        task.apply_async(kwargs=kwargs, connection=conn)


def emails(mail_dir):
    return sorted(p for p in mail_dir.iterdir() if p.suffix == ".log")


def delivered(reminder):
    return lambda: Reminder.objects.get(pk=reminder.pk).status == "sent"


def test_worker_delivers_once_despite_overlapping_sweeps(
    broker, workers, org, officer, make_due_reminder
):
    workers(concurrency=2)
    workers()
    reminder = make_due_reminder(user=officer, organization=org)
    send(reminders_sweep_task)
    send(reminders_sweep_task)
    send(reminder_deliver_task, reminder_id=reminder.pk)
    send(reminder_deliver_task, reminder_id=reminder.pk)
    wait_for(delivered(reminder), what="delivery")
    time.sleep(2)  # let any duplicate message run to its end
    assert Notification.objects.filter(reminder=reminder).count() == 1
    files = emails(workers.mail_dir)
    assert len(files) == 1
    assert f"To: {officer.email}" in files[0].read_text()
    reminder.refresh_from_db()
    assert (reminder.status, reminder.attempts) == ("sent", 1)


def test_worker_killed_while_sending_delivers_once_after_restart(
    broker, workers, org, officer, make_due_reminder
):
    first = workers(mail_sleep=60, sending_timeout=2)
    reminder = make_due_reminder(user=officer, organization=org)
    send(reminders_sweep_task)
    wait_for(lambda: (workers.mail_dir / "sending.marker").exists(), what="send started")
    first.kill(signal.SIGKILL)
    reminder.refresh_from_db()
    assert (reminder.status, reminder.email_sent_at) == ("sending", None)
    assert emails(workers.mail_dir) == []
    workers(sending_timeout=2)
    time.sleep(2.5)
    send(reminders_sweep_task)  # releases the stuck row and hands it over again
    wait_for(delivered(reminder), what="delivery after restart")
    time.sleep(1)
    reminder.refresh_from_db()
    assert (reminder.status, reminder.attempts) == ("sent", 2)
    assert len(emails(workers.mail_dir)) == 1
    assert Notification.objects.filter(reminder=reminder).count() == 1


def test_redis_restart_loses_nothing_due(broker, workers, org, officer, make_due_reminder):
    # A worker declares the queue, then stops: the hand-over waits in Redis only.
    workers().kill(signal.SIGTERM)
    reminder = make_due_reminder(user=officer, organization=org)
    handed = []

    def hand_over(ids):
        handed.extend(ids)
        for reminder_id in ids:
            send(reminder_deliver_task, reminder_id=reminder_id)

    delivery.reminders_sweep(hand_over=hand_over, hand_over_digest=lambda ids: None)
    assert handed == [reminder.pk]
    assert redis.Redis(port=PORT).llen("celery") == 1
    broker.shutdown_nosave()
    broker.start()
    assert redis.Redis(port=PORT).llen("celery") == 0  # the message is gone
    assert Reminder.objects.get(pk=reminder.pk).status == "pending"  # the row is not
    workers()
    send(reminders_sweep_task)
    wait_for(delivered(reminder), what="delivery after Redis restart")
    assert len(emails(workers.mail_dir)) == 1
    assert Notification.objects.filter(reminder=reminder).count() == 1
