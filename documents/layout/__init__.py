"""From validated data (``schema``) to what is printed: lines, blocks, tables.

Both outputs read this one model, so the PDF (print templates) and the DOCX (``docx_writer``)
print the same words in the same places; only the drawing differs.
"""

from ..schema import DecisionDocument, MinutesDocument, PlanDocument, SubmissionDocument
from .common import (
    DAY_BLANK,
    NUMBER_BLANK,
    Appendix,
    Block,
    Layout,
    Row,
    Run,
    Table,
    _attachments,
    _recipients,
    attached_line,
    close_body,
    date_line,
    inline_runs,
    issuer_name,
    list_table,
    markup_blocks,
    number_line,
    roman,
    stamp_lines,
)
from .minutes import _minutes_body
from .plan import _plan_body, task_table

__all__ = [
    "DAY_BLANK",
    "NUMBER_BLANK",
    "Appendix",
    "Block",
    "Layout",
    "Row",
    "Run",
    "Table",
    "attached_line",
    "build",
    "close_body",
    "date_line",
    "inline_runs",
    "issuer_name",
    "list_table",
    "markup_blocks",
    "number_line",
    "roman",
    "stamp_lines",
    "task_table",
]


def build(doc):
    """The ``Layout`` of a validated document."""
    before, appendices = [], []
    if isinstance(doc, PlanDocument):
        body = _plan_body(doc)
        if doc.tasks and (doc.task_layout == "appendix" or doc.kind == "plan_appendix"):
            appendices.append(
                Appendix(
                    label="Phụ lục",
                    title=doc.appendix_title or "NỘI DUNG NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN",
                    attached_line=attached_line(doc, "Kế hoạch"),
                    table=task_table(doc.tasks),
                    landscape=doc.landscape_appendix,
                )
            )
    elif isinstance(doc, DecisionDocument):
        if doc.authority_line:
            before.append(Block("center_bold", [Run(doc.authority_line, bold=True)]))
        body = []
        for i, text in enumerate(doc.legal_basis):
            end = "." if i == len(doc.legal_basis) - 1 else ";"
            body.append(Block("basis", [Run(text.rstrip(".;,") + end, italic=True)]))
        body.append(Block("center_bold", [Run("QUYẾT ĐỊNH:", bold=True)]))
        for i, text in enumerate(doc.articles):
            blocks = markup_blocks(text) or [Block("p", [Run("")])]
            blocks[0].runs.insert(0, Run(f"Điều {i + 1}. ", bold=True))
            blocks[0].style = "p"
            body.extend(blocks)
        if doc.awardees:
            appendices.append(
                Appendix(
                    label="",
                    title=(doc.awardees_title or "DANH SÁCH KHEN THƯỞNG").upper(),
                    attached_line=attached_line(doc, "Quyết định"),
                    table=list_table(doc.awardees, last_label="Danh hiệu, hình thức"),
                    is_list=True,
                )
            )
    elif isinstance(doc, MinutesDocument):
        body = _minutes_body(doc)
    elif isinstance(doc, SubmissionDocument):
        label = "Kính gửi: "
        if len(doc.to) == 1:
            before.append(Block("center", [Run(label + doc.to[0])]))
        else:
            before.append(Block("center", [Run(label)]))
            before.extend(Block("center", [Run(f"- {to};")]) for to in doc.to)
        body = markup_blocks(doc.body)
        if doc.proposals:
            body.append(list_table(doc.proposals, last_label="Hình thức đề nghị"))
            body.append(Block("p", [Run("Kính trình xem xét, quyết định.")]))
    else:  # pragma: no cover - schema.from_dict only returns the kinds above
        raise TypeError(doc)
    body.extend(_attachments(doc))
    close_body(body)
    return Layout(
        party=doc.party,
        parent_lines=doc.issuer_parent_lines,
        issuer_lines=doc.issuer_lines,
        number_line=number_line(doc),
        date_line=date_line(doc),
        doc_type=doc.doc_type,
        title=doc.title,
        before_body=before,
        body=body,
        signers=doc.signers,
        recipients=_recipients(doc),
        appendices=appendices,
        appendix_only=doc.kind == "plan_appendix",
        seal=doc.seal,
        stamp_lines=stamp_lines(doc),
        meta_title=doc.title or (appendices[0].title if appendices else doc.doc_type),
        meta_author=" ".join(doc.issuer_lines),
        meta_subject=doc.number_symbol or f"{NUMBER_BLANK.strip()}/{doc.symbol}",
    )
