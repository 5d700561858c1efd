from django.db import models
from django.utils.translation import gettext_lazy as _


class PlanStatus(models.TextChoices):
    DRAFT = "draft", _("Dự thảo")
    SUBMITTED = "submitted", _("Trình lãnh đạo")
    RETURNED = "returned", _("Bị trả lại")
    APPROVED = "approved", _("Đã duyệt")
    ISSUED = "issued", _("Đã ban hành")
    IN_PROGRESS = "in_progress", _("Đang thực hiện")
    CLOSED = "closed", _("Đã kết thúc")


EDITABLE_STATUSES = (PlanStatus.DRAFT, PlanStatus.RETURNED)
ISSUED_STATUSES = (PlanStatus.ISSUED, PlanStatus.IN_PROGRESS, PlanStatus.CLOSED)


class TimingKind(models.TextChoices):
    QUARTER = "quarter", _("Trong quý")
    MONTHS = "months", _("Theo tháng")
    DATE = "date", _("Đến ngày")
    REGULAR = "regular", _("Thường xuyên trong năm")


class TaskStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Chưa thực hiện")
    IN_PROGRESS = "in_progress", _("Đang thực hiện")
    DONE = "done", _("Hoàn thành")


class DraftSource(models.TextChoices):
    SKELETON = "skeleton", _("Từ khung chuẩn (4 phần và lịch công tác thường niên)")
    COPY = "copy", _("Sao chép kế hoạch năm trước, tự chuyển năm")
    SUPERIOR = "superior", _("Thực hiện kế hoạch của cấp trên")
    BLANK = "blank", _("Kế hoạch trống")
