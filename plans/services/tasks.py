from pathlib import PurePosixPath

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from core.text import nfc
from core.uploads import check_upload

from ..enums import EDITABLE_STATUSES, ISSUED_STATUSES, TaskStatus
from ..models import LegalBasis, Plan, PlanAttachment, ProgressReport, Section, Task
from .lifecycle import PlanStateError, bump_version

MAX_TASK_LENGTH = 20_000


def _editable(plan):
    locked = Plan.objects.select_for_update().get(pk=plan.pk)
    if locked.status not in EDITABLE_STATUSES:
        raise PlanStateError(_("Kế hoạch đã trình hoặc đã ban hành, không thể sửa."))
    return locked


@transaction.atomic
def section_save(
    *, plan, by, section=None, expected_version=None, heading, body, holds_tasks=False
):
    _editable(plan)
    if section is None:
        last = plan.sections.order_by("-order").values_list("order", flat=True).first() or 0
        return Section.objects.create(
            plan=plan, order=last + 1, heading=heading, body=body, holds_tasks=holds_tasks
        )
    bump_version(Section, obj=section, expected_version=expected_version)
    section.heading, section.body, section.holds_tasks = heading, body, holds_tasks
    section.save(update_fields=["heading", "body", "holds_tasks"])
    return section


@transaction.atomic
def section_delete(*, section, by):
    _editable(section.plan)
    section.delete()


@transaction.atomic
def legal_basis_save(*, plan, by, basis=None, text, linked_plan=None):
    _editable(plan)
    if basis is None:
        last = plan.legal_bases.order_by("-order").values_list("order", flat=True).first() or 0
        return LegalBasis.objects.create(
            plan=plan, order=last + 1, text=text, linked_plan=linked_plan
        )
    basis.text, basis.linked_plan = text, linked_plan
    basis.save()
    return basis


@transaction.atomic
def legal_basis_delete(*, basis, by):
    _editable(basis.plan)
    basis.delete()


@transaction.atomic
def task_save(*, plan, by, task=None, expected_version=None, lead_units=(), co_units=(), **fields):
    """Create or update a task; ``fields`` are the model's editable fields."""
    _editable(plan)
    if task is None:
        last = plan.tasks.order_by("-order").values_list("order", flat=True).first() or 0
        task = Task(plan=plan, order=last + 1)
    else:
        bump_version(Task, obj=task, expected_version=expected_version)
    for name, value in fields.items():
        setattr(task, name, value)
    task.plan = plan
    task.save()
    task.lead_units.set(lead_units)
    task.co_units.set(co_units)
    return task


@transaction.atomic
def task_delete(*, task, by):
    plan = _editable(task.plan)
    order = task.order
    task.delete()
    plan.tasks.filter(order__gt=order).update(order=F("order") - 1)


@transaction.atomic
def task_move(*, task, by, direction):
    """Swap a task with its neighbour above (-1) or below (+1)."""
    _editable(task.plan)
    siblings = list(task.plan.tasks.order_by("order", "id").only("id", "order"))
    index = next(i for i, t in enumerate(siblings) if t.pk == task.pk)
    target = index + direction
    if not 0 <= target < len(siblings):
        return task
    siblings[index], siblings[target] = siblings[target], siblings[index]
    for order, sibling in enumerate(siblings, start=1):
        if sibling.order != order:
            Task.objects.filter(pk=sibling.pk).update(order=order)
    task.refresh_from_db()
    return task


@transaction.atomic
def progress_report_create(
    *, task, organization, by, percent, text, completed_on=None, evidence=None
):
    """A unit reports progress; the task takes the latest percent and status."""
    from .lifecycle import plan_start

    plan = Plan.objects.select_for_update().get(pk=task.plan_id)
    if plan.status not in ISSUED_STATUSES or plan.status == "closed":
        raise PlanStateError(_("Chỉ báo cáo tiến độ cho kế hoạch đã ban hành và chưa kết thúc."))
    if percent == 100 and completed_on is None:
        raise PlanStateError(_("Nhiệm vụ hoàn thành 100% cần có ngày hoàn thành."))
    report = ProgressReport.objects.create(
        task=task,
        organization=organization,
        reported_by=by,
        percent=percent,
        text=text,
        completed_on=completed_on,
        evidence=evidence or "",
        evidence_name=getattr(evidence, "name", "") or "",
    )
    task.percent = percent
    task.status = TaskStatus.DONE if percent == 100 else TaskStatus.IN_PROGRESS
    task.completed_on = completed_on if percent == 100 else None
    task.save(update_fields=["percent", "status", "completed_on"])
    plan_start(plan=plan, by=by)
    from .obligations import task_obligation_sync

    task_obligation_sync(task=task)
    return report


@transaction.atomic
def attachment_add(*, plan, by, upload):
    """Attach a file to a draft; its content is checked (PDF, Word, Excel, images only)."""
    _editable(plan)
    kind = check_upload(upload)
    name = nfc(PurePosixPath(upload.name).name)[:255]
    attachment = PlanAttachment(plan=plan, name=name, kind=kind, size=upload.size, uploaded_by=by)
    attachment.file.save(name, upload, save=False)
    attachment.save()
    return attachment


@transaction.atomic
def attachment_delete(*, attachment, by):
    _editable(attachment.plan)
    storage, name = attachment.file.storage, attachment.file.name
    attachment.delete()
    transaction.on_commit(lambda: storage.delete(name))
