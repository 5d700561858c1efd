"""The plan as structured data for documents/ (same shape as ``import_plan --json``)."""

from core.text import nfc
from documents.services import document_freeze


def _tasks_section(sections):
    """Index of the section the task table follows (same default as documents/)."""
    for rule in (
        lambda s: s.holds_tasks,
        lambda s: "NỘI DUNG" in s.heading.upper(),
        lambda s: not s.body,
    ):
        index = next((i for i, s in enumerate(sections) if rule(s)), None)
        if index is not None:
            return index
    return None


def plan_document_data(plan):
    organization = plan.organization
    tasks = plan.tasks.prefetch_related("lead_units", "co_units")
    sections = list(plan.sections.all())
    return {
        "number": f"{plan.number:02d}" if plan.number is not None else None,
        "symbol": plan.symbol or _draft_symbol(plan),
        "place": plan.place or organization.place_name,
        "date": plan.issued_on.isoformat() if plan.issued_on else None,
        "draft": plan.number is None,
        "issuer": " ".join(organization.header_lines),
        "issuer_lines": organization.header_lines,
        "issuer_parent": organization.header_parent or None,
        "doc_type": "KẾ HOẠCH",
        "title": plan.title,
        "year": plan.year,
        "legal_basis": [b.text for b in plan.legal_bases.all()],
        "sections": [{"heading": s.heading, "text": s.body} for s in sections],
        "tasks_section": _tasks_section(sections),
        "tasks": [
            {
                "quarter": t.quarter,
                "order": index,
                "content": t.content,
                "lead_units": [u.name for u in t.lead_units.all()] + _lines(t.lead_units_text),
                "co_units": [u.name for u in t.co_units.all()] + _lines(t.co_units_text),
                "timing": t.timing_display,
            }
            for index, t in enumerate(tasks, start=1)
        ],
        "recipients": plan.recipient_lines,
        "signer": {
            "authority": plan.signer_authority or None,
            "position": plan.signer_position or None,
            "name": plan.signer_name or None,
        },
        "party": organization.is_party,
        "appendix_title": plan.appendix_title or None,
        "warnings": [],
    }


def _draft_symbol(plan):
    separator = "/" if plan.organization.is_party else "-"
    return f"{plan.doc_type}{separator}{plan.organization.abbreviation}"


def _lines(text):
    return [nfc(line).strip() for line in (text or "").splitlines() if line.strip()]


def plan_freeze(*, plan, by):
    """Render the issued plan's PDF once and keep its bytes and SHA-256."""
    stored = document_freeze(
        organization=plan.organization,
        kind="plan",
        data=plan_document_data(plan),
        source=plan,
        by=by,
    )
    plan.pdf_sha256 = stored.sha256
    plan.stored_document_id = stored.pk
    plan.save(update_fields=["pdf_sha256", "stored_document_id"])
    return stored
