from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.text import fold, nfc, upper

from .enums import Kind, Level, Role


class Organization(models.Model):
    """Cơ quan, đơn vị, địa phương: a node of the organisation tree.

    ``path`` is a materialised path of ids ("/1/4/9/") so that a subtree is one indexed
    ``startswith`` query; it is maintained by ``organizations.services``.
    """

    name = models.CharField(_("tên"), max_length=255)
    slug = models.SlugField(_("mã"), max_length=80, unique=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("cơ quan cấp trên"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    path = models.CharField(max_length=500, editable=False, db_index=True, default="/")
    level = models.CharField(_("cấp"), max_length=20, choices=Level.choices)
    kind = models.CharField(_("loại"), max_length=20, choices=Kind.choices)
    header_name = models.TextField(
        _("tên in trên văn bản"),
        help_text=_("Một hoặc hai dòng, viết hoa, ví dụ: ỦY BAN NHÂN DÂN / XÃ CHIỀNG NGẦN"),
    )
    header_parent = models.CharField(
        _("cơ quan chủ quản in trên văn bản"),
        max_length=255,
        blank=True,
        help_text=_("Ví dụ: UBND TỈNH LẠNG SƠN (để trống nếu không in)"),
    )
    abbreviation = models.CharField(
        _("chữ viết tắt trong ký hiệu"), max_length=30, help_text=_("Ví dụ: UBND, HU, SNV")
    )
    place_name = models.CharField(
        _("địa danh ghi ngày tháng"), max_length=100, help_text=_("Ví dụ: Chiềng Ngần")
    )
    valid_from = models.DateField(_("hiệu lực từ"), null=True, blank=True)
    valid_to = models.DateField(_("hiệu lực đến"), null=True, blank=True)
    successor = models.ForeignKey(
        "self",
        verbose_name=_("đơn vị kế thừa"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="predecessors",
        help_text=_("Đơn vị tiếp nhận sau khi sáp nhập, đổi tên"),
    )
    shared_register = models.BooleanField(
        _("một sổ đăng ký cho mọi loại văn bản"),
        default=False,
        help_text=_("Bỏ chọn nếu mỗi loại văn bản (KH, QĐ, TTr…) có sổ số riêng"),
    )
    search_text = models.TextField(editable=False, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("cơ quan, đơn vị")
        verbose_name_plural = _("cơ quan, đơn vị")
        ordering = ["path"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_to__isnull=True)
                | models.Q(valid_from__isnull=True)
                | models.Q(valid_to__gte=models.F("valid_from")),
                name="org_valid_range",
            ),
            models.CheckConstraint(
                condition=~models.Q(successor=models.F("id")), name="org_not_own_successor"
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = nfc(self.name).strip()
        self.header_name = "\n".join(
            upper(line.strip()) for line in nfc(self.header_name).splitlines() if line.strip()
        )
        self.header_parent = upper(nfc(self.header_parent).strip())
        self.place_name = nfc(self.place_name).strip()
        self.abbreviation = nfc(self.abbreviation).strip()
        self.search_text = fold(f"{self.name} {self.abbreviation} {self.header_name}")
        super().save(*args, **kwargs)

    def clean(self):
        if self.parent_id and self.pk and self.parent_id == self.pk:
            raise ValidationError({"parent": _("Một đơn vị không thể là cấp trên của chính nó.")})
        if self.parent_id and self.pk and f"/{self.pk}/" in (self.parent.path or ""):
            raise ValidationError({"parent": _("Không thể chọn đơn vị cấp dưới làm cấp trên.")})

    @property
    def is_party(self):
        return self.kind == Kind.PARTY_COMMITTEE

    @property
    def is_active(self):
        return self.valid_to is None

    @property
    def header_lines(self):
        return self.header_name.splitlines()

    @property
    def depth(self):
        return self.path.count("/") - 2


class Membership(models.Model):
    """A user's role in an organisation; one row per role."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("vai trò"), max_length=30, choices=Role.choices)
    position = models.CharField(
        _("chức vụ"), max_length=100, blank=True, help_text=_("Ví dụ: Chủ tịch, Phó Chủ tịch")
    )
    is_active = models.BooleanField(_("đang hoạt động"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("vai trò của người dùng")
        verbose_name_plural = _("vai trò của người dùng")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organization", "role"], name="membership_unique_role"
            )
        ]

    def __str__(self):
        return f"{self.user} — {self.get_role_display()} — {self.organization}"

    def save(self, *args, **kwargs):
        self.position = nfc(self.position).strip()
        super().save(*args, **kwargs)
