"""Benchmark of the awards app: eligibility over a large dossier, and a large Excel import.

    DATABASE_URL=postgres://… python benchmarks/awards.py [--nominees 10000] [--years 10]

Builds its data inside a transaction that is rolled back at the end, and prints a table.
"""

import argparse
import io
import os
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tdkt.settings.base")

import django  # noqa: E402

django.setup()

from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from openpyxl import Workbook  # noqa: E402

from accounts.models import User  # noqa: E402
from awards.models import (  # noqa: E402
    AwardKind,
    AwardRecord,
    DossierNominee,
    Initiative,
    Person,
    YearRating,
)
from awards.selectors import dossier_lines_with_history, verdicts_for_lines  # noqa: E402
from awards.services import dossier_create, dossier_import_confirm, dossier_import_preview  # noqa: E402
from awards.spreadsheets import INDIVIDUAL_COLUMNS  # noqa: E402
from organizations.enums import Kind, Level  # noqa: E402
from organizations.services import organization_create  # noqa: E402

ON = date(2026, 1, 10)


class Rollback(Exception):
    pass


def measure(label, rows, func):
    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        result = func()
        elapsed = time.perf_counter() - start
    rows.append((label, len(queries), elapsed))
    return result


def build_history(org, n, years):
    kinds = {a.code: a for a in AwardKind.objects.all()}
    last = ON.year - 1
    persons = []
    for i in range(n):
        person = Person(
            full_name=f"Nguyễn Văn Thử {i}",
            birth_date=date(1970 + i % 30, 1 + i % 12, 1 + i % 28),
            organization=org,
            national_id=f"{i:012d}",
        )
        person.prepare()
        persons.append(person)
    Person.objects.bulk_create(persons, batch_size=5000)
    ratings, awards, initiatives = [], [], []
    for i, person in enumerate(persons):
        for year in range(last - years + 1, last + 1):
            ratings.append(YearRating(person=person, year=year, rating="HTXS" if i % 3 else "HTT"))
            awards.append(AwardRecord(person=person, award=kinds["LDTT"], year=year))
            if i % 2 and year >= last - 2:
                awards.append(AwardRecord(person=person, award=kinds["CSTDCS"], year=year))
        initiatives.append(Initiative(person=person, title="Sáng kiến", level="tinh", year=last))
    YearRating.objects.bulk_create(ratings, batch_size=10000)
    AwardRecord.objects.bulk_create(awards, batch_size=10000)
    Initiative.objects.bulk_create(initiatives, batch_size=10000)
    return persons, kinds


def import_file(n):
    book = Workbook()
    sheet = book.active
    sheet.append(["DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG"])
    sheet.append([])
    sheet.append([c.label for c in INDIVIDUAL_COLUMNS])
    for i in range(n):
        sheet.append(
            [
                i + 1,
                f"Trần Thị Nhập {i}",
                "Nữ",
                f"{1 + i % 28:02d}/03/1985",
                "Chuyên viên",
                "",
                "Lao động tiên tiến",
                f"9{i:011d}",
                "",
                "",
                "",
            ]
        )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--nominees", type=int, default=10_000)
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()
    rows = []
    try:
        with transaction.atomic():
            org = organization_create(
                name="UBND xã Đo Hiệu Năng",
                level=Level.COMMUNE,
                kind=Kind.PEOPLES_COMMITTEE,
                header_name="ỦY BAN NHÂN DÂN\nXÃ ĐO HIỆU NĂNG",
                abbreviation="UBND",
                place_name="Đo",
            )
            up = organization_create(
                name="UBND tỉnh Đo",
                level=Level.PROVINCE,
                kind=Kind.PEOPLES_COMMITTEE,
                header_name="ỦY BAN NHÂN DÂN\nTỈNH ĐO",
                abbreviation="UBND",
                place_name="Đo",
            )
            user = User.objects.create(username="benchmark-awards", full_name="Đo hiệu năng")
            persons, kinds = measure(
                f"build {args.nominees} persons × {args.years} years of history",
                rows,
                lambda: build_history(org, args.nominees, args.years),
            )
            dossier = dossier_create(
                organization=org,
                recipient=up,
                title="Đo",
                year=ON.year - 1,
                track="cong_trang",
                by=user,
            )
            DossierNominee.objects.bulk_create(
                [
                    DossierNominee(
                        dossier=dossier,
                        person=p,
                        award=kinds["CSTD_TINH" if i % 2 else "CSTDCS"],
                        position=i + 1,
                    )
                    for i, p in enumerate(persons)
                ],
                batch_size=5000,
            )
            verdicts = measure(
                f"eligibility of {args.nominees} nominees (one dossier)",
                rows,
                lambda: verdicts_for_lines(dossier_lines_with_history(dossier.lines.all()), on=ON),
            )
            met = sum(1 for v in verdicts if v.verdict.status == "met")
            data = import_file(args.nominees)
            target = dossier_create(
                organization=org,
                recipient=up,
                title="Nhập",
                year=ON.year,
                track="cong_trang",
                by=user,
            )
            upload = SimpleUploadedFile("ds.xlsx", data)
            batch = measure(
                f"import preview of {args.nominees} rows (.xlsx {len(data) // 1024} KB)",
                rows,
                lambda: dossier_import_preview(dossier=target, by=user, upload=upload),
            )
            added = measure(
                f"import confirm of {len(batch.rows)} rows",
                rows,
                lambda: dossier_import_confirm(batch=batch, by=user),
            )
            raise Rollback
    except Rollback:
        pass
    print(f"database: {connection.vendor}; verdicts met: {met}/{len(verdicts)}; imported: {added}")
    print(f"| {'step':<58} | {'queries':>7} | {'seconds':>7} |")
    print(f"|{'-' * 60}|{'-' * 9}|{'-' * 9}|")
    for label, count, elapsed in rows:
        print(f"| {label:<58} | {count:>7} | {elapsed:>7.2f} |")


if __name__ == "__main__":
    main()
