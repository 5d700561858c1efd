import secrets

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.text import fold, nfc

from .enums import (
    Channel,
    DigestStatus,
    ObligationKind,
    ObligationStatus,
    RecipientRole,
    ReminderStatus,
)

DEFAULT_DAYS_BEFORE = (7, 1)
DEFAULT_OVERDUE_EVERY_DAYS = 3
DEFAULT_ESCALATE_AFTER_DAYS = 3


def new_token():
    return secrets.token_urlsafe(24)


def default_days_before():
    return list(DEFAULT_DAYS_BEFORE)


class ReminderPolicy(models.Model):
    """Cách nhắc hạn của một cơ quan; without a row the defaults below apply."""

    organization = models.OneToOneField(
        "organizations.Organization", on_delete=models.CASCADE, related_name="reminder_policy"
    )
    days_before = models.JSONField(
        _("nhắc trước hạn (ngày)"), default=default_days_before, blank=True
    )
    on_due_day = models.BooleanField(_("nhắc đúng ngày đến hạn"), default=True)
    overdue_every_days = models.PositiveSmallIntegerField(
        _("khi quá hạn, nhắc lại sau mỗi (ngày)"), default=DEFAULT_OVERDUE_EVERY_DAYS
    )
    escalate_after_days = models.PositiveSmallIntegerField(
        _("báo lãnh đạo, cấp trên khi quá hạn (ngày)"), default=DEFAULT_ESCALATE_AFTER_DAYS
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("cách nhắc hạn")
        verbose_name_plural = _("cách nhắc hạn")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(overdue_every_days__gte=1), name="policy_overdue_every_positive"
            ),
            models.CheckConstraint(
                condition=models.Q(escalate_after_days__gte=1), name="policy_escalate_positive"
            ),
        ]

    def __str__(self):
        return str(self.organization)


class CalendarEntry(models.Model):
    """Một mốc trong lịch công tác TĐKT hằng năm của cơ quan (ví dụ: đăng ký thi đua 31/3)."""

    organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.CASCADE, related_name="calendar_entries"
    )
    title = models.CharField(_("nội dung"), max_length=255)
    month = models.PositiveSmallIntegerField(_("tháng"))
    day = models.PositiveSmallIntegerField(_("ngày"))
    kind = models.CharField(
        _("loại việc"),
        max_length=40,
        choices=ObligationKind.choices,
        default=ObligationKind.YEARLY_CALENDAR,
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("mốc lịch TĐKT hằng năm")
        verbose_name_plural = _("lịch TĐKT hằng năm")
        ordering = ["month", "day", "title"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(month__gte=1, month__lte=12), name="calendar_month_range"
            ),
            models.CheckConstraint(
                condition=models.Q(day__gte=1, day__lte=31), name="calendar_day_range"
            ),
            models.UniqueConstraint(
                fields=["organization", "month", "day", "title"], name="calendar_entry_unique"
            ),
        ]

    def __str__(self):
        return f"{self.day:02d}/{self.month:02d} {self.title}"

    def save(self, *args, **kwargs):
        self.title = nfc(self.title).strip()
        super().save(*args, **kwargs)


class CalendarOccurrence(models.Model):
    """The entry of one year: the source of that year's obligation (so one per year)."""

    entry = models.ForeignKey(CalendarEntry, on_delete=models.CASCADE, related_name="occurrences")
    year = models.PositiveSmallIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["entry", "year"], name="calendar_occurrence_unique")
        ]

    def __str__(self):
        return f"{self.entry} ({self.year})"


