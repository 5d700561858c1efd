"""Tasks of a plan: rows of task tables, or bullets under "Quý I" headings in the text."""

import re
from dataclasses import dataclass, field

from core.text import fold

from .markup import is_separator, join_continuation, render, split_units, strip_bullet
from .structure import ParsedTask, cell_texts

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_QUARTER = re.compile(r"\bquý\s+(IV|III|II|I|[1-4])(?!\w)", re.IGNORECASE)
# A heading that opens a quarter: "QUÝ I", "Quý II:", "Nhiệm vụ quý I/2020", "1. Quý III",
# "- Trong quý IV năm 2020". Only a short line that says nothing else qualifies.
_QUARTER_HEADING = re.compile(
    r"^(?:(?:[-–•+]|\d+(?:\.\d+)*[.)]|[a-zđ][.)]|[IVX]+[.)]?)\s+)?"
    r"(?:(?:các\s+)?(?:nhiệm vụ|công việc|nội dung|hoạt động)(?:\s+trọng tâm)?\s+)?"
    r"(?:trong\s+)?quý\s+(?P<q>IV|III|II|I|[1-4])(?:\s*(?:/|năm)\s*\d{4})?\s*[:.]?$",
    re.IGNORECASE,
)
_MONTH = re.compile(r"tháng\s+(\d{1,2})(?!\d)", re.IGNORECASE)
_DAY_MONTH = re.compile(r"(?<![\d/])\d{1,2}/(\d{1,2})(?:/\d{2,4})?(?![\d/])")
_ORDER = re.compile(r"^\d+(?:\.\d+)*\.?$")
_GROUP = re.compile(r"^(?:[IVX]+|[A-ZĐ])\.?$")
_HEADER_CELL_MAX = 60
_COLUMN_NUMBER = re.compile(r"^\(?\d+\)?$")
_ITEM_MARK = re.compile(r"^(?:(?P<number>\d+[.)])|(?P<bullet>[-–—•·+]))\s*(?=\S)")
# "(Chủ trì: Phòng Nội vụ; phối hợp: các phòng, ban; thời gian: tháng 3)" after a bullet task.
_ASSIGNMENT = re.compile(
    r"\s*\((?P<inner>[^()]*(?:chủ trì|thực hiện|phối hợp|thời gian)\s*:[^()]*)\)\s*[.;]?\s*$",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"(?:^|[;,]\s*)(?:đơn vị\s+)?(chủ trì|thực hiện|phối hợp|thời gian)\s*:", re.IGNORECASE
)
_HEADER_WORDS = (
    ("timing", ("thoi gian", "thoi han", "tien do")),
    ("co", ("phoi hop",)),
    ("lead", ("chu tri", "don vi", "co quan")),
    ("content", ("noi dung", "nhiem vu", "cong viec", "hoat dong")),
    ("lead", ("thuc hien", "phu trach", "trach nhiem")),
)


def quarter_number(roman_or_digit):
    return _ROMAN.get(roman_or_digit.upper()) or int(roman_or_digit)


def quarter_from_timing(timing):
    """Quarter of a timing as written: "Trong quý I" -> 1, "Tháng 5, 6, 7" -> 2 (first month).

    "Thường xuyên…", "Cả năm" and anything without a quarter, month or date give None.
    """
    if not timing:
        return None
    match = _QUARTER.search(timing)
    if match:
        return quarter_number(match[1])
    match = _MONTH.search(timing) or _DAY_MONTH.search(timing)
    if match and 1 <= int(match[1]) <= 12:
        return (int(match[1]) - 1) // 3 + 1
    return None


def quarter_heading(text):
    """The quarter a heading line opens, or None if the line is not such a heading."""
    match = _QUARTER_HEADING.match(text) if len(text) <= 80 else None
    return quarter_number(match["q"]) if match else None


def column_roles(row):
    """Roles of the columns named in a header row: order, content, lead, co, timing."""
    roles = {}
    for i, cell in enumerate(row):
        key = fold(" ".join(cell_texts(cell))).strip(" .:")
        if not key:
            continue
        if key in ("tt", "stt", "so tt", "thu tu"):
            roles.setdefault("order", i)
            continue
        for role, words in _HEADER_WORDS:
            if any(word in key for word in words):
                roles.setdefault(role, i)
                break
    return roles


def _is_full_header(roles):
    return "content" in roles and len(roles) >= 2


def _header_roles(row):
    """Roles if ``row`` reads like a header row (short labels, no task number), else {}."""
    texts = [" ".join(cell_texts(cell)) for cell in row]
    if any(len(text) > _HEADER_CELL_MAX or _ORDER.match(text) for text in texts):
        return {}
    return column_roles(row)


def _numbered_rows(rows):
    return [
        row
        for row in rows
        if len(row) >= 3 and _ORDER.match(" ".join(cell_texts(row[0]))) and cell_texts(row[1])
    ]


def looks_like_task_table(table):
    """True for a table with a task header or numbered rows: not a closing or header table."""
    rows = table.rows
    return any(_is_full_header(_header_roles(row)) for row in rows) or bool(_numbered_rows(rows))


@dataclass
class _Draft:
    paragraphs: list[str]
    lead_units: list[str] = field(default_factory=list)
    co_units: list[str] = field(default_factory=list)
    timing: str | None = None
    quarter: int | None = None


