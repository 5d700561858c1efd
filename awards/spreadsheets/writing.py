"""Writing a list: our blank template and the export of a dossier."""

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from .columns import COLLECTIVE, COLLECTIVE_COLUMNS, COLUMNS, INDIVIDUAL

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
