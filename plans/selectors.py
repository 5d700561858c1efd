from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.utils import timezone

from core.text import fold
from organizations.models import Organization

from .enums import ISSUED_STATUSES, TaskStatus
from .models import Plan, Task


def _ancestor_ids(organization):
    return [int(part) for part in organization.path.strip("/").split("/") if part][:-1]


def plans_visible_to(*, organization):
    """The organisation's own plans, and the issued plans of its superiors (which it implements)."""
    return Plan.objects.filter(
        Q(organization=organization)
        | Q(organization_id__in=_ancestor_ids(organization), status__in=ISSUED_STATUSES)
    )


def plans_for_organization(*, organization, query="", year=None, status="", issuer=None):
    qs = (
        plans_visible_to(organization=organization)
        .select_related("organization")
        .annotate(
            task_total=Count("tasks", distinct=True),
            task_done=Count("tasks", filter=Q(tasks__status=TaskStatus.DONE), distinct=True),
        )
    )
    for word in fold(query).split():
        qs = qs.filter(search_text__contains=word)
    if year:
        qs = qs.filter(year=year)
    if status:
        qs = qs.filter(status=status)
    if issuer:
        qs = qs.filter(organization=issuer)
    return qs.order_by("-year", "-issued_on", "-id")


def plan_for_organization(*, organization, pk):
    """One plan the organisation may see; anything else is a 404."""
    return get_object_or_404(
        plans_visible_to(organization=organization).select_related(
            "organization", "signer__user", "amends", "superior_plan"
        ),
        pk=pk,
    )


def plan_own(*, organization, pk):
    """One of the organisation's own plans (for editing and the workflow)."""
    return get_object_or_404(
        Plan.objects.select_related("organization"), organization=organization, pk=pk
    )


def plan_years(*, organization):
    return (
        plans_visible_to(organization=organization)
        .order_by()
        .values_list("year", flat=True)
        .distinct()
    )


def issuers_for_organization(*, organization):
    return Organization.objects.filter(
        pk__in=[organization.pk, *_ancestor_ids(organization)]
    ).order_by("path")


def plan_tasks(*, plan):
    return plan.tasks.prefetch_related("lead_units", "co_units").order_by("order", "id")


def _assigned(organization):
    """Tasks where the organisation is a lead or co-ordinating unit (indexed through tables)."""
    lead = Task.lead_units.through.objects.filter(organization=organization).values("task_id")
    co = Task.co_units.through.objects.filter(organization=organization).values("task_id")
    return Q(pk__in=lead) | Q(pk__in=co)


def tasks_visible_to(*, organization):
    """Tasks of the organisation's own plans, and tasks assigned to it in issued plans."""
    return Task.objects.filter(
        Q(plan__organization=organization)
        | (_assigned(organization) & Q(plan__status__in=ISSUED_STATUSES))
    )


def task_for_organization(*, organization, pk):
    """One task the organisation may open: those of its board, and those of the superiors'
    issued plans it can read (a plan that can be seen has tasks that can be seen)."""
    superiors = Q(
        plan__organization_id__in=_ancestor_ids(organization), plan__status__in=ISSUED_STATUSES
    )
    visible = tasks_visible_to(organization=organization) | Task.objects.filter(superiors)
    return get_object_or_404(visible.select_related("plan__organization"), pk=pk)


def tasks_board(
    *,
    organization,
    mine=False,
    quarter=None,
    status="",
    overdue=False,
    query="",
    year=None,
    unit=None,
):
    """The task board: issued plans' tasks, filterable; ``mine`` = assigned to this unit."""
    if mine:
        qs = Task.objects.filter(_assigned(organization), plan__status__in=ISSUED_STATUSES)
    else:
        qs = tasks_visible_to(organization=organization).filter(plan__status__in=ISSUED_STATUSES)
    if year:
        qs = qs.filter(plan__year=year)
    if quarter == "regular":
        qs = qs.filter(quarter__isnull=True)
    elif quarter:
        qs = qs.filter(quarter=quarter)
    if status:
        qs = qs.filter(status=status)
    if overdue:
        qs = qs.exclude(status=TaskStatus.DONE).filter(due_date__lt=timezone.localdate())
    if unit:
        qs = qs.filter(_assigned(unit))
    for word in fold(query).split():
        qs = qs.filter(search_text__contains=word)
    return (
        qs.select_related("plan__organization")
        .prefetch_related("lead_units", "co_units")
        .order_by("due_date", "plan_id", "order")
    )


def reporter_units_for(*, user, task):
    """The units (among the task's lead and co-ordinating units) this user reports for."""
    unit_ids = {u.pk for u in task.lead_units.all()} | {u.pk for u in task.co_units.all()}
    return Organization.objects.filter(
        pk__in=unit_ids,
        memberships__user=user,
        memberships__role="reporter",
        memberships__is_active=True,
    ).distinct()


def progress_rollup(*, organization, year):
    """Done/total per plan and quarter for the dashboard, in one query."""
    rows = (
        Task.objects.filter(
            plan__organization=organization, plan__year=year, plan__status__in=ISSUED_STATUSES
        )
        .values("plan_id", "plan__title", "plan__number", "quarter")
        .annotate(total=Count("id"), done=Count("id", filter=Q(status=TaskStatus.DONE)))
        .order_by("plan_id", "quarter")
    )
    plans = {}
    for row in rows:
        entry = plans.setdefault(
            row["plan_id"], {"title": row["plan__title"], "quarters": {}, "done": 0, "total": 0}
        )
        entry["quarters"][row["quarter"]] = (row["done"], row["total"])
        entry["done"] += row["done"]
        entry["total"] += row["total"]
    return plans


def overdue_count(*, organization):
    return tasks_board(organization=organization, overdue=True).count()
