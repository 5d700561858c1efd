from django.db import models
from django.utils.translation import gettext_lazy as _


class ObligationKind(models.TextChoices):
    """What an obligation is. Adding a kind of deadline is one line here plus a call to
    ``notifications.services.obligation_sync`` from the app that owns the deadline."""

    PLAN_TASK = "plan_task", _("Nhiệm vụ trong kế hoạch")
    CAMPAIGN_REGISTRATION = "campaign_registration", _("Đăng ký thi đua")
    CAMPAIGN_MIDTERM_REVIEW = "campaign_midterm_review", _("Sơ kết phong trào")
    CAMPAIGN_FINAL_REVIEW = "campaign_final_review", _("Tổng kết phong trào")
    DOSSIER_DEADLINE = "dossier_deadline", _("Hạn nộp hồ sơ khen thưởng")
    CLUSTER_SCORING = "cluster_scoring", _("Chấm điểm cụm, khối thi đua")
    COUNCIL_SESSION = "council_session", _("Phiên họp Hội đồng TĐKT")
    DOSSIER_APPRAISAL_OVERDUE = "dossier_appraisal_overdue", _("Thẩm định hồ sơ quá hạn")
    YEARLY_CALENDAR = "yearly_calendar", _("Lịch công tác TĐKT hằng năm")


class ObligationStatus(models.TextChoices):
    OPEN = "open", _("Đang chờ")
    DONE = "done", _("Đã hoàn thành")
    CANCELLED = "cancelled", _("Đã hủy")


class RecipientRole(models.TextChoices):
    PRIMARY = "primary", _("Người thực hiện")
    ESCALATION = "escalation", _("Lãnh đạo, cấp trên (khi quá hạn)")


class ReminderStatus(models.TextChoices):
    PENDING = "pending", _("Chờ gửi")
    SENDING = "sending", _("Đang gửi")
    SENT = "sent", _("Đã gửi")
    FAILED = "failed", _("Lỗi")
    CANCELLED = "cancelled", _("Đã hủy")


class Channel(models.TextChoices):
    EMAIL = "email", _("Thư điện tử")
    IN_APP = "in_app", _("Trong ứng dụng")
    BOTH = "both", _("Cả hai")


class DigestStatus(models.TextChoices):
    PENDING = "pending", _("Chờ gửi")
    SENDING = "sending", _("Đang gửi")
    SENT = "sent", _("Đã gửi")
    FAILED = "failed", _("Lỗi")
