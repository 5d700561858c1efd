"""Creating drafts. Titles and legal-basis lines written here go into the official document,
so they stay Vietnamese whatever the language of the interface (they are not translated)."""

import re

from django.db import transaction
from django.utils.translation import gettext as _

from core.text import fold, nfc
from organizations.models import Organization

from .. import skeleton
from ..enums import ISSUED_STATUSES, PlanStatus, TimingKind
from ..models import LegalBasis, Plan, PlanEvent, Section, Task
from .numbering import register_reserve

YEAR = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")


def shift_years(text, *, from_year, by=1):
    """Move every year near ``from_year`` on by ``by``: 'năm 2022-2023' -> 'năm 2023-2024'."""

    def move(match):
        value = int(match.group(0))
        return str(value + by) if abs(value - from_year) <= 2 else match.group(0)

    return YEAR.sub(move, text)


def copy_plan_content(*, source, target, transform=lambda text: text):
    """Copy legal basis, sections and tasks (with their units) from one plan to another."""
    LegalBasis.objects.bulk_create(
        LegalBasis(plan=target, order=b.order, text=transform(b.text), linked_plan=b.linked_plan)
        for b in source.legal_bases.all()
    )
    Section.objects.bulk_create(
        Section(
            plan=target,
            order=s.order,
            heading=transform(s.heading),
            body=transform(s.body),
            holds_tasks=s.holds_tasks,
        )
        for s in source.sections.all()
    )
    for task in source.tasks.prefetch_related("lead_units", "co_units"):
        copy = _copy_task(task, plan=target, transform=transform, keep_link=False)
        copy.lead_units.set(task.lead_units.all())
        copy.co_units.set(task.co_units.all())


def _copy_task(task, *, plan, transform, keep_link, order=None):
    year_shift = plan.year - task.plan.year
    deadline = task.deadline
    if deadline and year_shift:
        try:
            deadline = deadline.replace(year=deadline.year + year_shift)
        except ValueError:  # 29/02 into a common year
            deadline = deadline.replace(year=deadline.year + year_shift, day=28)
    return Task.objects.create(
        plan=plan,
        order=task.order if order is None else order,
        content=transform(task.content),
        timing_kind=task.timing_kind,
        quarter=task.quarter,
        month_from=task.month_from,
        month_to=task.month_to,
        deadline=deadline,
        timing_text=transform(task.timing_text),
        lead_units_text=task.lead_units_text,
        co_units_text=task.co_units_text,
        source_task=task if keep_link else None,
    )


def _log_created(plan, by, note):
    PlanEvent.objects.create(plan=plan, actor=by, from_status="", to_status=plan.status, note=note)


@transaction.atomic
def plan_create(*, organization, by, year, title="", use_skeleton=True):
    plan = Plan.objects.create(
        organization=organization,
        title=title or "Công tác thi đua, khen thưởng năm %d" % year,
        year=year,
        place=organization.place_name,
        recipients=skeleton.RECIPIENTS if use_skeleton else "",
        created_by=by,
    )
    if use_skeleton:
        Section.objects.bulk_create(
            Section(
                plan=plan, order=i, heading=heading, body=body.format(year=year), holds_tasks=holds
            )
            for i, (heading, body, holds) in enumerate(skeleton.SECTIONS, start=1)
        )
        for order, (content, kind, quarter, months, timing) in enumerate(skeleton.TASKS, start=1):
            Task.objects.create(
                plan=plan,
                order=order,
                content=content.format(year=year, prev=year - 1),
                timing_kind=kind,
                quarter=quarter,
                month_from=months[0] if months else None,
                month_to=months[1] if months else None,
                timing_text=timing,
            )
    _log_created(plan, by, _("Tạo từ khung chuẩn") if use_skeleton else _("Tạo kế hoạch trống"))
    return plan


@transaction.atomic
def plan_copy_from_previous(*, organization, by, previous, year):
    """Copy last year's plan with its years and dates moved on."""
    by_years = year - previous.year

    def transform(text):
        return shift_years(text, from_year=previous.year, by=by_years)

    plan = Plan.objects.create(
        organization=organization,
        title=transform(previous.title),
        year=year,
        period_start=_shift_date(previous.period_start, by_years),
        period_end=_shift_date(previous.period_end, by_years),
        place=previous.place or organization.place_name,
        recipients=previous.recipients,
        appendix_title=previous.appendix_title,
        copied_from=previous,
        created_by=by,
    )
    copy_plan_content(source=previous, target=plan, transform=transform)
    _log_created(plan, by, _("Sao chép từ kế hoạch năm %d") % previous.year)
    return plan


def _shift_date(value, years):
    if value is None:
        return None
    try:
        return value.replace(year=value.year + years)
    except ValueError:
        return value.replace(year=value.year + years, day=28)


