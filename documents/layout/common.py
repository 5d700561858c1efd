"""The printed model (``Layout`` and its parts) and what every kind prints: header, number,
date, body text, list tables, closing."""

import re
from dataclasses import dataclass, field

# Blanks that a văn thư leaves for the number and the day of a draft; non-breaking so that
# neither the PDF nor Word collapses them.
NUMBER_BLANK = "\u00a0" * 6
DAY_BLANK = "\u00a0" * 4
_ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
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
    stamp_lines: list[str] = field(default_factory=list)
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


def _attachments(doc):
    if not doc.attachments:
        return []
    return [Block("plain", [Run("Tài liệu kèm theo:", italic=True)])] + [
        Block("plain", inline_runs(f"- {name}")) for name in doc.attachments
    ]


def stamp_lines(doc):
    """The organisation's digital signature shown as text at the top right of page 1 of a file
    sent with a signed document (NĐ 30): issuer, number and symbol, "dd/mm/yyyy; hh:mm:ss; +07:00"."""
    if doc.signed_at is None:
        return []
    moment = (
        doc.signed_at.strftime("%d/%m/%Y; %H:%M:%S; ")
        + doc.signed_at.strftime("%z")[:3]
        + ":"
        + (doc.signed_at.strftime("%z")[3:])
    )
    return [line for line in (" ".join(doc.issuer_lines), doc.number_symbol, moment) if line]
