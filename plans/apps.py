from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "plans"
    verbose_name = _("Kế hoạch")

    def ready(self):
        from core.dashboard import register_widget

        from .dashboard import plan_widget

        register_widget("plans/_widget.html", plan_widget)