@transaction.atomic
def plan_create_from_superior(*, organization, by, superior_plan, tasks, year=None):
    """'Thực hiện Kế hoạch số … của …': keep the link and the tasks picked from it."""
    if superior_plan.status not in ISSUED_STATUSES:
        raise ValueError(_("Chỉ thực hiện được kế hoạch cấp trên đã ban hành."))
    year = year or superior_plan.year
    plan = plan_create(organization=organization, by=by, year=year, use_skeleton=False)
    plan.superior_plan = superior_plan
    plan.title = "Thực hiện công tác thi đua, khen thưởng năm %d" % year
    plan.save()
    superior = superior_plan.organization
    LegalBasis.objects.create(
        plan=plan,
        order=1,
        text="Thực hiện Kế hoạch số %(number)s ngày %(date)s của %(org)s về %(title)s"
        % {
            "number": superior_plan.number_symbol,
            "date": superior_plan.issued_on.strftime("%d/%m/%Y"),
            "org": superior.name,
            "title": superior_plan.title[:1].lower() + superior_plan.title[1:],
        },
        linked_plan=superior_plan,
    )
    for i, (heading, body, holds) in enumerate(skeleton.SECTIONS, start=1):
        Section.objects.create(
            plan=plan, order=i, heading=heading, body=body.format(year=year), holds_tasks=holds
        )
    for order, task in enumerate(tasks, start=1):
        copy = _copy_task(task, plan=plan, transform=lambda t: t, keep_link=True, order=order)
        copy.lead_units.set([organization])
    PlanEvent.objects.filter(plan=plan).update(
        note=_("Thực hiện kế hoạch %s của cấp trên") % superior_plan.number_symbol
    )
    return plan


# ---- from an imported document --------------------------------------------------------------


def timing_from_text(timing, quarter):
    """Timing fields for a task from its printed time window and its quarter group."""
    text = nfc(timing or "")
    folded = fold(text)
    if "thuong xuyen" in folded:
        return {"timing_kind": TimingKind.REGULAR}
    months = [int(m) for m in re.findall(r"\d{1,2}", text.split("/")[0]) if 1 <= int(m) <= 12]
    if "thang" in folded and months:
        return {
            "timing_kind": TimingKind.MONTHS,
            "month_from": min(months),
            "month_to": max(months),
        }
    if quarter:
        return {"timing_kind": TimingKind.QUARTER, "quarter": quarter}
    return {"timing_kind": TimingKind.REGULAR}


def match_units(names, *, organization):
    """Split unit names into organisations of the tree (matched without diacritics) and text."""
    candidates = {}
    for unit in Organization.objects.filter(path__startswith=organization.path).only("id", "name"):
        candidates.setdefault(fold(unit.name), unit)
    matched, typed = [], []
    for name in names:
        unit = candidates.get(fold(name))
        if unit is not None:
            matched.append(unit)
        else:
            typed.append(name)
    return matched, typed


@transaction.atomic
def plan_create_from_import(*, organization, by, parsed):
    """Save a plan read by ``plans.importing``. A numbered plan is recorded as issued and its
    number reserved in the register; a draft (blank number) stays a draft."""
    from datetime import date as date_cls

    issued_on = date_cls.fromisoformat(parsed["date"]) if parsed.get("date") else None
    number = int(parsed["number"]) if parsed.get("number") and issued_on else None
    year = parsed.get("year") or (issued_on.year if issued_on else None)
    if year is None:
        raise ValueError(_("Không xác định được năm của kế hoạch; hãy nhập năm trước khi lưu."))
    if (
        number is not None
        and Plan.objects.filter(
            organization=organization, year=issued_on.year, doc_type="KH", number=number
        ).exists()
    ):
        raise ValueError(
            _("Số %d/%s năm %d đã có trong hệ thống.")
            % (number, parsed.get("symbol") or "KH", issued_on.year)
        )
    signer = parsed.get("signer") or {}
    plan = Plan.objects.create(
        organization=organization,
        title=parsed.get("title") or "Kế hoạch nhập từ tệp",
        year=year,
        place=parsed.get("place") or organization.place_name,
        recipients="\n".join(parsed.get("recipients") or []),
        appendix_title=parsed.get("appendix_title") or "",
        signer_authority=signer.get("authority") or "",
        signer_position=signer.get("position") or "",
        signer_name=signer.get("name") or "",
        created_by=by,
    )
    if number is not None:
        plan.number = number
        plan.symbol = parsed.get("symbol") or ""
        plan.issued_on = issued_on
        plan.status = PlanStatus.ISSUED
        plan.save()
        register_reserve(
            organization=organization, year=issued_on.year, doc_type="KH", number=number
        )
    LegalBasis.objects.bulk_create(
        LegalBasis(plan=plan, order=i, text=nfc(text))
        for i, text in enumerate(parsed.get("legal_basis") or [], 1)
    )
    sections = parsed.get("sections") or []
    Section.objects.bulk_create(
        Section(
            plan=plan,
            order=i,
            heading=nfc(s.get("heading") or ""),
            body=nfc(s.get("text") or ""),
            holds_tasks=_holds_tasks(s, parsed),
        )
        for i, s in enumerate(sections, 1)
    )
    for item in parsed.get("tasks") or []:
        lead, lead_text = match_units(item.get("lead_units") or [], organization=organization)
        co, co_text = match_units(item.get("co_units") or [], organization=organization)
        task = Task.objects.create(
            plan=plan,
            order=item.get("order") or 0,
            content=item.get("content") or "",
            timing_text=item.get("timing") or "",
            lead_units_text="\n".join(lead_text),
            co_units_text="\n".join(co_text),
            **timing_from_text(item.get("timing"), item.get("quarter")),
        )
        task.lead_units.set(lead)
        task.co_units.set(co)
    _log_created(plan, by, _("Nhập từ tệp"))
    return plan


def _holds_tasks(section, parsed):
    heading = fold(section.get("heading") or "")
    return bool(parsed.get("tasks")) and heading.startswith("ii") and "noi dung" in heading
