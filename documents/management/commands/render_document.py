import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from documents.assets import DocumentRenderError
from documents.schema import KINDS, SchemaError
from documents.services import render_document


class Command(BaseCommand):
    help = (
        "In một văn bản ra PDF hoặc DOCX: `render_document plan ID -o FILE` (kế hoạch đã lưu) "
        "hoặc `render_document --from-json FILE -o FILE [--kind plan]` (JSON của bộ nhập kế "
        "hoạch); không lưu gì vào cơ sở dữ liệu."
    )

    def add_arguments(self, parser):
        parser.add_argument("kind", nargs="?", choices=["plan"], help="loại nguồn đã lưu")
        parser.add_argument("id", nargs="?", type=int, help="mã (id) của kế hoạch")
        parser.add_argument("--from-json", dest="from_json", help="tệp JSON của bộ nhập kế hoạch")
        parser.add_argument("--kind", dest="json_kind", default="plan", choices=KINDS)
        parser.add_argument("--format", dest="fmt", default="pdf", choices=["pdf", "docx"])
        parser.add_argument("-o", "--output", required=True, help="tệp kết quả")

    def handle(self, *args, **options):
        if options["from_json"]:
            kind = options["json_kind"]
            try:
                data = json.loads(Path(options["from_json"]).read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise CommandError(f"Không đọc được tệp JSON: {exc}") from exc
        elif options["kind"] == "plan" and options["id"] is not None:
            kind = "plan"
            data = self._plan_data(options["id"])
        else:
            raise CommandError("Cần `plan ID` hoặc `--from-json FILE`.")
        try:
            rendered = render_document(kind=kind, data=data, fmt=options["fmt"])
        except (SchemaError, DocumentRenderError) as exc:
            raise CommandError(exc.message) from exc
        Path(options["output"]).write_bytes(rendered.content)
        pages = f", {rendered.pages} trang" if rendered.pages else ""
        self.stdout.write(
            self.style.SUCCESS(f"Đã ghi {options['output']} ({len(rendered.content)} byte{pages}).")
        )

    @staticmethod
    def _plan_data(pk):
        try:
            from plans.documents import plan_document_data
            from plans.models import Plan
        except ImportError as exc:
            raise CommandError(
                "Ứng dụng kế hoạch chưa cung cấp plans.documents.plan_document_data; "
                "hãy dùng --from-json."
            ) from exc
        plan = Plan.objects.filter(pk=pk).first()
        if plan is None:
            raise CommandError(f"Không có kế hoạch mã {pk}.")
        return plan_document_data(plan)
