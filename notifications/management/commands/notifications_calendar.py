from django.core.management.base import BaseCommand

from notifications.services import calendar_materialise, local_today


class Command(BaseCommand):
    help = "Lập các việc có hạn của một năm từ lịch TĐKT hằng năm (chạy lại không tạo trùng)."

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, default=None)
        parser.add_argument(
            "--resync", action="store_true", help="Cập nhật cả các việc đã lập (sau khi sửa lịch)."
        )

    def handle(self, *args, year=None, resync=False, **options):
        year = year or local_today().year
        count = calendar_materialise(year=year, only_missing=not resync)
        self.stdout.write(f"Năm {year}: đã lập hoặc cập nhật {count} việc từ lịch TĐKT.")
