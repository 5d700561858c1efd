"""Plan list and task board at scale: 2,000 plans and 60,000 tasks, constant queries.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tdkt_bench .venv/bin/python benchmarks/plans.py

Builds the data with bulk operations inside a transaction that is rolled back at the end (the
database is left as it was), then requests each page through Django's test client, first with
a small data set and then with the full one, and prints the queries and the median time of
five requests. The query count must be the same for both sizes.
"""

import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tdkt.settings.base")

import django  # noqa: E402

django.setup()

import argparse  # noqa: E402

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

from core.text import fold  # noqa: E402
from organizations.enums import Kind, Level, Role  # noqa: E402
from organizations.models import Membership  # noqa: E402
from organizations.services import organization_create  # noqa: E402
from plans.enums import PlanStatus, TaskStatus, TimingKind  # noqa: E402
from plans.models import Plan, Task  # noqa: E402

PAGES = [
    ("Danh sách kế hoạch", "/ke-hoach/", {}),
    ("Danh sách kế hoạch, tìm không dấu", "/ke-hoach/", {"q": "thi dua"}),
    ("Bảng nhiệm vụ", "/ke-hoach/viec/", {}),
    ("Bảng nhiệm vụ: quá hạn, quý II", "/ke-hoach/viec/", {"overdue": "on", "quarter": "2"}),
    ("Việc của đơn vị tôi", "/ke-hoach/viec/", {"mine": "on"}),
]


class Rollback(Exception):
    pass


def build(organization, units, plans, tasks_per_plan, start_year, first_number=1):
    made = Plan.objects.bulk_create(
        Plan(
            organization=organization,
            title=f"Công tác thi đua, khen thưởng năm {start_year + i % 5} (đợt {i})",
            year=start_year + i % 5,
            number=first_number + i,
            symbol="KH-UBND",
            issued_on=date(start_year + i % 5, 1, 1 + i % 28),
            status=PlanStatus.ISSUED,
            search_text=fold(f"Công tác thi đua, khen thưởng năm {start_year + i % 5} (đợt {i})"),
        )
        for i in range(plans)
    )
    tasks = []
    for plan in made:
        for n in range(tasks_per_plan):
            quarter = n % 4 + 1
            tasks.append(
                Task(
                    plan=plan,
                    order=n + 1,
                    content=f"Nhiệm vụ {n + 1} của kế hoạch {plan.number}: tổng hợp, báo cáo thi đua",
                    timing_kind=TimingKind.QUARTER,
                    quarter=quarter,
                    due_date=date(plan.year, quarter * 3, 28),
                    status=TaskStatus.DONE if n % 3 == 0 else TaskStatus.NOT_STARTED,
                    search_text=f"nhiem vu {n + 1} tong hop bao cao thi dua",
                )
            )
    made_tasks = Task.objects.bulk_create(tasks, batch_size=5000)
    through = Task.lead_units.through
    through.objects.bulk_create(
        [
            through(task_id=t.pk, organization_id=units[i % len(units)].pk)
            for i, t in enumerate(made_tasks)
        ],
        batch_size=5000,
    )


def measure(client, url, params):
    client.get(url, params)  # warm
    times = []
    for _ in range(5):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url, params)
            times.append(time.perf_counter() - started)
        assert response.status_code == 200, (url, response.status_code)
    rows = len(response.context["object_list"])
    return len(queries), statistics.median(times) * 1000, rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plans", type=int, default=2000)
    parser.add_argument("--tasks", type=int, default=30)
    args = parser.parse_args()
    setup_test_environment()  # the test client then records the context of each page
    results = {}
    try:
        with transaction.atomic():
            org = organization_create(
                name="UBND tỉnh Đo Tải",
                slug="bench-tinh",
                level=Level.PROVINCE,
                kind=Kind.PEOPLES_COMMITTEE,
                header_name="ỦY BAN NHÂN DÂN\nTỈNH ĐO TẢI",
                abbreviation="UBND",
                place_name="Đo Tải",
            )
            units = [
                organization_create(
                    name=f"Sở {i}",
                    slug=f"bench-so-{i}",
                    level=Level.UNIT,
                    kind=Kind.DEPARTMENT,
                    parent=org,
                    header_name=f"SỞ {i}",
                    abbreviation=f"S{i}",
                    place_name="Đo Tải",
                )
                for i in range(20)
            ]
            user = get_user_model().objects.create(username="bench-officer")
            Membership.objects.create(user=user, organization=org, role=Role.OFFICER)
            Membership.objects.create(user=user, organization=units[0], role=Role.REPORTER)
            client = Client()
            client.force_login(user)
            build(org, [org, *units], 10, 3, 2022)
            for label, url, params in PAGES:
                results[label] = [measure(client, url, params)]
            started = time.perf_counter()
            build(org, [org, *units], args.plans - 10, args.tasks, 2022, first_number=11)
            built = time.perf_counter() - started
            for label, url, params in PAGES:
                results[label].append(measure(client, url, params))
            raise Rollback
    except Rollback:
        pass
    print(
        f"Dữ liệu: {args.plans} kế hoạch, {args.plans * args.tasks} nhiệm vụ (tạo trong {built:.1f} s), "
        f"CSDL {connection.vendor}"
    )
    print(
        f"{'trang':<38} {'truy vấn (nhỏ)':>15} {'truy vấn (lớn)':>15} {'dòng':>6} {'ms (trung vị)':>14}"
    )
    for label, (small, large) in results.items():
        print(f"{label:<38} {small[0]:>15} {large[0]:>15} {large[2]:>6} {large[1]:>14.1f}")
        if small[0] != large[0]:
            print(f"  !! số truy vấn thay đổi theo dữ liệu: {small[0]} → {large[0]}")
            sys.exit(1)


if __name__ == "__main__":
    main()
