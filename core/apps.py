import logging
import sys

from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger("tdkt")


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Lõi hệ thống")

    def ready(self):
        # Say once, at start-up of a server or worker, which broker Celery will use.
        starting = any(word in sys.argv for word in ("runserver", "worker", "beat"))
        if starting and not settings.CELERY_BROKER_URL.startswith("redis"):
            logger.warning(
                "Không kết nối được Redis (%s): Celery dùng hàng đợi nhúng trên đĩa (%s).",
                settings.REDIS_URL,
                settings.CELERY_BROKER_URL,
            )
