"""Time one reminder sweep over a large table.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tdkt_bench REDIS_URL=redis://127.0.0.1:6379/12 \\
        .venv/bin/python benchmarks/reminders.py [--obligations 100000] [--due 5000]

Builds (with bulk operations) ``--obligations`` open obligations, one recipient each: most
with their reminders in the future, ``--due`` of them needing a reminder now (80 % already
planned rows, 20 % late obligations whose overdue reminder the sweep must plan). Then times one
sweep exactly as the beat task runs it (release, plan, select, hand over to the broker) and a
second, idle one. The notifications tables of that database are emptied first, and the broker
queue is purged after: give it a database and a Redis db of its own.
"""

import os
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tdkt.settings.base")

import django  # noqa: E402

django.setup()

import argparse  # noqa: E402

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from notifications.models import (  # noqa: E402
    Notification,
    Obligation,
    ObligationRecipient,
    Reminder,
    Sweep,
)
from notifications.services import local_today, send_at_for  # noqa: E402
from notifications.tasks import reminders_sweep_task  # noqa: E402
from organizations.enums import Kind, Level  # noqa: E402
from organizations.models import Organization  # noqa: E402
from organizations.services import organization_create  # noqa: E402
from tdkt.celery import app  # noqa: E402

BATCH = 5000


def build(n_obligations, n_due):
    Notification.objects.all().delete()
    Reminder.objects.all().delete()
    Obligation.objects.all().delete()
    Sweep.objects.all().delete()
    org = Organization.objects.filter(slug="bench-tinh").first() or organization_create(
        slug="bench-tinh",
        name="UBND tỉnh Đo Tốc Độ",
        level=Level.PROVINCE,
        kind=Kind.PEOPLES_COMMITTEE,
        header_name="ỦY BAN NHÂN DÂN\nTỈNH ĐO TỐC ĐỘ",
        abbreviation="UBND",
        place_name="Đo Tốc Độ",
    )
    User = get_user_model()
    users = []
    for i in range(50):
        user, _ = User.objects.get_or_create(
            username=f"bench{i}", defaults={"email": f"bench{i}@example.vn"}
        )
        users.append(user)
    content_type = ContentType.objects.get_for_model(Organization)
    today = local_today()
    n_late = n_due // 5
    n_planned_due = n_due - n_late
    obligations = []
    for i in range(n_obligations):
        late = i < n_late
        due = today - timedelta(days=3) if late else today + timedelta(days=30 + i % 300)
        obligations.append(
            Obligation(
                content_type=content_type,
                object_id=str(i),
                kind="plan_task",
                title=f"Nhiệm vụ số {i}",
                due_date=due,
                organization=org,
                overdue_every_days=2,
                next_overdue_on=due + timedelta(days=2),
            )
        )
    Obligation.objects.bulk_create(obligations, batch_size=BATCH)
    ids = list(Obligation.objects.order_by("id").values_list("id", "due_date"))
    ObligationRecipient.objects.bulk_create(
        [
            ObligationRecipient(obligation_id=oid, user=users[k % 50], role="primary")
            for k, (oid, _) in enumerate(ids)
        ],
        batch_size=BATCH,
    )
    now = timezone.now()
    reminders = []
    for k, (oid, due) in enumerate(ids[n_late:]):
        is_due = k < n_planned_due
        send_on = today if is_due else due - timedelta(days=1)
        reminders.append(
            Reminder(
                obligation_id=oid,
                user=users[k % 50],
                kind="due" if is_due else "before_1",
                due_date=due,
                send_on=send_on,
                send_at=now - timedelta(minutes=5) if is_due else send_at_for(send_on),
            )
        )
    Reminder.objects.bulk_create(reminders, batch_size=BATCH)
    return len(ids), len(reminders)


def timed_sweep():
    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        reminders_sweep_task.apply()
        elapsed = time.perf_counter() - start
    return elapsed, len(queries), Sweep.objects.order_by("-id").first()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--obligations", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=5_000)
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("Give a PostgreSQL DATABASE_URL.")
    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    n_obligations, n_reminders = build(args.obligations, args.due)
    build_time = time.perf_counter() - start
    first = timed_sweep()
    second = timed_sweep()
    with app.connection_for_write() as conn:
        purged = conn.default_channel.queue_purge("celery")
    print(
        f"Built {n_obligations:,} obligations and {n_reminders:,} reminders in {build_time:.1f} s"
    )
    print(f"Broker: {app.conf.broker_url}  (purged {purged} messages afterwards)")
    print()
    print("| sweep | planned | handed over | time (s) | queries |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, (elapsed, n_queries, sweep) in (
        ("first (5,000 due)", first),
        ("second (idle)", second),
    ):
        print(
            f"| {name} | {sweep.planned:,} | {sweep.handed_over:,} | {elapsed:.2f} | {n_queries} |"
        )


if __name__ == "__main__":
    main()
