"""Without Redis the app still runs: Celery falls back to the embedded file-system broker,
says so at start-up, and a real worker runs the tasks sent through it."""

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _env(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("CELERY_", "DATABASE_URL", "REDIS_URL", "DJANGO_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="tdkt.settings.base",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        REDIS_URL="redis://127.0.0.1:1/0",  # nothing listens on port 1
        CELERY_BROKER_DIR=str(tmp_path / "broker"),
        LOG_LEVEL="INFO",
    )
    return env


def _python(*args, env):
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout


def test_settings_choose_the_file_system_broker_without_redis(tmp_path):
    out = _python(
        "-c",
        "from django.conf import settings as s; print(s.REDIS_AVAILABLE, s.CELERY_BROKER_URL)",
        env={**_env(tmp_path), "PYTHONPATH": str(ROOT)},
    )
    assert out.strip() == "False filesystem://"


def test_worker_runs_a_task_through_the_embedded_broker(tmp_path):
    env = _env(tmp_path)
    _python("manage.py", "migrate", "--noinput", "-v0", env=env)
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "tdkt", "worker", "--pool=solo", "--loglevel=INFO"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        _python(
            "-c",
            "import django; django.setup(); from tdkt.celery import app; app.send_task('notifications.sweep')",
            env={**env, "PYTHONPATH": str(ROOT)},
        )
        deadline = time.monotonic() + 60
        sweeps = 0
        while time.monotonic() < deadline and not sweeps:
            time.sleep(0.5)
            with sqlite3.connect(tmp_path / "db.sqlite3") as db:
                sweeps = db.execute(
                    "SELECT COUNT(*) FROM notifications_sweep WHERE finished_at IS NOT NULL"
                ).fetchone()[0]
        assert sweeps == 1
    finally:
        worker.terminate()
        output, _ = worker.communicate(timeout=30)
    assert (
        "Không kết nối được Redis (redis://127.0.0.1:1/0): Celery dùng hàng đợi nhúng trên đĩa (filesystem://)."
        in output
    )
