"""Build (or bring up to date) a realistic demo province. Safe to run many times.

Each app may have a ``demo.py`` with ``seed(context)``; they run in INSTALLED_APPS order and
share ``context`` (organisations and users by key), so later apps build on earlier ones.
"""

from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

DEMO_PASSWORD = "tdkt@2026"  # noqa: S105 - printed for the demo on purpose


class Command(BaseCommand):
    help = "Tạo dữ liệu mẫu (một tỉnh, các xã, cơ quan, người dùng mọi vai trò). Chạy lại không tạo trùng."

    def handle(self, *args, **options):
        context = {"password": DEMO_PASSWORD, "stdout": self.stdout}
        with transaction.atomic():
            for config in apps.get_app_configs():
                try:
                    module = import_module(f"{config.name}.demo")
                except ModuleNotFoundError as exc:
                    if exc.name != f"{config.name}.demo":
                        raise
                    continue
                module.seed(context)
        self.stdout.write(
            self.style.SUCCESS(
                "Đã tạo dữ liệu mẫu. Tài khoản đăng nhập (mật khẩu chung: %s):" % DEMO_PASSWORD
            )
        )
        for username, description in context.get("logins", []):
            self.stdout.write(f"  {username:<22} {description}")