def _assignment(text):
    """Split "(Chủ trì: A; phối hợp: B; C)" off a bullet task: (text, lead, co, timing)."""
    match = _ASSIGNMENT.search(text)
    if not match:
        return text, [], [], None
    inner = match["inner"]
    labels = list(_LABEL.finditer(inner))
    lead, co, timing = [], [], None
    for label, following in zip(labels, labels[1:] + [None], strict=True):
        value = inner[label.end() : following.start() if following else len(inner)]
        value = value.strip(" ;,.")
        key = fold(label[1])
        if "phoi hop" in key:
            co += split_units([value])
        elif "thoi gian" in key:
            timing = value or None
        else:
            lead += split_units([value])
    return text[: match.start()].rstrip(), lead, co, timing


class TaskCollector:
    """Reads tasks in document order; the quarter in force carries across tables."""

    def __init__(self):
        self.drafts = []
        self.warnings = []
        self.quarter = None
        self._roles = None
        self._width = None
        self._list_mark = None
        self._in_list = False

    def reset_quarter(self):
        """A new section or appendix: a "QUÝ" row seen earlier no longer applies."""
        self.quarter = None
        self._in_list = False

    # Tables

    def feed_table(self, table):
        """Read a task table; return False (reading nothing) if ``table`` is not one."""
        roles = self._table_roles(table.rows)
        if roles is None:
            return False
        self._in_list = False
        previous_was_header = False
        for row in table.rows:
            texts = [cell_texts(cell) for cell in row]
            flat = [" ".join(cell) for cell in texts]
            if all(is_separator(text) for text in flat):
                continue
            found = _header_roles(row)
            if _is_full_header(found):
                roles, previous_was_header = found, True
                continue
            order_index = roles.get("order", 0)
            order = flat[order_index] if order_index < len(flat) else ""
            if previous_was_header and found and not _ORDER.match(order):
                roles = {**roles, **found}  # second header row: "Chủ trì | Phối hợp"
                continue
            previous_was_header = False
            filled = [text for text in flat if text]
            if all(_COLUMN_NUMBER.match(text) for text in filled) and len(filled) > 2:
                continue  # the "(1) (2) (3)" row under a header
            quarter = quarter_heading(" ".join(filled))
            if quarter:
                self.quarter = quarter
                continue
            self._add_row(texts, roles)
        self._roles, self._width = roles, len(table.rows[-1])
        return True

    def _table_roles(self, rows):
        for row in rows:
            roles = _header_roles(row)
            if _is_full_header(roles):
                return roles
        widths = {len(row) for row in rows}
        if self._roles and self._width in widths:
            return self._roles  # the table goes on after a page break, header not repeated
        if len(_numbered_rows(rows)) < 2:
            return None
        width = max(widths)
        self.warnings.append(
            "Bảng nhiệm vụ không có dòng tiêu đề cột; các cột được đoán theo vị trí."
        )
        guess = {"order": 0, "content": 1, "lead": 2}
        if width >= 4:
            guess["co"] = 3
        if width >= 5:
            guess["timing"] = 4
        return guess

    def _add_row(self, texts, roles):
        def cell(role):
            index = roles.get(role)
            return texts[index] if index is not None and index < len(texts) else []

        order = " ".join(cell("order"))
        content, lead, co = cell("content"), split_units(cell("lead")), split_units(cell("co"))
        timing = " ".join(cell("timing")) or None
        if not order and "order" in roles and self.drafts:
            previous = self.drafts[-1]
            # A row cut by a page break: its TT cell is empty. A row with its own lead unit
            # is a task the author did not number, unless the previous one had none.
            if not lead or not previous.lead_units:
                self._merge(previous, content, lead, co, timing)
                return
        if _GROUP.match(order) and not (lead or co or timing):
            return  # "I | CÔNG TÁC TUYÊN TRUYỀN": a group heading inside the table
        if not content:
            return
        quarter = self.quarter or quarter_from_timing(timing)
        self.drafts.append(_Draft(list(content), lead, co, timing, quarter))

    @staticmethod
    def _merge(draft, content, lead, co, timing):
        draft.paragraphs = join_continuation(draft.paragraphs, content)
        draft.lead_units += [unit for unit in lead if unit not in draft.lead_units]
        draft.co_units += [unit for unit in co if unit not in draft.co_units]
        if timing:
            draft.timing = f"{draft.timing} {timing}" if draft.timing else timing
            draft.quarter = draft.quarter or quarter_from_timing(draft.timing)

    # Bullets under quarter headings

    def feed_line(self, text):
        """Read a body paragraph; return True if it was a quarter heading or a task in one."""
        quarter = quarter_heading(text)
        if quarter:
            self.quarter, self._in_list, self._list_mark = quarter, True, None
            return True
        if not self._in_list:
            return False
        match = _ITEM_MARK.match(text)
        if not match:
            self._in_list = False
            return False
        mark = "number" if match["number"] else match["bullet"]
        if self._list_mark is None:
            self._list_mark = mark
        if mark == "number" and self._list_mark != "number":
            self._in_list = False  # "2. Giải pháp" after "- …" tasks: the text goes on
            return False
        if mark == self._list_mark or not self.drafts:
            body, lead, co, timing = _assignment(text[match.end() :].strip())
            quarter = self.quarter or quarter_from_timing(timing)
            self.drafts.append(_Draft([body], lead, co, timing, quarter))
        else:
            # A sub-item ("+ …" under "- …") belongs to the task above it.
            self.drafts[-1].paragraphs.append("- " + strip_bullet(text))
        return True

    def tasks(self):
        return [
            ParsedTask(
                quarter=draft.quarter,
                order=i,
                content=render(draft.paragraphs),
                lead_units=draft.lead_units,
                co_units=draft.co_units,
                timing=draft.timing,
            )
            for i, draft in enumerate(self.drafts, start=1)
        ]
