"""From validated data (``schema``) to what is printed: lines, blocks, tables.

Both outputs read this one model, so the PDF (print templates) and the DOCX (``docx_writer``)
print the same words in the same places; only the drawing differs.
"""

import re
from dataclasses import dataclass, field

from .schema import DecisionDocument, MinutesDocument, PlanDocument, SubmissionDocument

# Blanks that a văn thư leaves for the number and the day of a draft; non-breaking so that
# neither the PDF nor Word collapses them.
NUMBER_BLANK = "\u00a0" * 6
DAY_BLANK = "\u00a0" * 4
_ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
_QUARTERS = {1: "QUÝ I", 2: "QUÝ II", 3: "QUÝ III", 4: "QUÝ IV"}
_HEADING_NUMBER = re.compile(r"^[IVXL]+\s*[.)]\s*")
_ITEM = re.compile(r"^(?:(?P<num>\d+(?:\.\d+)*\.)|(?P<letter>[a-zđ]\)))\s+(?P<rest>\S.*)$")
_BULLET = re.compile(r"^[-–•+]\s+(?=\S)")
_INLINE = re.compile(r"\*\*(?P<bold>[^*\n]+?)\*\*|\*(?P<em>[^*\s](?:[^*\n]*?[^*\s])?)\*")
_PLACE_WORDS = ("THÀNH PHỐ", "THỊ TRẤN", "THỊ XÃ", "PHƯỜNG", "QUẬN", "HUYỆN", "TỈNH", "XÃ")


def roman(value):
    out = []
    for number, letters in _ROMAN:
        while value >= number:
            out.append(letters)
            value -= number
    return "".join(out)


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Block:
    """A paragraph. ``style``: p, bullet, item, title (a numbered item with a title, bold),
    heading (section heading), basis (Căn cứ, italic), center, center_bold, plain (no indent)."""

    style: str
    runs: list[Run]

    @property
    def text(self):
        return "".join(run.text for run in self.runs)


@dataclass
class Table:
    """A table of the body. ``columns``: (label, css class); rows: ``Row``."""

    columns: list[tuple[str, str]]
    rows: list["Row"]
    is_table: bool = True


@dataclass
class Row:
    cells: list[list[Block]] = field(default_factory=list)
    group: str = ""  # a "QUÝ I" row spanning every column


@dataclass
class Appendix:
    label: str  # "Phụ lục", "Phụ lục I" or "" for a list attached to a decision
    title: str
    attached_line: str
    table: Table
    landscape: bool = False
    is_list: bool = False


@dataclass
class Layout:
    party: bool
    parent_lines: list[str]
    issuer_lines: list[str]
    number_line: str
    date_line: str
    doc_type: str
    title: str
    before_body: list[Block]  # "Kính gửi", the authority line of a decision …
    body: list  # Block or Table
    signers: list
    recipients: list[str]
    appendices: list[Appendix]
    appendix_only: bool = False
    seal: bool = False
    meta_title: str = ""
    meta_author: str = ""
    meta_subject: str = ""


# Text helpers


def inline_runs(text, *, bold=False, italic=False):
    """Split ``**bold**`` and ``*emphasis*`` into runs; everything else stays literal text."""
    runs, position = [], 0
    for match in _INLINE.finditer(text):
        if match.start() > position:
            runs.append(Run(text[position : match.start()], bold, italic))
        if match["bold"] is not None:
            runs.append(Run(match["bold"], True, italic))
        else:
            runs.append(Run(match["em"], bold, True))
        position = match.end()
    if position < len(text) or not runs:
        runs.append(Run(text[position:], bold, italic))
    return runs


def markup_blocks(text):
    """Blocks of the light markup: blank lines part paragraphs, "- " bullets, numbered items."""
    blocks = []
    for paragraph in re.split(r"\n\s*\n", text or ""):
        for line in paragraph.split("\n"):
            line = " ".join(line.split())
            if not line:
                continue
            if _BULLET.match(line):
                blocks.append(Block("bullet", inline_runs("- " + _BULLET.sub("", line))))
                continue
            item = _ITEM.match(line)
            if item and item["num"] and _is_title(item["rest"]):
                blocks.append(Block("title", inline_runs(line, bold=True)))
            elif item:
                blocks.append(Block("item", inline_runs(line)))
            else:
                blocks.append(Block("p", inline_runs(line)))
    return blocks


def _is_title(rest):
    """ "Mục đích:" is a title; a sentence ("Nâng cao vai trò …;") is not."""
    stripped = rest.rstrip(" :")
    return len(stripped) <= 80 and not stripped.endswith((".", ";", ",", "!", "?"))


