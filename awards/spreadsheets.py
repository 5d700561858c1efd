"""Excel lists of nominees: read a list whatever its layout, write our template and exports.

Real lists arrive with title rows above the header ("DANH SÁCH CÁ NHÂN ĐỀ NGHỊ …"), merged
cells (one unit for several people), headings with or without diacritics, text in NFD from
macOS or Word, blank separator rows and dates typed as text. The reader finds the header row
by scoring the first rows against the known headings and reports every problem as
(row, column, message) with the row number Excel shows.
"""

import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel
from openpyxl.worksheet.datavalidation import DataValidation

from core.text import fold, nfc

from .enums import Gender
from .models.nominees import name_key

HEADER_SCAN_ROWS = 20
INDIVIDUAL = "individual"
COLLECTIVE = "collective"


@dataclass(frozen=True)
class Column:
    field: str
    label: str
    synonyms: tuple
    width: int = 18


INDIVIDUAL_COLUMNS = (
    Column("stt", "STT", ("stt", "so thu tu", "tt"), 6),
    Column("full_name", "Họ và tên", ("ho va ten", "ho ten", "ten ca nhan"), 26),
    Column("gender", "Giới tính", ("gioi tinh", "nam nu"), 9),
    Column(
        "birth_date",
        "Ngày sinh",
        ("ngay sinh", "ngay thang nam sinh", "sinh ngay", "nam sinh"),
        12,
    ),
    Column("position", "Chức vụ", ("chuc vu", "chuc danh", "chuc vu chuc danh"), 22),
    Column(
        "unit",
        "Đơn vị công tác",
        ("don vi cong tac", "don vi", "noi cong tac", "co quan don vi"),
        30,
    ),
    Column(
        "award",
        "Danh hiệu/Hình thức đề nghị",
        (
            "danh hieu hinh thuc de nghi",
            "danh hieu de nghi",
            "hinh thuc de nghi",
            "hinh thuc khen thuong de nghi",
            "danh hieu thi dua de nghi",
            "de nghi khen thuong",
        ),
        30,
    ),
    Column(
        "national_id",
        "Số CCCD",
        ("so cccd", "cccd", "so can cuoc cong dan", "so can cuoc", "so dinh danh ca nhan"),
        16,
    ),
    Column("phone", "Số điện thoại", ("so dien thoai", "dien thoai"), 14),
    Column("email", "Thư điện tử", ("email", "thu dien tu"), 22),
    Column("achievement", "Tóm tắt thành tích", ("tom tat thanh tich", "thanh tich"), 40),
)
COLLECTIVE_COLUMNS = (
    Column("stt", "STT", ("stt", "so thu tu", "tt"), 6),
    Column("name", "Tên tập thể", ("ten tap the", "tap the"), 34),
    Column("unit", "Thuộc đơn vị", ("thuoc don vi", "don vi", "don vi cong tac"), 30),
    INDIVIDUAL_COLUMNS[6],
    INDIVIDUAL_COLUMNS[10],
)
COLUMNS = {INDIVIDUAL: INDIVIDUAL_COLUMNS, COLLECTIVE: COLLECTIVE_COLUMNS}
NAME_FIELD = {INDIVIDUAL: "full_name", COLLECTIVE: "name"}
DATE_TEXT = re.compile(r"^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$")
NATIONAL_ID = re.compile(r"^\d{12}$")


def heading_key(value):
    text = re.sub(r"\(.*?\)", " ", fold(nfc(str(value))))
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def _match_heading(value, columns):
    key = heading_key(value)
    if not key:
        return None
    for column in columns:
        if key in column.synonyms:
            return column
    return None


@dataclass
class SheetResult:
    rows: list = field(default_factory=list)  # dicts ready for writing
    errors: list = field(default_factory=list)  # (row, column label, message)
    total: int = 0  # non-blank data rows

    @property
    def ok(self):
        return not self.errors

    @property
    def error_rows(self):
        return sorted({row for row, _c, _m in self.errors})


def _grid(sheet):
    """Cell values by row with merged ranges filled from their top-left cell, and the set of
    cells so filled (they do not make an otherwise blank row count)."""
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    filled = set()
    for merged in sheet.merged_cells.ranges:
        top = rows[merged.min_row - 1][merged.min_col - 1] if merged.min_row <= len(rows) else None
        for r in range(merged.min_row, merged.max_row + 1):
            for c in range(merged.min_col, merged.max_col + 1):
                if (r, c) == (merged.min_row, merged.min_col) or r > len(rows):
                    continue
                row = rows[r - 1]
                while len(row) < c:
                    row.append(None)
                row[c - 1] = top
                filled.add((r, c))
    return rows, filled


def _text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(nfc(str(value)).split())


def find_header(rows, columns):
    """(row index, {column index: Column}) of the row matching most headings in the first
    rows; None if no row has at least two known headings."""
    best = None
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        mapping = {}
        for col, value in enumerate(row):
            column = _match_heading(value, columns) if value is not None else None
            if column and column not in mapping.values():
                mapping[col] = column
        if len(mapping) >= 2 and (best is None or len(mapping) > len(best[1])):
            best = (index, mapping)
    return best


