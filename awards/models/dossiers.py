import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.text import fold, nfc

from ..enums import AwardType, DossierPart, DossierStatus, FileKind
from .catalogue import AwardKind
from .nominees import Collective, Person


class Dossier(models.Model):
    """Hồ sơ đề nghị khen thưởng: a proposing unit's list sent up to its superior."""

    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("đơn vị đề nghị"),
        on_delete=models.PROTECT,
        related_name="award_dossiers",
    )
    recipient = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("gửi đến"),
        on_delete=models.PROTECT,
        related_name="received_award_dossiers",
    )
    title = models.CharField(_("trích yếu"), max_length=300)
    track = models.CharField(
        _("loại hình"), max_length=20, choices=AwardType.choices, default=AwardType.ACHIEVEMENT
    )
    year = models.PositiveSmallIntegerField(_("năm xét"))
    number = models.CharField(_("số tờ trình"), max_length=50, blank=True)
    status = models.CharField(
        _("trạng thái"), max_length=20, choices=DossierStatus.choices, default=DossierStatus.DRAFT
    )
    posted_from = models.DateField(_("niêm yết từ ngày"), null=True, blank=True)
    posted_until = models.DateField(_("niêm yết đến hết ngày"), null=True, blank=True)
    sent_at = models.DateTimeField(_("ngày gửi"), null=True, blank=True)
    received_at = models.DateTimeField(_("ngày tiếp nhận"), null=True, blank=True)
    return_reason = models.TextField(_("lý do trả lại"), blank=True)
    appraisal_notes = models.TextField(_("ý kiến thẩm định"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    search_text = models.TextField(editable=False, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("hồ sơ đề nghị khen thưởng")
        verbose_name_plural = _("hồ sơ đề nghị khen thưởng")
        ordering = ["-year", "-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(recipient=models.F("organization")),
                name="dossier_not_sent_to_itself",
            ),
            models.CheckConstraint(
                condition=models.Q(posted_from__isnull=True)
                | models.Q(posted_until__gte=models.F("posted_from")),
                name="dossier_posting_range",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.title = nfc(self.title).strip()
        self.search_text = fold(f"{self.title} {self.number}")
        super().save(*args, **kwargs)


class DossierNominee(models.Model):
    """Một dòng của danh sách đề nghị: a person or a collective and the proposed award."""

    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="lines")
    position = models.PositiveIntegerField(_("STT"), default=0)
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="proposals"
    )
    collective = models.ForeignKey(
        Collective, null=True, blank=True, on_delete=models.PROTECT, related_name="proposals"
    )
    award = models.ForeignKey(
        AwardKind, verbose_name=_("danh hiệu, hình thức đề nghị"), on_delete=models.PROTECT
    )
    achievement = models.TextField(_("tóm tắt thành tích"), blank=True)
    # What the proposing unit claims (Giấy khen, Bằng khen, Cờ): read by the engine.
    campaign_achievement = models.BooleanField(_("có thành tích trong phong trào"), default=False)
    unexpected_achievement = models.BooleanField(_("có thành tích đột xuất"), default=False)
    contribution = models.BooleanField(_("có đóng góp, cống hiến"), default=False)
    leads_cluster = models.BooleanField(_("được cụm, khối suy tôn dẫn đầu"), null=True, blank=True)

    class Meta:
        verbose_name = _("người, tập thể được đề nghị")
        verbose_name_plural = _("danh sách đề nghị")
        ordering = ["position", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(person__isnull=False) & models.Q(collective__isnull=True))
                | (models.Q(person__isnull=True) & models.Q(collective__isnull=False)),
                name="dossiernominee_person_xor_collective",
            ),
            models.UniqueConstraint(
                fields=["dossier", "person", "award"],
                condition=models.Q(person__isnull=False),
                name="dossiernominee_person_once",
            ),
            models.UniqueConstraint(
                fields=["dossier", "collective", "award"],
                condition=models.Q(collective__isnull=False),
                name="dossiernominee_collective_once",
            ),
        ]

    def __str__(self):
        return f"{self.nominee} — {self.award}"

    @property
    def nominee(self):
        return self.person or self.collective

    def clean(self):
        if bool(self.person_id) == bool(self.collective_id):
            raise ValidationError(_("Chọn một cá nhân hoặc một tập thể."))


def dossier_file_path(instance, filename):
    """A generated name: the uploaded name is kept only as metadata, never as a path."""
    suffix = PurePosixPath(filename).suffix.lower()
    return f"awards/dossiers/{instance.dossier_id}/{uuid.uuid4().hex}{suffix}"


class DossierFile(models.Model):
    """Tệp đính kèm hồ sơ (tờ trình, báo cáo thành tích, biên bản, minh chứng)."""

    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="files")
    line = models.ForeignKey(
        DossierNominee,
        verbose_name=_("của người, tập thể"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="files",
    )
    part = models.CharField(_("thành phần"), max_length=30, choices=DossierPart.choices)
    file = models.FileField(upload_to=dossier_file_path, max_length=255)
    original_name = models.CharField(_("tên tệp"), max_length=255)
    kind = models.CharField(_("định dạng"), max_length=10, choices=FileKind.choices)
    size = models.PositiveBigIntegerField(_("dung lượng"))
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("tệp hồ sơ")
        verbose_name_plural = _("tệp hồ sơ")
        ordering = ["part", "uploaded_at"]

    def __str__(self):
        return self.original_name

    @property
    def organization(self):
        return self.dossier.organization


class DossierEvent(models.Model):
    """Nhật ký hồ sơ: who moved it from which state to which, when, and why."""

    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(_("thao tác"), max_length=30)
    from_status = models.CharField(max_length=20, choices=DossierStatus.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=DossierStatus.choices)
    note = models.TextField(_("ghi chú"), blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("nhật ký hồ sơ")
        verbose_name_plural = _("nhật ký hồ sơ")
        ordering = ["at", "id"]

    def __str__(self):
        return f"{self.dossier_id}: {self.from_status} → {self.to_status}"


class ImportBatch(models.Model):
    """An uploaded list between preview and confirmation (kept server-side, not in the form)."""

    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="import_batches")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=20, default="individual")
    filename = models.CharField(max_length=255)
    rows = models.JSONField(default=list)  # the valid rows, ready to write
    errors = models.JSONField(default=list)  # [row, column, message]
    total_rows = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("danh sách đang nhập")
        verbose_name_plural = _("danh sách đang nhập")

    def __str__(self):
        return self.filename
