"""Demo plans: the province's issued plan, a commune plan implementing it with progress, a draft."""

from datetime import date

from organizations.models import Membership

from .enums import PlanStatus
from .models import Plan
from .services import (
    plan_approve,
    plan_create,
    plan_create_from_superior,
    plan_issue,
    plan_submit,
    progress_report_create,
)


def _issue(plan, officer, leader_user):
    plan_submit(plan=plan, by=officer)
    plan_approve(plan=plan, by=leader_user)
    signer = Membership.objects.get(user=leader_user, organization=plan.organization, role="leader")
    return plan_issue(plan=plan, by=leader_user, signer=signer)


def seed(context):
    orgs, users = context["orgs"], context["users"]
    province, commune = orgs["tinh"], orgs["xa-phong-tho"]
    if Plan.objects.filter(organization=province).exists():
        return
    year = date.today().year
    province_plan = plan_create(organization=province, by=users["tinh.chuyenvien"], year=year)
    province_plan = _issue(province_plan, users["tinh.chuyenvien"], users["tinh.chutich"])

    commune_plan = plan_create_from_superior(
        organization=commune,
        by=users["xa.chuyenvien"],
        superior_plan=province_plan,
        tasks=list(province_plan.tasks.order_by("order")[:6]),
        year=year,
    )
    culture = orgs["pt-van-hoa"]
    for task in commune_plan.tasks.all():
        task.co_units.add(culture)
    commune_plan = _issue(commune_plan, users["xa.chuyenvien"], users["xa.chutich"])
    first, second = commune_plan.tasks.order_by("order")[:2]
    first.lead_units.add(culture)
    progress_report_create(
        task=first,
        organization=culture,
        by=users["xa.baocao"],
        percent=100,
        text="Đã tham mưu ban hành kế hoạch và triển khai đến các thôn, bản.",
        completed_on=date(year, 1, 20) if date(year, 1, 20) <= date.today() else date.today(),
    )
    progress_report_create(
        task=second,
        organization=culture,
        by=users["xa.baocao"],
        percent=60,
        text="Đã tổ chức hội nghị tổng kết; đang tổng hợp đăng ký thi đua.",
    )
    plan_create(organization=commune, by=users["xa.chuyenvien"], year=year + 1)
    draft = plan_create(
        organization=orgs["dang-uy-phong-tho"],
        by=users["dangu.chuyenvien"],
        year=year,
        title="Phát động thi đua chào mừng Đại hội Đảng bộ xã",
    )
    assert draft.status == PlanStatus.DRAFT
