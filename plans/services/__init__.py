"""Writes for plans (Kế hoạch). Each service is atomic, checks state, writes and logs."""

from .drafting import (
    plan_copy_from_previous,
    plan_create,
    plan_create_from_import,
    plan_create_from_superior,
)
from .lifecycle import (
    PlanConflictError,
    PlanStateError,
    plan_amend,
    plan_approve,
    plan_close,
    plan_issue,
    plan_return,
    plan_start,
    plan_submit,
    plan_update,
)
from .numbering import register_next_number
from .tasks import (
    attachment_add,
    attachment_delete,
    legal_basis_delete,
    legal_basis_save,
    progress_report_create,
    section_delete,
    section_save,
    task_delete,
    task_move,
    task_save,
)

__all__ = [
    "attachment_add",
    "attachment_delete",
    "PlanConflictError",
    "PlanStateError",
    "legal_basis_delete",
    "legal_basis_save",
    "plan_amend",
    "plan_approve",
    "plan_close",
    "plan_copy_from_previous",
    "plan_create",
    "plan_create_from_import",
    "plan_create_from_superior",
    "plan_issue",
    "plan_return",
    "plan_start",
    "plan_submit",
    "plan_update",
    "progress_report_create",
    "register_next_number",
    "section_delete",
    "section_save",
    "task_delete",
    "task_move",
    "task_save",
]
