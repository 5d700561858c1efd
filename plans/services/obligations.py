"""Deadlines of issued plans become obligations that the notifications app reminds about."""

from ..enums import TaskStatus


def _services():
    try:
        from notifications import services
    except ImportError:  # the notifications app is optional for the plans app
        return None
    return services if hasattr(services, "obligation_sync") else None


def task_obligation_sync(*, task):
    services = _services()
    if services is None:
        return
    if task.status == TaskStatus.DONE:
        services.obligation_done(source=task)
        return
    lead = next(iter(task.lead_units.all()), None)
    services.obligation_sync(
        source=task,
        kind="plan_task",
        title=f"{task.plan.number_symbol}: {task.content[:150]}",
        due_date=task.due_date,
        organization=task.plan.organization,
        responsible_organization=lead or task.plan.organization,
        url=f"/ke-hoach/viec/{task.pk}/",
    )


def plan_obligations_sync(*, plan):
    for task in plan.tasks.prefetch_related("lead_units").select_related("plan__organization"):
        task_obligation_sync(task=task)
