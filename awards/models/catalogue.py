from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.text import fold, nfc

from ..enums import Authority, AwardType, Beneficiary, Category, DossierPart, PhysicalItem


class AwardKind(models.Model):
    """Danh hiệu thi đua hoặc hình thức khen thưởng (Luật TĐKT 2022, NĐ 152/2025).

    ``code`` is the code the eligibility engine knows ("CSTDCS" …) for those it evaluates.
    What changes with the texts in force (criteria, authority, parts, vote) is in ``AwardRule``.
    """

    code = models.CharField(_("mã"), max_length=30, unique=True)
    name = models.CharField(_("tên"), max_length=200)
    category = models.CharField(_("loại"), max_length=20, choices=Category.choices)
    for_individual = models.BooleanField(_("cho cá nhân"), default=False)
    for_collective = models.BooleanField(_("cho tập thể"), default=False)
    for_household = models.BooleanField(_("cho hộ gia đình"), default=False)
    physical_item = models.CharField(
        _("hiện vật"), max_length=30, choices=PhysicalItem.choices, blank=True
    )
    aliases = models.CharField(
        _("tên gọi khác"),
        max_length=300,
        blank=True,
        help_text=_("Cách nhau bởi dấu chấm phẩy; dùng khi nhập danh sách từ Excel"),
    )
    rank = models.PositiveSmallIntegerField(_("thứ tự"), default=100)
    is_active = models.BooleanField(_("đang sử dụng"), default=True)

    class Meta:
        verbose_name = _("danh hiệu, hình thức khen thưởng")
        verbose_name_plural = _("danh hiệu, hình thức khen thưởng")
        ordering = ["rank", "code"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = nfc(self.name).strip()
        self.aliases = nfc(self.aliases).strip()
        super().save(*args, **kwargs)

    @property
    def beneficiaries(self):
        flags = (
            (self.for_individual, Beneficiary.INDIVIDUAL),
            (self.for_collective, Beneficiary.COLLECTIVE),
            (self.for_household, Beneficiary.HOUSEHOLD),
        )
        return [value for flag, value in flags if flag]

    def match_keys(self):
        """Folded spellings an imported cell may use: name, code, aliases."""
        keys = {fold(self.name), fold(self.code)}
        keys.update(fold(a).strip() for a in self.aliases.split(";") if a.strip())
        return {" ".join(k.split()) for k in keys if k}


class AwardRule(models.Model):
    """The criteria, authority, dossier parts and council vote of one title or form for a
    period (data, not code: texts change, e.g. NĐ 152/2025 replaced NĐ 98/2023 on 01/07/2025).

    ``engine_params`` are the numbers the eligibility engine reads (chain lengths, shares);
    empty for titles and forms the engine does not evaluate.
    """

    award = models.ForeignKey(AwardKind, on_delete=models.CASCADE, related_name="rules")
    effective_from = models.DateField(_("hiệu lực từ"))
    effective_to = models.DateField(_("hiệu lực đến"), null=True, blank=True)
    conferred_by = models.CharField(
        _("người có thẩm quyền tặng"), max_length=30, choices=Authority.choices
    )
    criteria = models.TextField(_("tiêu chuẩn"), blank=True)
    citation = models.CharField(_("căn cứ điều khoản"), max_length=255)
    basis = models.CharField(_("văn bản áp dụng"), max_length=255)
    nominee_kinds = models.JSONField(
        _("đối tượng áp dụng tiêu chuẩn"),
        default=list,
        help_text=_("individual, collective, household"),
    )
    authority_citation = models.CharField(_("căn cứ thẩm quyền"), max_length=255, blank=True)
    award_types = models.JSONField(
        _("loại hình khen thưởng"),
        default=list,
        help_text=_('Danh sách mã loại hình, ví dụ ["cong_trang"]'),
    )
    required_parts = models.JSONField(
        _("thành phần hồ sơ bắt buộc"),
        default=list,
        help_text=_("Danh sách mã: to_trinh, bao_cao_thanh_tich, bien_ban, …"),
    )
    vote_share = models.DecimalField(
        _("tỉ lệ phiếu đồng ý tối thiểu"),
        max_digits=4,
        decimal_places=3,
        null=True,
        blank=True,
        help_text=_("Trên tổng số thành viên Hội đồng, ví dụ 0,900; để trống nếu không bỏ phiếu"),
    )
    engine_params = models.JSONField(_("tham số xét tự động"), default=dict, blank=True)

    class Meta:
        verbose_name = _("tiêu chuẩn, thẩm quyền theo thời kỳ")
        verbose_name_plural = _("tiêu chuẩn, thẩm quyền theo thời kỳ")
        ordering = ["award__rank", "award__code", "effective_from"]
        constraints = [
            models.UniqueConstraint(
                fields=["award", "effective_from"], name="awardrule_one_version_per_date"
            ),
            models.CheckConstraint(
                condition=models.Q(effective_to__isnull=True)
                | models.Q(effective_to__gte=models.F("effective_from")),
                name="awardrule_valid_range",
            ),
            models.CheckConstraint(
                condition=models.Q(vote_share__isnull=True)
                | (models.Q(vote_share__gt=0) & models.Q(vote_share__lte=1)),
                name="awardrule_vote_share_range",
            ),
        ]

    def __str__(self):
        return f"{self.award} — từ {self.effective_from:%d/%m/%Y}"

    def clean(self):
        errors = {}
        unknown_types = [t for t in self.award_types or [] if t not in AwardType.values]
        if unknown_types:
            errors["award_types"] = _("Loại hình không hợp lệ: %s") % ", ".join(unknown_types)
        unknown_parts = [p for p in self.required_parts or [] if p not in DossierPart.values]
        if unknown_parts:
            errors["required_parts"] = _("Thành phần không hợp lệ: %s") % ", ".join(unknown_parts)
        unknown_kinds = [k for k in self.nominee_kinds or [] if k not in Beneficiary.values]
        if unknown_kinds:
            errors["nominee_kinds"] = _("Đối tượng không hợp lệ: %s") % ", ".join(unknown_kinds)
        if errors:
            raise ValidationError(errors)

    def in_force_on(self, day):
        return self.effective_from <= day and (
            self.effective_to is None or day <= self.effective_to
        )

    @property
    def required_part_labels(self):
        return [str(DossierPart(p).label) for p in self.required_parts if p in DossierPart.values]
