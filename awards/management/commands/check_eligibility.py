"""Evaluate a JSON list of nominees and proposals with the eligibility engine.

    python manage.py check_eligibility ho-so.json [--year 2024] [--on 2024-01-10]

The file holds ``[{"nominee": {...}, "proposal": {...}}, ...]`` in the engine's JSON shape
(see ``awards.eligibility.schema``); one verdict is printed per line as JSON.
"""

import json
from datetime import date

from django.core.management.base import BaseCommand, CommandError

from awards.eligibility import evaluate, nominee_from_dict, proposal_from_dict


class Command(BaseCommand):
    help = "Xét điều kiện khen thưởng cho danh sách trong tệp JSON; in mỗi kết quả một dòng JSON."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Tệp JSON: danh sách các mục {nominee, proposal}")
        parser.add_argument("--year", type=int, help="Năm xét (thay năm của từng đề nghị)")
        parser.add_argument(
            "--on", help="Ngày áp dụng quy định, dạng YYYY-MM-DD (mặc định: hôm nay)"
        )

    def handle(self, *args, **options):
        path = options["file"]
        try:
            with open(path, encoding="utf-8") as handle:
                items = json.load(handle)
        except FileNotFoundError as exc:
            raise CommandError(f"Không tìm thấy tệp “{path}”.") from exc
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise CommandError(f"Tệp “{path}” không phải JSON hợp lệ: {exc}.") from exc
        try:
            on = date.fromisoformat(options["on"]) if options["on"] else None
        except ValueError as exc:
            raise CommandError("Ngày --on phải có dạng YYYY-MM-DD.") from exc
        if not isinstance(items, list):
            raise CommandError('Tệp JSON phải là một danh sách các mục {"nominee", "proposal"}.')
        for number, item in enumerate(items, start=1):
            try:
                nominee = nominee_from_dict(item["nominee"])
                raw = dict(item["proposal"])
                if options["year"]:
                    raw["year"] = options["year"]
                verdict = evaluate(nominee, proposal_from_dict(raw), on=on)
            except (KeyError, TypeError, ValueError) as exc:
                raise CommandError(f"Mục thứ {number} không hợp lệ: {exc}") from exc
            self.stdout.write(json.dumps(verdict.to_dict(), ensure_ascii=False))
