from organizations.enums import Role
from organizations.models import Membership
from plans.models import Plan
from plans.services import plan_approve, plan_create, plan_issue, plan_submit, task_save


def draft_plan(organization, by, *, year=2026, tasks=3, skeleton=False):
    plan = plan_create(
        organization=organization,
        by=by,
        year=year,
        title=f"Công tác thi đua, khen thưởng năm {year}",
        use_skeleton=skeleton,
    )
    for i in range(1, tasks + 1):
        task_save(
            plan=plan,
            by=by,
            content=f"Nhiệm vụ số {i}",
            timing_kind="quarter",
            quarter=(i - 1) % 4 + 1,
        )
    return Plan.objects.get(pk=plan.pk)


def issued_plan(organization, officer, leader, **kwargs):
    plan = draft_plan(organization, officer, **kwargs)
    plan_submit(plan=plan, by=officer)
    plan_approve(plan=plan, by=leader)
    signer = Membership.objects.get(user=leader, organization=organization, role=Role.LEADER)
    return plan_issue(plan=plan, by=leader, signer=signer)
