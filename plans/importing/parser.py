"""Turn a plan file into a ``ParsedPlan``.

The document is read in the order of NĐ 30/2020 (and Hướng dẫn 36-HD/VPTW for Party plans):
header (agency, number, place and date) · KẾ HOẠCH · trích yếu · legal basis · sections I, II…
with task tables or quarter bullets · Nơi nhận and signature · appendix with the task table.
Each part is found by what it says, never by its position in the file.
"""

import re
from pathlib import PurePath

from .docx_reader import read_docx
from .header import (
    AUTHORITY,
    PARTY_HEADER,
    infer_issuer,
    is_header_noise,
    is_party_authority,
    is_party_symbol,
    parse_number,
    parse_place_date,
    parse_signer,
    split_agency,
)
from .markup import is_bullet, is_separator, is_upper, render, strip_bullet
from .structure import Line, ParsedPlan, PlanImportError, Table, cell_texts
from .tasks import TaskCollector, looks_like_task_table
from .txt_reader import read_txt

MAX_SIZE = 10 * 1024 * 1024

_DOC_TYPE = re.compile(r"^(?:KẾ HOẠCH(?: LIÊN TỊCH)?|CHƯƠNG TRÌNH(?: CÔNG TÁC)?)$")
_SECTION = re.compile(r"^(?P<roman>[IVXL]+)\s*[.)]\s*(?P<title>\S.*)$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
_LEGAL_START = re.compile(r"^(?:Căn cứ|Thực hiện|Để|Nhằm|Triển khai)\b")
_RECIPIENTS = re.compile(r"^Nơi nhận\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
_RECIPIENT_END = re.compile(r"[\s;.,]*(?:\./\.)?[\s;.,]*$")
_APPENDIX = re.compile(
    r"^Phụ lục(?:\s+(?:số\s+)?[IVX\d]+(?!\w))?\s*[:.\-–]?\s*(?P<rest>.*)$", re.IGNORECASE
)
_ATTACHED = re.compile(r"^\(\s*Kèm theo", re.IGNORECASE)
_YEAR = re.compile(r"năm\s+(?:học\s+)?(\d{4})", re.IGNORECASE)
_HEADER_SEARCH_LIMIT = 60


def parse_plan_file(data, filename):
    """Parse a plan from the bytes of a .docx or .txt file; raise ``PlanImportError``."""
    name = PurePath(filename or "").name or "tải lên"
    if len(data) > MAX_SIZE:
        raise PlanImportError(f"Tệp {name} quá lớn (tối đa 10 MB).")
    if not data.strip():
        raise PlanImportError(f"Tệp {name} rỗng.")
    extension = PurePath(name).suffix.lower()
    if extension == ".docx":
        blocks = read_docx(data, name)
    elif extension == ".txt":
        if data.startswith(b"PK\x03\x04"):
            raise PlanImportError(
                f"Tệp {name} là tài liệu Word chứ không phải văn bản thuần: hãy đổi đuôi thành .docx."
            )
        blocks = read_txt(data, name)
    elif extension == ".doc":
        raise PlanImportError(
            f"Tệp {name} là định dạng Word cũ (.doc). Hãy mở bằng Word và lưu lại dạng .docx."
        )
    else:
        raise PlanImportError(f"Tệp {name} không được hỗ trợ: chỉ nhận tệp .docx hoặc .txt.")
    plan = _PlanReader(blocks).read()
    if not plan.tasks and not plan.sections:
        raise PlanImportError(
            f"Không tìm thấy nội dung kế hoạch trong tệp {name} "
            "(không có các mục I, II… và không có bảng nhiệm vụ)."
        )
    return plan


def _roman(value):
    total = 0
    for i, ch in enumerate(value):
        number = _ROMAN_VALUES[ch]
        following = _ROMAN_VALUES[value[i + 1]] if i + 1 < len(value) else 0
        total += -number if number < following else number
    return total


def _recipient(text):
    return _RECIPIENT_END.sub("", strip_bullet(text))


def _read_recipients(texts):
    """Recipients from the lines after "Nơi nhận:"; returns ``(recipients, lines_used)``.

    A line without a bullet continues the previous recipient while that one has not ended
    with ";" or "." (a long line wrapped by hand).
    """
    raw = []
    used = 0
    for text in texts:
        if is_bullet(text):
            raw.append(text)
        elif raw and not raw[-1].endswith((";", ".")) and not is_upper(text):
            raw[-1] = f"{raw[-1]} {text}"
        elif text and not raw and not AUTHORITY.match(text) and not is_upper(text):
            raw.append(text)  # "Như trên;" typed without a bullet
        else:
            break
        used += 1
    return [r for r in (_recipient(text) for text in raw) if r], used


class _PlanReader:
    def __init__(self, blocks):
        self.blocks = blocks
        self.plan = ParsedPlan()
        self.tasks = TaskCollector()
        self.section_number = 0

    def read(self):
        plan = self.plan
        type_index = self._find_doc_type()
        if type_index is None:
            plan.warnings.append("Không tìm thấy tên loại văn bản (KẾ HOẠCH) ở đầu tệp.")
            body_start = self._first_body_index()
            self._read_header(self.blocks[:body_start])
        else:
            plan.doc_type = self.blocks[type_index].text
            self._read_header(self.blocks[:type_index])
            body_start = self._read_title(type_index + 1)
        closing = self._find_closing(body_start)
        self._read_body(self.blocks[body_start:closing])
        tail = self._read_closing(closing)
        self._read_appendix(tail)
        self._finish()
        return plan

    # Header

    def _find_doc_type(self):
        for i, block in enumerate(self.blocks[:_HEADER_SEARCH_LIMIT]):
            if isinstance(block, Line) and _DOC_TYPE.match(block.text):
                return i
        return None

    def _first_body_index(self):
        for i, block in enumerate(self.blocks):
            if isinstance(block, Line) and (
                _LEGAL_START.match(block.text) or _SECTION.match(block.text)
            ):
                return i
        return 0

    def _read_header(self, blocks):
        plan = self.plan
        left, right = [], []
        for block in blocks:
            if isinstance(block, Table):
                for row in block.rows:
                    if row:
                        left.extend(row[0])
                        right.extend(line for cell in row[1:] for line in cell)
            else:
                left.append(block)
        agency, number_seen, date_seen = [], False, False
        for line, on_left in [(line, True) for line in left] + [(line, False) for line in right]:
            text = line.text
            if PARTY_HEADER.search(text):
                plan.party = True
            number = parse_number(text)
            if number and not number_seen:
                number_seen = True
                plan.number, plan.symbol, party_style = number
                plan.party = plan.party or party_style
            place_date = parse_place_date(text)
            if place_date and not date_seen:
                date_seen = True
                plan.place, plan.date, problem, month = place_date
                plan.month = month if plan.date is None else None
                if problem:
                    plan.warnings.append(f"Ngày ban hành “{problem}” không có thật nên đã bỏ qua.")
            # Agency lines are the capitals at the top left, above the number.
            if (
                on_left
                and not number_seen
                and not place_date
                and is_upper(text)
                and not is_header_noise(text)
            ):
                agency.append(line)
        plan.issuer, plan.issuer_parent = split_agency(agency)
        if not number_seen:
            plan.warnings.append("Không tìm thấy số, ký hiệu của kế hoạch.")
        if not date_seen:
            plan.warnings.append("Không tìm thấy địa danh, ngày tháng ban hành.")

    def _read_title(self, start):
        """Read the trích yếu after KẾ HOẠCH; return the index where the body starts."""
        parts = []
        i = start
        while i < len(self.blocks):
            block = self.blocks[i]
            if not isinstance(block, Line):
                break
            text = block.text
            if is_separator(text):
                if parts:
                    i += 1
                    break
            elif not parts:
                parts.append(text)
            elif (
                block.gap_before
                or _LEGAL_START.match(text)
                or _SECTION.match(text)
                # Formatting known (.docx): the trích yếu is centred or bold, the body is not.
                or (block.centred is not None and not (block.centred or block.bold))
            ):
                break
            else:
                parts.append(text)
            i += 1
        self.plan.title = " ".join(parts) or None
        if not parts:
            self.plan.warnings.append("Không tìm thấy trích yếu (tên) của kế hoạch.")
        return i

    # Body

    def _section_heading(self, text):
        match = _SECTION.match(text)
        if not match or not is_upper(match["title"]):
            return None
        number = _roman(match["roman"])
        if number <= self.section_number:
            return None
        self.section_number = number
        return f"{match['roman']}. {match['title'].rstrip(' :.')}"

    def _read_body(self, blocks):
        plan = self.plan
        current = None
        for block in blocks:
            if isinstance(block, Table):
                if self.tasks.feed_table(block):
                    continue
                texts = [_row_text(row) for row in block.rows]
                target = current["items"] if current else plan.legal_basis
                target.extend(text for text in texts if text)
                continue
            text = block.text
            if is_separator(text):
                continue
            heading = self._section_heading(text)
            if heading:
                current = {"heading": heading, "items": []}
                plan.sections.append(current)
                self.tasks.reset_quarter()
            elif current is None:
                plan.legal_basis.append(text)
            elif not self.tasks.feed_line(text):
                current["items"].append(text)

    # Closing

    def _find_closing(self, start):
        for i in range(start, len(self.blocks)):
            block = self.blocks[i]
            if isinstance(block, Table):
                if any(
                    _RECIPIENTS.match(t)
                    for row in block.rows
                    for c in row
                    for t in cell_texts(c)[:1]
                ):
                    return i
            elif _RECIPIENTS.match(block.text) or (
                AUTHORITY.match(block.text) and is_upper(block.text)
            ):
                return i
        return len(self.blocks)

    def _read_closing(self, index):
        """Read Nơi nhận and the signature at ``index``; return the blocks after them.

        A closing table (Word) is read alone. Closing lines (a .txt copy) are read with the
        lines and TAB rows that follow, until the signer's name.
        """
        if index >= len(self.blocks):
            self.plan.warnings.append("Không tìm thấy phần Nơi nhận và chữ ký.")
            return []
        if isinstance(self.blocks[index], Table):
            self._read_closing_texts(_closing_texts(self.blocks[index]))
            return self.blocks[index + 1 :]
        texts, owners = [], []
        for j in range(index, len(self.blocks)):
            block = self.blocks[j]
            if isinstance(block, Line):
                block_texts = [block.text]
            elif looks_like_task_table(block):
                break
            else:
                block_texts = _closing_texts(block)
            texts += block_texts
            owners += [j] * len(block_texts)
        used = self._read_closing_texts(texts)
        return self.blocks[owners[used - 1] + 1 if used else index :]

    def _read_closing_texts(self, texts):
        """Read recipients and signer, in either order; return how many texts were used."""
        i = 0
        recipients_read = signer_read = False
        while i < len(texts) and not (recipients_read and signer_read):
            match = _RECIPIENTS.match(texts[i])
            if match and not recipients_read:
                first = [match["rest"]] if match["rest"] else []
                self.plan.recipients, used = _read_recipients(first + texts[i + 1 :])
                i += 1 + used - len(first)
                recipients_read = True
            elif not signer_read and (AUTHORITY.match(texts[i]) or is_upper(texts[i])):
                self.plan.signer, used = parse_signer(texts[i:])
                i += max(used, 1)
                signer_read = True
            else:
                break
        return i

    # Appendix

    def _read_appendix(self, blocks):
        self.tasks.reset_quarter()
        title = []
        table_seen = False
        for block in blocks:
            if isinstance(block, Table):
                self.tasks.feed_table(block)
                table_seen = True
                continue
            text = block.text
            match = _APPENDIX.match(text)
            if match:
                if match["rest"] and not table_seen:
                    title.append(match["rest"])
            elif _ATTACHED.match(text) or is_separator(text):
                continue
            elif is_upper(text) and not table_seen:
                title.append(text)
            else:
                self.tasks.feed_line(text)
        self.plan.appendix_title = " ".join(title) or None

    # Derived fields

    def _finish(self):
        plan = self.plan
        plan.tasks = self.tasks.tasks()
        plan.warnings.extend(self.tasks.warnings)
        plan.sections = [
            {"heading": section["heading"], "text": render(section["items"])}
            for section in plan.sections
        ]
        signer = plan.signer
        plan.party = (
            plan.party or is_party_symbol(plan.symbol) or is_party_authority(signer.authority)
        )
        if plan.issuer is None:
            texts = plan.legal_basis + [section["text"] for section in plan.sections]
            plan.issuer, plan.issuer_parent = infer_issuer(signer.authority, texts)
            plan.warnings.append(
                "Không có phần đầu văn bản; cơ quan ban hành được suy ra từ chữ ký và nội dung."
                if plan.issuer
                else "Không xác định được cơ quan ban hành."
            )
        year = _YEAR.search(plan.title or "")
        if year:
            plan.year = int(year[1])
        elif plan.date:
            plan.year = int(plan.date[:4])
        closing_missing = "Không tìm thấy phần Nơi nhận và chữ ký." in plan.warnings
        if not (signer.authority or signer.position or signer.name or closing_missing):
            plan.warnings.append("Không đọc được phần chữ ký.")


def _closing_texts(table):
    """Texts of a closing table: the Nơi nhận column first, then the signing block."""
    columns = max((len(row) for row in table.rows), default=0)
    return [
        text
        for column in range(columns)
        for row in table.rows
        if column < len(row)
        for text in cell_texts(row[column])
    ]


def _row_text(row):
    """A row of a table that is not a task table, as one line of text."""
    return " | ".join(text for text in (" ".join(cell_texts(cell)) for cell in row) if text)
