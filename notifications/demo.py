"""Demo: reminder policies, the yearly calendar of two organisations, a few notifications."""

from .models import Notification
from .services import (
    calendar_materialise,
    calendar_seed_defaults,
    local_today,
    notification_create,
    policy_save,
)

NOTIFICATIONS = [
    (
        "Còn 7 ngày: Đăng ký thi đua của tập thể, cá nhân",
        "Đăng ký thi đua — UBND xã Phong Thổ. Hạn: 31/03.",
        "/thong-bao/lich-tdkt/",
        False,
    ),
    (
        "Đến hạn hôm nay: Ký giao ước thi đua, bảng chấm điểm của cụm, khối",
        "Chấm điểm cụm, khối thi đua — UBND xã Phong Thổ.",
        "/thong-bao/lich-tdkt/",
        False,
    ),
    (
        "Quá hạn: Báo cáo thống kê thi đua, khen thưởng năm",
        "Lịch công tác TĐKT hằng năm — UBND xã Phong Thổ.",
        "/thong-bao/lich-tdkt/",
        True,
    ),
]


def seed(context):
    orgs = context["orgs"]
    policy_save(
        organization=orgs["tinh"],
        days_before=[10, 3, 1],
        on_due_day=True,
        overdue_every_days=2,
        escalate_after_days=5,
    )
    policy_save(
        organization=orgs["xa-phong-tho"],
        days_before=[7, 1],
        on_due_day=True,
        overdue_every_days=3,
        escalate_after_days=3,
    )
    year = local_today().year
    for key in ("tinh", "xa-phong-tho"):
        calendar_seed_defaults(organization=orgs[key])
        calendar_materialise(year=year, organization=orgs[key])
    user = context["users"]["xa.chuyenvien"]
    if not Notification.objects.filter(user=user, reminder__isnull=True).exists():
        for title, body, url, read in NOTIFICATIONS:
            notification = notification_create(user=user, title=title, body=body, url=url)
            if read:
                notification.read_at = notification.created_at
                notification.save(update_fields=["read_at"])