def parse_date(value):
    """A date from an Excel date, an Excel serial number or dd/mm/yyyy text; ValueError."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return from_excel(value).date()
    match = DATE_TEXT.match(_text(value))
    if not match:
        raise ValueError(value)
    day, month, year = (int(g) for g in match.groups())
    return date(year, month, day)


def _national_id(value):
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # Excel drops the leading zeros of a number (CCCD numbers start with 0).
        return str(int(value)).zfill(12)
    return re.sub(r"[\s.]", "", _text(value))


class Lookup:
    """What a row is checked against: the catalogue and the units of the organisation."""

    def __init__(self, *, awards, units, default_unit):
        self.awards = {}
        for award in awards:
            for key in award.match_keys():
                self.awards.setdefault(heading_key(key), award)
        self.units = {}
        for unit in units:
            self.units.setdefault(heading_key(unit.name), unit)
        self.default_unit = default_unit

    def award(self, text):
        return self.awards.get(heading_key(text))

    def unit(self, text):
        return self.units.get(heading_key(text)) if text else self.default_unit


def read_sheet(data, *, kind, lookup):
    """Parse and validate an .xlsx list. Nothing is written here."""
    result = SheetResult()
    columns = COLUMNS[kind]
    try:
        book = load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ValidationError(
            _("Không đọc được tệp Excel: tệp hỏng hoặc không phải .xlsx.")
        ) from exc
    rows, filled = _grid(book.active)
    header = find_header(rows, columns)
    name_field = NAME_FIELD[kind]
    name_label = next(c.label for c in columns if c.field == name_field)
    if header is None or name_field not in {c.field for c in header[1].values()}:
        result.errors.append(
            (
                0,
                "",
                _("Không tìm thấy dòng tiêu đề có cột “%s” trong %d dòng đầu.")
                % (name_label, HEADER_SCAN_ROWS),
            )
        )
        return result
    header_index, mapping = header
    order = {column.label: col for col, column in mapping.items()}
    seen = {}
    for index in range(header_index + 1, len(rows)):
        raw = rows[index]
        number = index + 1
        values = {}
        meaningful = False
        for col, column in mapping.items():
            value = raw[col] if col < len(raw) else None
            if isinstance(value, str):
                value = nfc(value).strip() or None
            values[column.field] = value
            if value is not None and column.field != "stt" and (number, col + 1) not in filled:
                meaningful = True
        if not meaningful:
            continue
        result.total += 1
        row, errors = _check_row(values, number, kind, lookup, columns)
        errors.sort(key=lambda e: order.get(e[1], 99))
        if not errors:
            key = row["match_key"] + (row["award_id"],)
            if key in seen:
                errors.append((number, name_label, _("Trùng với dòng %d.") % seen[key]))
            else:
                seen[key] = number
        if errors:
            result.errors.extend(errors)
        else:
            result.rows.append(row)
    return result


def _check_row(values, number, kind, lookup, columns):
    label = {c.field: c.label for c in columns}
    errors = []
    row = {"row": number}

    def error(name, message):
        errors.append((number, label[name], message))

    name_field = NAME_FIELD[kind]
    name = _text(values.get(name_field))
    if not name:
        error(name_field, _("Thiếu họ và tên.") if kind == INDIVIDUAL else _("Thiếu tên tập thể."))
    row[name_field] = name
    unit_text = _text(values.get("unit"))
    unit = lookup.unit(unit_text)
    if unit is None:
        error(
            "unit",
            _("Không tìm thấy đơn vị “%s” trong các đơn vị thuộc quyền quản lý.") % unit_text,
        )
    row["unit_id"] = unit.pk if unit else None
    award_text = _text(values.get("award"))
    award = lookup.award(award_text) if award_text else None
    if not award_text:
        error("award", _("Thiếu danh hiệu/hình thức đề nghị."))
    elif award is None:
        error("award", _("Không có danh hiệu/hình thức “%s” trong danh mục.") % award_text)
    elif kind == INDIVIDUAL and not award.for_individual:
        error("award", _("“%s” không xét cho cá nhân.") % award.name)
    elif kind == COLLECTIVE and not (award.for_collective or award.for_household):
        error("award", _("“%s” không xét cho tập thể.") % award.name)
    row["award_id"] = award.pk if award else None
    row["achievement"] = _text(values.get("achievement"))
    if kind == COLLECTIVE:
        row["match_key"] = (name_key(name), row["unit_id"])
        return row, errors
    gender_text = fold(_text(values.get("gender")))
    gender = {"": "", "nam": Gender.MALE, "nu": Gender.FEMALE}.get(gender_text)
    if gender is None:
        error(
            "gender",
            _("Giới tính “%s” không hợp lệ (ghi Nam hoặc Nữ).") % _text(values.get("gender")),
        )
    row["gender"] = gender or ""
    born = values.get("birth_date")
    row["birth_date"] = None
    if born is not None:
        try:
            day = parse_date(born)
        except (ValueError, OverflowError):
            error(
                "birth_date",
                _("Ngày sinh “%s” không hợp lệ (ghi theo dạng dd/mm/yyyy).") % _text(born),
            )
        else:
            if not 1900 <= day.year <= date.today().year:
                error(
                    "birth_date", _("Ngày sinh “%s” nằm ngoài khoảng hợp lý.") % f"{day:%d/%m/%Y}"
                )
            else:
                row["birth_date"] = day.isoformat()
    national_id = (
        _national_id(values.get("national_id")) if values.get("national_id") is not None else ""
    )
    if national_id and not NATIONAL_ID.match(national_id):
        error("national_id", _("Số CCCD “%s” phải gồm đúng 12 chữ số.") % national_id)
    row["national_id"] = national_id
    email = _text(values.get("email"))
    if email:
        try:
            validate_email(email)
        except ValidationError:
            error("email", _("Thư điện tử “%s” không hợp lệ.") % email)
    row["email"] = email
    row["phone"] = _text(values.get("phone"))[:20]
    row["position"] = _text(values.get("position"))[:200]
    row["match_key"] = (
        ("id", national_id)
        if national_id
        else ("name", name_key(name), row["birth_date"], row["unit_id"])
    )
    return row, errors


# ---- writing ------------------------------------------------------------------------------

THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
TITLES = {
    INDIVIDUAL: "DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG",
    COLLECTIVE: "DANH SÁCH TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG",
}


def _sheet(kind, title, subtitle):
    """A workbook with two title rows (merged), then the styled header on row 4."""
    columns = COLUMNS[kind]
    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    last = get_column_letter(len(columns))
    sheet.merge_cells(f"A1:{last}1")
    sheet.merge_cells(f"A2:{last}2")
    sheet["A1"] = title
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet["A2"] = subtitle
    sheet["A2"].font = Font(italic=True)
    sheet["A2"].alignment = Alignment(horizontal="center")
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=4, column=index, value=column.label)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A5"
    return book, sheet


def template_workbook(*, kind, awards):
    """Our list template: title rows, header, one example row, drop-down lists."""
    subtitle = "(Ngày sinh ghi dd/mm/yyyy; danh hiệu, hình thức chọn trong danh sách)"
    book, sheet = _sheet(kind, TITLES[kind], subtitle)
    columns = COLUMNS[kind]
    names = [a.name for a in awards]
    lists = book.create_sheet("Danh mục")
    for index, name in enumerate(names, start=1):
        lists.cell(row=index, column=1, value=name)
    lists.sheet_state = "hidden"
    position = {c.field: i for i, c in enumerate(columns, start=1)}
    letter = get_column_letter(position["award"])
    choose = DataValidation(type="list", formula1=f"='Danh mục'!$A$1:$A${max(len(names), 1)}")
    choose.add(f"{letter}5:{letter}2000")
    sheet.add_data_validation(choose)
    if kind == INDIVIDUAL:
        gender = DataValidation(type="list", formula1='"Nam,Nữ"')
        letter = get_column_letter(position["gender"])
        gender.add(f"{letter}5:{letter}2000")
        sheet.add_data_validation(gender)
        for letter in (
            get_column_letter(position["birth_date"]),
            get_column_letter(position["national_id"]),
        ):
            for row in range(5, 2001):
                sheet[f"{letter}{row}"].number_format = "@"
    return _bytes(book)


def export_workbook(*, dossier, lines):
    subtitle = f"{dossier.title} — {dossier.organization.name} — năm {dossier.year}"
    persons = [line for line in lines if line.person_id]
    collectives = [line for line in lines if line.collective_id]
    kind = COLLECTIVE if collectives and not persons else INDIVIDUAL
    book, sheet = _sheet(kind, TITLES[kind], subtitle)
    row = 5
    for stt, line in enumerate(collectives if kind == COLLECTIVE else persons, start=1):
        if kind == INDIVIDUAL:
            p = line.person
            values = [
                stt,
                p.full_name,
                p.get_gender_display() if p.gender else "",
                f"{p.birth_date:%d/%m/%Y}" if p.birth_date else "",
                p.position,
                p.organization.name,
                line.award.name,
                p.national_id,
                p.phone,
                p.email,
                line.achievement,
            ]
        else:
            c = line.collective
            values = [stt, c.display_name, c.organization.name, line.award.name, line.achievement]
        for col, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=col, value=value)
            cell.border = BORDER
            if isinstance(value, str):
                cell.number_format = "@"
        row += 1
    if kind == INDIVIDUAL and collectives:
        extra = book.create_sheet("Tập thể")
        for col, column in enumerate(COLLECTIVE_COLUMNS, start=1):
            extra.cell(row=1, column=col, value=column.label).font = Font(bold=True)
        for stt, line in enumerate(collectives, start=1):
            c = line.collective
            for col, value in enumerate(
                [stt, c.display_name, c.organization.name, line.award.name, line.achievement],
                start=1,
            ):
                extra.cell(row=stt + 1, column=col, value=value)
    return _bytes(book)


def _bytes(book):
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