def close_body(blocks):
    """The closing line of the body ends with "./."."""
    for block in reversed(blocks):
        if isinstance(block, Block) and block.style != "heading" and block.text.strip():
            last = block.runs[-1]
            text = last.text.rstrip()
            if not text.endswith("./."):
                text = text.rstrip(".;:,") + "./."
            last.text = text
            return


def number_line(doc):
    number = doc.number if doc.number and not doc.draft else NUMBER_BLANK
    if doc.party:
        return f"Số {number}-{doc.symbol}"
    return f"Số: {number}/{doc.symbol}"


def _month(value):
    """Months 1 and 2 take a leading zero (NĐ 30): 'tháng 02', 'tháng 3'."""
    return f"{value:02d}" if value < 3 else str(value)


def _day_month(doc):
    if doc.date is None:
        return DAY_BLANK, _month(doc.month) if doc.month else DAY_BLANK, doc.year
    month = _month(doc.date.month)
    day = DAY_BLANK if doc.draft else f"{doc.date.day:02d}"
    return day, month, doc.date.year


def date_line(doc):
    day, month, year = _day_month(doc)
    return f"{doc.place}, ngày {day} tháng {month} năm {year}"


def issuer_name(doc):
    """The issuing body in normal case for "(Kèm theo … của …)": "Ủy ban nhân dân quận Cái Răng"."""
    if doc.issuer_name:
        return doc.issuer_name
    words = " ".join(doc.issuer_lines)
    if doc.party:
        parent = " ".join(doc.issuer_parent_lines).split()
        # "BAN THƯỜNG VỤ" + "HUYỆN ỦY MAI SƠN" -> "Ban Thường vụ Huyện ủy Mai Sơn"
        head = " ".join(w.capitalize() if i == 0 else w.lower() for i, w in enumerate(parent[:2]))
        tail = " ".join(w.capitalize() for w in parent[2:])
        issuer = words.split()
        issuer = " ".join(w.capitalize() if i < 2 else w.lower() for i, w in enumerate(issuer))
        return " ".join(part for part in (issuer, head, tail) if part)
    for place_word in _PLACE_WORDS:
        head, sep, place = words.partition(f" {place_word} ")
        if sep:
            return f"{head.capitalize()} {place_word.lower()} {place.title()}"
    return words.capitalize()


def attached_line(doc, type_name):
    day, month, year = _day_month(doc)
    number = doc.number if doc.number and not doc.draft else NUMBER_BLANK
    number_symbol = f"{number}-{doc.symbol}" if doc.party else f"{number}/{doc.symbol}"
    return (
        f"(Kèm theo {type_name} số {number_symbol} ngày {day} tháng {month} năm {year} "
        f"của {issuer_name(doc)})"
    )


def _units_cell(units):
    if len(units) == 1:
        return [Block("plain", inline_runs(units[0]))]
    return [
        Block("plain", inline_runs(f"- {unit};" if i < len(units) - 1 else f"- {unit}"))
        for i, unit in enumerate(units)
    ]


def _content_cell(text):
    blocks = markup_blocks(text)
    for block in blocks:
        block.style = "plain"
    return blocks


def task_table(tasks):
    has_co = any(task.co_units for task in tasks)
    has_timing = any(task.timing for task in tasks)
    columns = [("TT", "col-tt"), ("Nội dung", "col-content")]
    columns.append(
        ("Đơn vị chủ trì" if has_co else "Đơn vị thực hiện", "col-lead" if has_co else "col-unit")
    )
    if has_co:
        columns.append(("Đơn vị phối hợp", "col-co"))
    if has_timing:
        columns.append(("Thời gian thực hiện", "col-time"))
    rows, quarter = [], None
    for i, task in enumerate(tasks):
        if task.quarter and task.quarter != quarter:
            quarter = task.quarter
            rows.append(Row(group=_QUARTERS[quarter]))
        cells = [
            [Block("center", [Run(str(task.order if task.order is not None else i + 1))])],
            _content_cell(task.content),
            _units_cell(task.lead_units),
        ]
        if has_co:
            cells.append(_units_cell(task.co_units))
        if has_timing:
            cells.append([Block("center", inline_runs(task.timing or ""))])
        rows.append(Row(cells=cells))
    return Table(columns=columns, rows=rows)


