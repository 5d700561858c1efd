from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.text import fold, nfc


class User(AbstractUser):
    """Người dùng: one account per person, tied to organisations by memberships."""

    full_name = models.CharField(_("họ và tên"), max_length=150, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=30, blank=True)
    search_text = models.TextField(editable=False, default="")

    class Meta:
        verbose_name = _("người dùng")
        verbose_name_plural = _("người dùng")
        ordering = ["username"]

    def save(self, *args, **kwargs):
        self.full_name = nfc(self.full_name)
        self.search_text = fold(f"{self.full_name} {self.username} {self.email}")
        super().save(*args, **kwargs)

    def __str__(self):
        return self.full_name or self.username

    @property
    def display_name(self):
        return self.full_name or self.username
