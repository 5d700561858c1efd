"""Deadlines of issued plans become obligations that the notifications app reminds about."""

from django.urls import reverse

from notifications import services

from ..enums import TaskStatus


def task_obligation_sync(*, task):
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
        url=reverse("plans:task-detail", args=[task.pk]),
    )


def plan_obligations_sync(*, plan):
    for task in plan.tasks.prefetch_related("lead_units").select_related("plan__organization"):
        task_obligation_sync(task=task)
