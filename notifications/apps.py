from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = _("Thông báo")

    def ready(self):
        from core.dashboard import register_widget

        from .widgets import dashboard_widget

        register_widget("notifications/_widget.html", dashboard_widget)
