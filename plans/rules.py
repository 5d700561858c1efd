import rules

from organizations.enums import Role
from organizations.models import Membership
from organizations.rules import has_role, is_leader, is_member, is_officer

from .enums import EDITABLE_STATUSES, ISSUED_STATUSES, PlanStatus


@rules.predicate
def plan_is_editable(user, plan):
    return plan is not None and plan.status in EDITABLE_STATUSES


@rules.predicate
def plan_is_submitted(user, plan):
    return plan is not None and plan.status == PlanStatus.SUBMITTED


@rules.predicate
def plan_is_approved(user, plan):
    return plan is not None and plan.status == PlanStatus.APPROVED


@rules.predicate
def plan_is_issued(user, plan):
    return plan is not None and plan.status in ISSUED_STATUSES


@rules.predicate
def plan_is_running(user, plan):
    return plan is not None and plan.status in (PlanStatus.ISSUED, PlanStatus.IN_PROGRESS)


@rules.predicate
def reports_for_task_unit(user, task):
    """A reporter of one of the task's units (lead or co-ordinating)."""
    if task is None or task.plan.status not in (PlanStatus.ISSUED, PlanStatus.IN_PROGRESS):
        return False
    unit_ids = [u.pk for u in task.lead_units.all()] + [u.pk for u in task.co_units.all()]
    return Membership.objects.filter(
        user=user, role=Role.REPORTER, is_active=True, organization_id__in=unit_ids
    ).exists()


is_drafter = is_officer | is_leader
rules.add_perm("plans.view_plan", is_member)
rules.add_perm("plans.add_plan", is_officer)
rules.add_perm("plans.change_plan", is_officer & plan_is_editable)
rules.add_perm("plans.submit_plan", is_officer & plan_is_editable)
rules.add_perm("plans.approve_plan", is_leader & plan_is_submitted)
rules.add_perm("plans.return_plan", is_leader & (plan_is_submitted | plan_is_approved))
rules.add_perm("plans.issue_plan", is_leader & plan_is_approved)
rules.add_perm("plans.close_plan", is_drafter & plan_is_running)
rules.add_perm("plans.amend_plan", is_officer & plan_is_issued)
rules.add_perm("plans.import_plan", is_officer)
rules.add_perm("plans.report_task", reports_for_task_unit)
rules.add_perm(
    "plans.view_board",
    has_role("officer", "leader", "reporter", "admin", "council_member", "council_secretary"),
)