def list_table(rows, *, last_label):
    columns = [
        ("TT", "col-tt"),
        ("Họ và tên", "col-name"),
        ("Chức vụ, đơn vị", "col-content"),
        (last_label, "col-form"),
    ]
    out = []
    for i, row in enumerate(rows):
        out.append(
            Row(
                cells=[
                    [Block("center", [Run(str(row.order if row.order is not None else i + 1))])],
                    [Block("plain", [Run(row.name)])],
                    [Block("plain", [Run(row.position_unit)])],
                    [Block("plain", [Run(row.title_or_form)])],
                ]
            )
        )
    return Table(columns=columns, rows=out)


def _recipients(doc):
    recipients = list(doc.recipients)
    if recipients and not any(r.startswith("Lưu") for r in recipients):
        recipients.append("Lưu: VT")
    lines = [f"- {r};" for r in recipients[:-1]]
    if recipients:
        lines.append(f"- {recipients[-1]}.")
    return lines


def _section_heading(index, heading):
    if _HEADING_NUMBER.match(heading):
        return _HEADING_NUMBER.sub(lambda m: m.group(0).strip().rstrip(".)") + ". ", heading)
    return f"{roman(index + 1)}. {heading}"


def _plan_body(doc):
    body = [Block("p", inline_runs(text)) for text in doc.legal_basis]
    table_index = None
    if doc.tasks and doc.task_layout == "table":
        table_index = doc.tasks_section
        if table_index is None:
            table_index = next(
                (i for i, s in enumerate(doc.sections) if "NỘI DUNG" in s.heading),
                next((i for i, s in enumerate(doc.sections) if not s.text), None),
            )
    for i, section in enumerate(doc.sections):
        body.append(Block("heading", [Run(_section_heading(i, section.heading), bold=True)]))
        body.extend(markup_blocks(section.text))
        if i == table_index:
            body.append(task_table(doc.tasks))
    if doc.tasks and doc.task_layout == "table" and table_index is None:
        body.append(task_table(doc.tasks))
    return body


def _attachments(doc):
    if not doc.attachments:
        return []
    return [Block("plain", [Run("Tài liệu kèm theo:", italic=True)])] + [
        Block("plain", inline_runs(f"- {name}")) for name in doc.attachments
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
        meta_title=doc.title or (appendices[0].title if appendices else doc.doc_type),
        meta_author=" ".join(doc.issuer_lines),
        meta_subject=doc.number_symbol or f"{NUMBER_BLANK.strip()}/{doc.symbol}",
    )


def _minutes_body(doc):
    meeting = doc.meeting
    body = []
    for label, value in (
        ("Thời gian", meeting.time),
        ("Địa điểm", meeting.place),
        ("Chủ trì", meeting.chair),
        ("Thư ký", meeting.secretary),
    ):
        if value:
            body.append(Block("p", [Run(f"{label}: ", bold=True), *inline_runs(value)]))
    if meeting.attendees:
        body.append(Block("p", [Run("Thành phần tham dự:", bold=True)]))
        body.extend(Block("bullet", inline_runs(f"- {a};")) for a in meeting.attendees)
    if meeting.absent:
        body.append(
            Block("p", [Run("Vắng mặt: ", bold=True), Run(", ".join(meeting.absent) + ".")])
        )
    body.append(Block("p", [Run("Nội dung cuộc họp:", bold=True)]))
    body.extend(markup_blocks(doc.body))
    if doc.votes:
        body.append(Block("p", [Run("Kết quả bỏ phiếu:", bold=True)]))
        rows = [
            Row(
                cells=[
                    [Block("center", [Run(str(i + 1))])],
                    [Block("plain", [Run(vote.name)])],
                    [Block("center", [Run(f"{vote.yes}/{vote.total}")])],
                    [Block("center", [Run(f"{vote.percent:.2f}".replace(".", ","))])],
                    [Block("center", [Run("Đạt" if vote.passed else "Không đạt")])],
                ]
            )
            for i, vote in enumerate(doc.votes)
        ]
        body.append(
            Table(
                columns=[
                    ("TT", "col-tt"),
                    ("Tập thể, cá nhân được đề nghị", "col-content"),
                    ("Số phiếu đồng ý", "col-time"),
                    ("Tỷ lệ (%)", "col-time"),
                    ("Kết quả", "col-time"),
                ],
                rows=rows,
            )
        )
    if doc.conclusion:
        body.append(Block("p", [Run("Kết luận: ", bold=True), *inline_runs(doc.conclusion)]))
    if doc.end_time:
        body.append(Block("p", [Run(f"Cuộc họp kết thúc vào lúc {doc.end_time}.")]))
    return body
