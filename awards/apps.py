from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AwardsConfig(AppConfig):
    name = "awards"
    verbose_name = _("Khen thưởng")

    def ready(self):
        from core.dashboard import register_widget

        from .widgets import dossier_counts

        register_widget("awards/_widget.html", dossier_counts)
