import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from .schema import KINDS

KIND_CHOICES = [(kind, kind) for kind in KINDS]


def _stored_path(instance, filename):
    # Generated names: nothing of the user's text reaches the file system.
    return f"documents/stored/{instance.organization_id}/{uuid.uuid4().hex}.pdf"


def _job_path(instance, filename):
    return f"documents/jobs/{instance.organization_id}/{uuid.uuid4().hex}.{instance.fmt}"


class StoredDocument(models.Model):
    """Văn bản đã ban hành: the frozen PDF of an issued document, with its SHA-256."""

    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("cơ quan, đơn vị"),
        on_delete=models.PROTECT,
        related_name="stored_documents",
    )
    kind = models.CharField(_("loại văn bản"), max_length=20, choices=KIND_CHOICES)
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT)
    object_id = models.PositiveBigIntegerField()
    source = GenericForeignKey("content_type", "object_id")
    number_symbol = models.CharField(_("số, ký hiệu"), max_length=100, blank=True)
    file = models.FileField(_("tệp PDF"), upload_to=_stored_path, max_length=255)
    sha256 = models.CharField(max_length=64)
    size = models.PositiveIntegerField(_("dung lượng (byte)"))
    created_at = models.DateTimeField(_("thời điểm lưu"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người lưu"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("văn bản đã lưu")
        verbose_name_plural = _("văn bản đã lưu")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["content_type", "object_id"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(sha256__regex=r"^[0-9a-f]{64}$"), name="stored_doc_sha256_hex"
            ),
        ]

    def __str__(self):
        return self.number_symbol or f"{self.kind} #{self.pk}"


class RenderJob(models.Model):
    """One request to render a document in the background (Celery)."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Đang chờ")
        RUNNING = "running", _("Đang tạo tệp")
        DONE = "done", _("Xong")
        FAILED = "failed", _("Lỗi")

    class Format(models.TextChoices):
        PDF = "pdf", "PDF"
        DOCX = "docx", "DOCX"

    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("cơ quan, đơn vị"),
        on_delete=models.CASCADE,
        related_name="render_jobs",
    )
    kind = models.CharField(_("loại văn bản"), max_length=20, choices=KIND_CHOICES)
    fmt = models.CharField(_("định dạng"), max_length=4, choices=Format.choices)
    data = models.JSONField(_("dữ liệu"))
    content_hash = models.CharField(max_length=64, db_index=True)
    status = models.CharField(
        _("trạng thái"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    file = models.FileField(_("tệp"), upload_to=_job_path, blank=True, max_length=255)
    filename = models.CharField(_("tên tệp"), max_length=200, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    pages = models.PositiveIntegerField(null=True, blank=True)
    error = models.TextField(_("lỗi"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("lệnh tạo tệp văn bản")
        verbose_name_plural = _("lệnh tạo tệp văn bản")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="done") | ~models.Q(file=""),
                name="render_job_done_has_file",
            ),
        ]

    def __str__(self):
        return f"{self.kind}.{self.fmt} #{self.pk} ({self.status})"

    @property
    def is_finished(self):
        return self.status in (self.Status.DONE, self.Status.FAILED)
