from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from organizations.models import Organization
from plans.importing import PlanImportError, parse_plan_file
from plans.services import plan_create_from_import


class Command(BaseCommand):
    help = "Nhập một kế hoạch từ tệp .docx hoặc .txt (sao chép từ Word)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="Đường dẫn tệp .docx hoặc .txt")
        parser.add_argument("--org", required=True, help="Mã (slug) của cơ quan ban hành")
        parser.add_argument("--dry-run", action="store_true", help="Chỉ đọc và kiểm tra, không lưu")
        parser.add_argument(
            "--json", action="store_true", help="In cấu trúc đọc được dưới dạng JSON"
        )

    def handle(self, *args, path, org, dry_run, json: bool, **options):
        organization = Organization.objects.filter(slug=org).first()
        if organization is None:
            raise CommandError(f"Không có cơ quan có mã “{org}”.")
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"Không tìm thấy tệp “{path}”.")
        try:
            parsed = parse_plan_file(file.read_bytes(), file.name).to_dict()
        except PlanImportError as exc:
            raise CommandError(exc.message) from exc
        if json:
            import json as json_module

            self.stdout.write(json_module.dumps(parsed, ensure_ascii=False, indent=2))
        if dry_run:
            if not json:
                self.stdout.write(
                    f"Đọc được {len(parsed['tasks'])} nhiệm vụ, {len(parsed['sections'])} phần (không lưu)."
                )
            return
        try:
            with transaction.atomic():
                plan = plan_create_from_import(organization=organization, by=None, parsed=parsed)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        if not json:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Đã lưu kế hoạch #{plan.pk} “{plan.title}” với {plan.tasks.count()} nhiệm vụ."
                )
            )
