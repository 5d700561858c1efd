"""Reading a list: find the header row, then check every row against the catalogue."""

import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _
from openpyxl import load_workbook
from openpyxl.utils.datetime import from_excel

from core.text import fold, nfc

from ..enums import Gender
from ..models.nominees import name_key
from .columns import COLLECTIVE, COLUMNS, INDIVIDUAL

HEADER_SCAN_ROWS = 20
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
