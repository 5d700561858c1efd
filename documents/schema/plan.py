"""Kind ``plan`` (and ``plan_appendix``): sections and the task table."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from core.text import upper

from .common import Document, SchemaError, _bool, _dicts, _int, _text, _texts


@dataclass(frozen=True, kw_only=True)
class Section:
    heading: str
    text: str


@dataclass(frozen=True, kw_only=True)
class Task:
    quarter: int | None
    order: int | None
    content: str
    lead_units: list[str]
    co_units: list[str]
    timing: str | None


@dataclass(kw_only=True)
class PlanDocument(Document):
    legal_basis: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    appendix_title: str | None = None
    task_layout: str = "table"
    landscape_appendix: bool = False
    tasks_section: int | None = None


def _plan(kind, data, fields):
    sections = []
    for i, item in enumerate(_dicts(data, "sections", "")):
        where = f"mục {i + 1}"
        sections.append(
            Section(heading=upper(_text(item, "heading", where)), text=_text(item, "text", where))
        )
    tasks = []
    for i, item in enumerate(_dicts(data, "tasks", "")):
        where = f"nhiệm vụ {i + 1}"
        tasks.append(
            Task(
                quarter=_int(item, "quarter", where, low=1, high=4),
                order=_int(item, "order", where),
                content=_text(item, "content", where, required=True),
                lead_units=_texts(item, "lead_units", where),
                co_units=_texts(item, "co_units", where),
                timing=_text(item, "timing", where) or None,
            )
        )
    appendix_title = _text(data, "appendix_title", "") or None
    layout = data.get("task_layout") or ("appendix" if appendix_title else "table")
    if layout not in ("table", "appendix"):
        raise SchemaError(_("“task_layout” chỉ nhận “table” hoặc “appendix”."))
    if kind == "plan_appendix" and not tasks:
        raise SchemaError(_("Phụ lục cần ít nhất một nhiệm vụ (trường “tasks”)."))
    tasks_section = _int(data, "tasks_section", "", low=0, high=max(len(sections) - 1, 0))
    return PlanDocument(
        **fields,
        legal_basis=_texts(data, "legal_basis", ""),
        sections=sections,
        tasks=tasks,
        appendix_title=upper(appendix_title) if appendix_title else None,
        task_layout=layout,
        landscape_appendix=_bool(data, "landscape_appendix", ""),
        tasks_section=tasks_section,
    )
