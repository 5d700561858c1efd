import calendar
from datetime import date

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.text import fold, nfc
from core.uploads import generated_name
from organizations.models import Organization

from .enums import EDITABLE_STATUSES, ISSUED_STATUSES, PlanStatus, TaskStatus, TimingKind

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


class DocumentRegister(models.Model):
    """Sổ đăng ký văn bản đi: numbers restart every calendar year and are never reused.

    ``doc_type`` is the type code (``KH``) or empty when the organisation keeps one register
    for every administrative document (``Organization.shared_register``).
    """

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    doc_type = models.CharField(max_length=10, blank=True)
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("sổ đăng ký văn bản")
        verbose_name_plural = _("sổ đăng ký văn bản")
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "year", "doc_type"], name="register_unique_per_year"
            )
        ]

    def __str__(self):
        return f"{self.organization_id}/{self.year}/{self.doc_type or '*'}: {self.last_number}"


class Plan(models.Model):
    """Kế hoạch công tác thi đua, khen thưởng."""

    organization = models.ForeignKey(
        Organization,
        verbose_name=_("cơ quan ban hành"),
        on_delete=models.PROTECT,
        related_name="plans",
    )
    doc_type = models.CharField(max_length=10, default="KH", editable=False)
    number = models.PositiveIntegerField(_("số"), null=True, blank=True, editable=False)
    symbol = models.CharField(_("ký hiệu"), max_length=40, blank=True, editable=False)
    title = models.CharField(_("trích yếu"), max_length=500)
    year = models.PositiveSmallIntegerField(_("năm"))
    period_start = models.DateField(_("thời gian từ"), null=True, blank=True)
    period_end = models.DateField(_("thời gian đến"), null=True, blank=True)
    place = models.CharField(_("địa danh"), max_length=100, blank=True)
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True, editable=False)
    status = models.CharField(
        _("trạng thái"), max_length=20, choices=PlanStatus.choices, default=PlanStatus.DRAFT
    )
    return_reason = models.TextField(_("lý do trả lại"), blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    superior_plan = models.ForeignKey(
        "self",
        verbose_name=_("thực hiện kế hoạch của cấp trên"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="implementing_plans",
    )
    amends = models.ForeignKey(
        "self",
        verbose_name=_("sửa đổi, bổ sung kế hoạch"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="amendments",
    )
    copied_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    appendix_title = models.CharField(
        _("tiêu đề phụ lục nhiệm vụ"),
        max_length=300,
        blank=True,
        help_text=_(
            "Điền để in bảng nhiệm vụ thành phụ lục riêng, ví dụ: NỘI DUNG NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN"
        ),
    )
    recipients = models.TextField(
        _("nơi nhận"),
        blank=True,
        help_text=_("Mỗi dòng một nơi nhận, ví dụ: TT. Huyện ủy (b/c); dòng cuối: Lưu: VT, NV."),
    )
    signer = models.ForeignKey(
        "organizations.Membership",
        verbose_name=_("người ký"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    signer_authority = models.CharField(_("thẩm quyền ký"), max_length=100, blank=True)
    signer_position = models.CharField(_("chức vụ người ký"), max_length=100, blank=True)
    signer_name = models.CharField(_("họ tên người ký"), max_length=150, blank=True)
    pdf_sha256 = models.CharField(max_length=64, blank=True, editable=False)
    stored_document_id = models.PositiveBigIntegerField(null=True, blank=True, editable=False)
    search_text = models.TextField(editable=False, default="")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("kế hoạch")
        verbose_name_plural = _("kế hoạch")
        ordering = ["-year", "-issued_on", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "year", "doc_type", "number"],
                condition=models.Q(number__isnull=False),
                name="plan_number_unique_per_year",
            ),
            models.CheckConstraint(
                condition=models.Q(number__isnull=True) | models.Q(issued_on__isnull=False),
                name="plan_numbered_only_when_issued",
            ),
        ]
        indexes = [models.Index(fields=["organization", "year", "status"])]

    def __str__(self):
        return f"{self.number_symbol} {self.title}".strip()

    def save(self, *args, **kwargs):
        self.title = nfc(self.title).strip()
        self.place = nfc(self.place).strip()
        self.recipients = nfc(self.recipients).strip()
        self.appendix_title = nfc(self.appendix_title).strip()
        self.search_text = fold(f"{self.title} {self.number_symbol} {self.year}")
        super().save(*args, **kwargs)

    @property
    def number_symbol(self):
        if self.number is None:
            return ""
        return f"{self.number:02d}{'-' if self.is_party else '/'}{self.symbol}"

    @property
    def is_party(self):
        return self.organization.is_party

    @property
    def is_editable(self):
        return self.status in EDITABLE_STATUSES

    @property
    def is_issued(self):
        return self.status in ISSUED_STATUSES

    @property
    def recipient_lines(self):
        return [line.strip() for line in self.recipients.splitlines() if line.strip()]


class LegalBasis(models.Model):
    """Căn cứ / Thực hiện: one line of the legal basis, optionally linked to a plan."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="legal_bases")
    order = models.PositiveSmallIntegerField(default=0)
    text = models.TextField(_("nội dung"))
    linked_plan = models.ForeignKey(
        Plan, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["order", "id"]

    def __str__(self):
        return self.text[:80]

    def save(self, *args, **kwargs):
        self.text = nfc(self.text).strip()
        super().save(*args, **kwargs)


class Section(models.Model):
    """A Roman-numbered part of the plan: heading and body in light markup (never HTML)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="sections")
    order = models.PositiveSmallIntegerField(default=0)
    heading = models.CharField(_("tiêu đề"), max_length=300)
    body = models.TextField(_("nội dung"), blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    holds_tasks = models.BooleanField(
        _("chứa bảng nhiệm vụ"), default=False, help_text=_("Bảng nhiệm vụ in ngay sau phần này")
    )

    class Meta:
        ordering = ["order", "id"]

    def __str__(self):
        return self.heading

    def save(self, *args, **kwargs):
        self.heading = nfc(self.heading).strip()
        self.body = nfc(self.body).strip()
        super().save(*args, **kwargs)


class Task(models.Model):
    """Nhiệm vụ: a task of the plan with its units and time window."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="tasks")
    order = models.PositiveIntegerField(default=0)
    content = models.TextField(_("nội dung"))
    timing_kind = models.CharField(
        _("thời gian"), max_length=10, choices=TimingKind.choices, default=TimingKind.QUARTER
    )
    quarter = models.PositiveSmallIntegerField(_("quý"), null=True, blank=True)
    month_from = models.PositiveSmallIntegerField(_("từ tháng"), null=True, blank=True)
    month_to = models.PositiveSmallIntegerField(_("đến tháng"), null=True, blank=True)
    deadline = models.DateField(_("hạn"), null=True, blank=True)
    timing_text = models.CharField(_("thời gian (như in)"), max_length=200, blank=True)
    due_date = models.DateField(_("hạn hoàn thành"), null=True, blank=True, editable=False)
    lead_units = models.ManyToManyField(
        Organization, verbose_name=_("đơn vị chủ trì"), blank=True, related_name="led_tasks"
    )
    co_units = models.ManyToManyField(
        Organization,
        verbose_name=_("đơn vị phối hợp"),
        blank=True,
        related_name="cooperating_tasks",
    )
    lead_units_text = models.TextField(_("đơn vị chủ trì ngoài hệ thống"), blank=True)
    co_units_text = models.TextField(_("đơn vị phối hợp ngoài hệ thống"), blank=True)
    status = models.CharField(
        _("tình trạng"), max_length=20, choices=TaskStatus.choices, default=TaskStatus.NOT_STARTED
    )
    percent = models.PositiveSmallIntegerField(_("tiến độ (%)"), default=0)
    completed_on = models.DateField(_("ngày hoàn thành"), null=True, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    source_task = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="derived_tasks"
    )
    search_text = models.TextField(editable=False, default="")

    class Meta:
        ordering = ["order", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(quarter__isnull=True) | models.Q(quarter__gte=1, quarter__lte=4),
                name="task_quarter_range",
            ),
            models.CheckConstraint(condition=models.Q(percent__lte=100), name="task_percent_range"),
        ]
        indexes = [
            models.Index(fields=["plan", "quarter"]),
            models.Index(fields=["due_date", "status"]),
        ]

    def __str__(self):
        return f"{self.order}. {self.content[:80]}"

    def save(self, *args, **kwargs):
        self.content = nfc(self.content).strip()
        self.timing_text = nfc(self.timing_text).strip()
        self.lead_units_text = nfc(self.lead_units_text).strip()
        self.co_units_text = nfc(self.co_units_text).strip()
        self.quarter = self.compute_quarter()
        self.due_date = self.compute_due_date()
        self.search_text = fold(f"{self.content} {self.lead_units_text} {self.co_units_text}")
        super().save(*args, **kwargs)

    def compute_due_date(self):
        """The day reminders count towards: the end of the window in the plan's year."""
        year = self.plan.year
        if self.timing_kind == TimingKind.DATE and self.deadline:
            return self.deadline
        if self.timing_kind == TimingKind.MONTHS and (self.month_to or self.month_from):
            month = self.month_to or self.month_from
            return date(year, month, calendar.monthrange(year, month)[1])
        if self.timing_kind == TimingKind.QUARTER and self.quarter:
            month = self.quarter * 3
            return date(year, month, calendar.monthrange(year, month)[1])
        return date(year, 12, 31)

    def compute_quarter(self):
        """The quarter the task is grouped under; regular tasks have none."""
        if self.timing_kind == TimingKind.MONTHS and self.month_from:
            return (self.month_from - 1) // 3 + 1
        if self.timing_kind == TimingKind.DATE and self.deadline:
            return (self.deadline.month - 1) // 3 + 1
        if self.timing_kind == TimingKind.REGULAR:
            return None
        return self.quarter

    @property
    def timing_display(self):
        if self.timing_text:
            return self.timing_text
        if self.timing_kind == TimingKind.QUARTER and self.quarter:
            return f"Quý {ROMAN[self.quarter]}"
        if self.timing_kind == TimingKind.MONTHS and self.month_from:
            if self.month_to and self.month_to != self.month_from:
                return f"Tháng {self.month_from} - {self.month_to}"
            return f"Tháng {self.month_from}"
        if self.timing_kind == TimingKind.DATE and self.deadline:
            return f"Trước ngày {self.deadline:%d/%m/%Y}"
        return "Thường xuyên trong năm"

    @property
    def is_overdue(self):
        return (
            self.status != TaskStatus.DONE
            and self.due_date is not None
            and self.due_date < timezone.localdate()
        )


class ProgressReport(models.Model):
    """Báo cáo tiến độ of a task by an assigned unit."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="reports")
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="+")
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    percent = models.PositiveSmallIntegerField(_("tiến độ (%)"))
    text = models.TextField(_("nội dung báo cáo"))
    completed_on = models.DateField(_("ngày hoàn thành"), null=True, blank=True)
    evidence = models.FileField(_("tệp minh chứng"), upload_to=generated_name, blank=True)
    evidence_name = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(percent__lte=100), name="report_percent_range"
            )
        ]

    def __str__(self):
        return f"{self.task_id}: {self.percent}%"


class PlanEvent(models.Model):
    """Nhật ký: who moved the plan from which state to which, when, and why."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20)
    note = models.TextField(blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self):
        return f"{self.plan_id}: {self.from_status} → {self.to_status}"


class PlanAttachment(models.Model):
    """Tệp đính kèm of a plan (phụ lục, biểu mẫu), checked by content and served as a download."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=generated_name)
    name = models.CharField(_("tên tệp"), max_length=255)
    kind = models.CharField(max_length=10)
    size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return self.name