class Obligation(models.Model):
    """Một việc có hạn (nghĩa vụ): a deadline of any app, reminded until done or cancelled.

    ``next_overdue_on``/``overdue_step`` are the planning cursor of the repeated overdue
    reminders: the sweep plans the next one when that day comes, so an obligation that stays
    late for a year costs one row per reminder sent, not a pre-planned series.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    source = GenericForeignKey("content_type", "object_id")
    kind = models.CharField(_("loại việc"), max_length=40, choices=ObligationKind.choices)
    title = models.CharField(_("nội dung"), max_length=500)
    due_date = models.DateField(_("hạn"))
    organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.CASCADE, related_name="obligations"
    )
    responsible_organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="responsible_obligations",
    )
    url = models.CharField(max_length=500, blank=True)
    status = models.CharField(
        max_length=20, choices=ObligationStatus.choices, default=ObligationStatus.OPEN
    )
    closed_at = models.DateTimeField(null=True, blank=True)
    overdue_every_days = models.PositiveSmallIntegerField(default=DEFAULT_OVERDUE_EVERY_DAYS)
    overdue_step = models.PositiveIntegerField(default=0)
    next_overdue_on = models.DateField(null=True, blank=True)
    recipients = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="ObligationRecipient", related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("việc có hạn")
        verbose_name_plural = _("việc có hạn")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "kind"], name="obligation_unique_source_kind"
            )
        ]
        indexes = [
            models.Index(fields=["status", "next_overdue_on"], name="obligation_overdue_idx"),
            models.Index(fields=["organization", "due_date"], name="obligation_org_due_idx"),
        ]

    def __str__(self):
        return self.title

    @property
    def unit(self):
        return self.responsible_organization or self.organization


class ObligationRecipient(models.Model):
    """Who is reminded, resolved when the obligation is synced (and re-resolved on re-sync)."""

    obligation = models.ForeignKey(
        Obligation, on_delete=models.CASCADE, related_name="recipient_rows"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    role = models.CharField(max_length=20, choices=RecipientRole.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["obligation", "user", "role"], name="obligation_recipient_unique"
            )
        ]

    def __str__(self):
        return f"{self.obligation_id} → {self.user_id} ({self.role})"


class Reminder(models.Model):
    """One reminder to one person: a row swept when ``send_at`` has come.

    The unique key (obligation, user, kind, due_date) is what makes a reminder exactly-once:
    planning again inserts nothing, and moving the deadline plans new rows for the new date.
    """

    obligation = models.ForeignKey(Obligation, on_delete=models.CASCADE, related_name="reminders")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders"
    )
    kind = models.CharField(_("loại nhắc"), max_length=20)  # before_7, due, overdue_2, escalation
    due_date = models.DateField(_("hạn"))
    send_on = models.DateField(_("ngày nhắc"))
    send_at = models.DateTimeField(_("giờ gửi"))
    status = models.CharField(
        max_length=20, choices=ReminderStatus.choices, default=ReminderStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    enqueued_at = models.DateTimeField(null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    email_sent_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("lời nhắc")
        verbose_name_plural = _("lời nhắc")
        constraints = [
            models.UniqueConstraint(
                fields=["obligation", "user", "kind", "due_date"], name="reminder_exactly_once"
            )
        ]
        indexes = [
            models.Index(fields=["status", "send_at"], name="reminder_status_send_idx"),
        ]

    def __str__(self):
        return f"{self.obligation} → {self.user} ({self.kind})"

    @property
    def kind_label(self):
        if self.kind.startswith("before_"):
            return _("Còn %s ngày") % self.kind.removeprefix("before_")
        if self.kind == "due":
            return _("Đến hạn hôm nay")
        if self.kind.startswith("overdue_"):
            return _("Quá hạn")
        return _("Báo lãnh đạo, cấp trên")


class Digest(models.Model):
    """Thư tổng hợp hằng ngày: one e-mail per person and day (the unique key)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    status = models.CharField(
        max_length=20, choices=DigestStatus.choices, default=DigestStatus.PENDING
    )
    reminder_count = models.PositiveIntegerField(default=0)
    enqueued_at = models.DateTimeField(null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    email_sent_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "day"], name="digest_once_a_day")]

    def __str__(self):
        return f"{self.user_id} {self.day}"


class Notification(models.Model):
    """Thông báo trong ứng dụng; at most one per reminder (a retried delivery adds nothing)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    reminder = models.OneToOneField(
        Reminder, null=True, blank=True, on_delete=models.SET_NULL, related_name="notification"
    )
    title = models.CharField(_("tiêu đề"), max_length=500)
    body = models.TextField(_("nội dung"), blank=True)
    url = models.CharField(max_length=500, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)
    search_text = models.TextField(editable=False, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("thông báo")
        verbose_name_plural = _("thông báo")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "read_at"], name="notification_unread_idx")]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.title = nfc(self.title)
        self.body = nfc(self.body)
        self.search_text = fold(f"{self.title} {self.body}")
        super().save(*args, **kwargs)


class NotificationPreference(models.Model):
    """Cách một người muốn nhận thông báo."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preference"
    )
    channel = models.CharField(
        _("kênh nhận"), max_length=10, choices=Channel.choices, default=Channel.BOTH
    )
    daily_digest = models.BooleanField(_("gộp thư nhắc thành một thư mỗi ngày"), default=False)
    ical_token = models.CharField(max_length=64, unique=True, default=new_token)

    class Meta:
        verbose_name = _("tùy chọn nhận thông báo")
        verbose_name_plural = _("tùy chọn nhận thông báo")

    def __str__(self):
        return str(self.user)


class OrganizationFeed(models.Model):
    """The private calendar address of an organisation (all its obligations)."""

    organization = models.OneToOneField(
        "organizations.Organization", on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True, default=new_token)

    def __str__(self):
        return str(self.organization_id)


class Sweep(models.Model):
    """One run of the sweep, for the queue page (older runs are pruned by the sweep)."""

    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True)
    released = models.PositiveIntegerField(default=0)
    planned = models.PositiveIntegerField(default=0)
    handed_over = models.PositiveIntegerField(default=0)
    digests = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-started_at"]

    def __str__(self):
        return f"{self.started_at:%Y-%m-%d %H:%M:%S}"
