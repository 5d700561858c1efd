"""DOCX output (python-docx) with the layout of the PDF, for officers who finish in Word.

Times New Roman is named (Word users have it); rule lengths are measured with the metric-
compatible Liberation Serif so that the lines sit under the text as in the PDF.
"""

from functools import lru_cache
from io import BytesIO

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, Twips
from PIL import ImageFont

from .assets import FONT_FILES, check_fonts, font_dir
from .layout import Table

FONT = "Times New Roman"
A4_SHORT, A4_LONG = Twips(11906), Twips(16838)  # what Word itself writes for A4
TEXT_WIDTH_MM = 165  # 210 - 30 - 15
LEFT_COLUMN_MM = 62.7  # 38 % as in the print CSS
RIGHT_COLUMN_MM = TEXT_WIDTH_MM - LEFT_COLUMN_MM
_WIDTHS = {
    "col-tt": 10,
    "col-unit": 45,
    "col-lead": 26,
    "col-co": 38,
    "col-time": 26,
    "col-name": 45,
    "col-form": 40,
}


@lru_cache(maxsize=16)
def _font(bold, size):
    name = FONT_FILES["bold" if bold else "regular"]
    return ImageFont.truetype(str(font_dir() / name), size * 10)


def text_width_mm(text, *, size, bold=False):
    """Width of ``text`` in mm at ``size`` pt (Liberation Serif = Times New Roman metrics)."""
    points = _font(bold, size).getlength(text) / 10
    return points * 25.4 / 72


def _set_fonts(run_or_style_element):
    rpr = run_or_style_element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)


def _run(paragraph, text, *, size=None, bold=False, italic=False):
    run = paragraph.add_run(text)
    run.bold = bold or None
    run.italic = italic or None
    if size:
        run.font.size = Pt(size)
    run.font.name = FONT
    _set_fonts(run._r)
    return run


def _paragraph(container, text="", *, size=None, bold=False, italic=False, align=None):
    paragraph = container.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.first_line_indent = Pt(0)
    if align is not None:
        paragraph.alignment = align
    if text:
        _run(paragraph, text, size=size, bold=bold, italic=italic)
    return paragraph


def _bottom_border(paragraph):
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)


def _rule(container, *, column_mm, length_mm):
    """A centred line ``length_mm`` long: an empty paragraph with a bottom border, indented."""
    paragraph = _paragraph(container, align=WD_ALIGN_PARAGRAPH.CENTER)
    side = max((column_mm - length_mm) / 2, 0)
    paragraph.paragraph_format.left_indent = Mm(side)
    paragraph.paragraph_format.right_indent = Mm(side)
    paragraph.paragraph_format.line_spacing = Pt(2)
    _bottom_border(paragraph)
    return paragraph


def _underlined_line(container, text, *, column_mm, size):
    """A bold line with a rule exactly as long as its text (the tiêu ngữ)."""
    paragraph = _paragraph(container, text, size=size, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    side = max((column_mm - text_width_mm(text, size=size, bold=True)) / 2 - 0.5, 0)
    paragraph.paragraph_format.left_indent = Mm(side)
    paragraph.paragraph_format.right_indent = Mm(side)
    _bottom_border(paragraph)
    return paragraph


def _no_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    tbl_pr.append(borders)


def _cell(table, row, column, width_mm):
    cell = table.cell(row, column)
    cell.width = Mm(width_mm)
    # A new cell holds one empty paragraph; remove it so that content starts at the top.
    for paragraph in list(cell.paragraphs):
        paragraph._p.getparent().remove(paragraph._p)
    return cell


def _page_number_field(paragraph):
    run = _run(paragraph, "", size=13)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _setup_section(section, *, landscape=False, restart=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = A4_LONG, A4_SHORT
        section.top_margin, section.bottom_margin = Mm(20), Mm(15)
        section.left_margin, section.right_margin = Mm(20), Mm(20)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = A4_SHORT, A4_LONG
        section.top_margin, section.bottom_margin = Mm(20), Mm(20)
        section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance = Mm(8)
    section.different_first_page_header_footer = True
    section.header.is_linked_to_previous = False
    section.first_page_header.is_linked_to_previous = False
    header = section.header
    paragraph = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number_field(paragraph)
    if restart:
        number_type = OxmlElement("w:pgNumType")
        number_type.set(qn("w:start"), "1")
        section._sectPr.append(number_type)


def _blocks(container, blocks, *, size=14, indent=True, justify=True):
    for item in blocks:
        if isinstance(item, Table):
            _grid(container, item, size=13)
            continue
        paragraph = _paragraph(container)
        fmt = paragraph.paragraph_format
        if item.style in ("center", "center_bold"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif justify:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent and item.style not in ("center", "center_bold", "plain"):
            fmt.first_line_indent = Mm(12.7)
        if indent:
            fmt.space_before = Pt(6)
        bold_all = item.style in ("heading", "title", "center_bold")
        italic_all = item.style == "basis"
        for run in item.runs:
            _run(
                paragraph,
                run.text,
                size=size,
                bold=run.bold or bold_all,
                italic=run.italic or italic_all,
            )


def _mark_row(row, *, header=False):
    tr_pr = row._tr.get_or_add_trPr()
    cant_split = OxmlElement("w:cantSplit")
    tr_pr.append(cant_split)
    if header:
        tbl_header = OxmlElement("w:tblHeader")
        tbl_header.set(qn("w:val"), "true")
        tr_pr.append(tbl_header)


def _grid(container, table_model, *, size, width_mm=TEXT_WIDTH_MM):
    columns = table_model.columns
    fixed = sum(_WIDTHS.get(css, 0) for _label, css in columns if css != "col-content")
    widths = [
        _WIDTHS.get(css, 0) if css != "col-content" else max(width_mm - fixed, 30)
        for _label, css in columns
    ]
    table = container.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header = table.rows[0]
    _mark_row(header, header=True)
    for i, (label, _css) in enumerate(columns):
        cell = _cell(table, 0, i, widths[i])
        _paragraph(cell, label, size=size, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for row_model in table_model.rows:
        row = table.add_row()
        _mark_row(row)
        if row_model.group:
            merged = row.cells[0].merge(row.cells[-1])
            for paragraph in list(merged.paragraphs):
                paragraph._p.getparent().remove(paragraph._p)
            _paragraph(merged, row_model.group, size=size, bold=True)
            continue
        for i, blocks in enumerate(row_model.cells):
            cell = row.cells[i]
            cell.width = Mm(widths[i])
            for paragraph in list(cell.paragraphs):
                paragraph._p.getparent().remove(paragraph._p)
            if not blocks:
                _paragraph(cell)
            _blocks(cell, blocks, size=size, indent=False, justify=False)
    return table


def _header(document, layout):
    table = document.add_table(rows=2, cols=2)
    _no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left = _cell(table, 0, 0, LEFT_COLUMN_MM)
    right = _cell(table, 0, 1, RIGHT_COLUMN_MM)
    center = WD_ALIGN_PARAGRAPH.CENTER
    for line in layout.parent_lines:
        _paragraph(left, line, size=13, align=center)
    for line in layout.issuer_lines:
        _paragraph(left, line, size=13, bold=True, align=center)
    if layout.party:
        _paragraph(left, "*", size=13, align=center)
        _underlined_line(right, "ĐẢNG CỘNG SẢN VIỆT NAM", column_mm=RIGHT_COLUMN_MM, size=15)
    else:
        widest = max(text_width_mm(line, size=13, bold=True) for line in layout.issuer_lines)
        _rule(left, column_mm=LEFT_COLUMN_MM, length_mm=widest * 0.4)
        _paragraph(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=12, bold=True, align=center)
        _underlined_line(right, "Độc lập - Tự do - Hạnh phúc", column_mm=RIGHT_COLUMN_MM, size=13)
    number = _cell(table, 1, 0, LEFT_COLUMN_MM)
    date = _cell(table, 1, 1, RIGHT_COLUMN_MM)
    _paragraph(
        number, layout.number_line, size=13, align=center
    ).paragraph_format.space_before = Pt(6)
    _paragraph(
        date, layout.date_line, size=14, italic=True, align=center
    ).paragraph_format.space_before = Pt(6)


def _title(document, layout):
    center = WD_ALIGN_PARAGRAPH.CENTER
    type_size = 16 if layout.party else 14
    _paragraph(
        document, layout.doc_type, size=type_size, bold=True, align=center
    ).paragraph_format.space_before = Pt(18)
    _paragraph(document, layout.title, size=14, bold=True, align=center)
    if not layout.party:
        width = min(text_width_mm(layout.title, size=14, bold=True), 150)
        _rule(document, column_mm=TEXT_WIDTH_MM, length_mm=width * 0.4)


def _signer(cell, signer):
    center = WD_ALIGN_PARAGRAPH.CENTER
    if signer.authority:
        _paragraph(cell, signer.authority, size=14, bold=True, align=center)
    if signer.position:
        _paragraph(cell, signer.position, size=14, bold=True, align=center)
    space = _paragraph(cell, align=center)
    space.paragraph_format.space_before = Mm(28)
    _paragraph(cell, signer.name, size=14, bold=True, align=center)


def _recipients(cell, layout):
    if not layout.recipients:
        _paragraph(cell)
        return
    _paragraph(cell, "Nơi nhận:", size=12, bold=True, italic=True)
    for line in layout.recipients:
        _paragraph(cell, line, size=11)


def _closing(document, layout):
    spacer = _paragraph(document)
    spacer.paragraph_format.space_before = Pt(6)
    if len(layout.signers) > 1:
        table = document.add_table(rows=1, cols=len(layout.signers))
        _no_borders(table)
        width = TEXT_WIDTH_MM / len(layout.signers)
        for i, signer in enumerate(layout.signers):
            _signer(_cell(table, 0, i, width), signer)
        if layout.recipients:
            _recipients(document, layout)
        return
    table = document.add_table(rows=1, cols=2)
    _no_borders(table)
    _recipients(_cell(table, 0, 0, TEXT_WIDTH_MM * 0.45), layout)
    right = _cell(table, 0, 1, TEXT_WIDTH_MM * 0.55)
    for signer in layout.signers:
        _signer(right, signer)
    if not layout.signers:
        _paragraph(right)


def _appendix(document, appendix, *, new_section):
    if new_section:
        section = document.add_section(WD_SECTION.NEW_PAGE)
        _setup_section(section, landscape=appendix.landscape, restart=True)
    center = WD_ALIGN_PARAGRAPH.CENTER
    if appendix.label:
        _paragraph(document, appendix.label, size=14, bold=True, align=center)
    _paragraph(document, appendix.title, size=14, bold=True, align=center)
    _paragraph(document, appendix.attached_line, size=14, italic=True, align=center)
    width = 257 if appendix.landscape else TEXT_WIDTH_MM
    _grid(document, appendix.table, size=12 if appendix.is_list else 13, width_mm=width)


def render_docx(layout):
    """DOCX bytes of a ``layout.Layout``."""
    check_fonts()  # the rule lengths are measured with the font files
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14)
    _set_fonts(normal.element)
    normal.paragraph_format.space_after = Pt(0)
    document.core_properties.title = layout.meta_title
    document.core_properties.author = layout.meta_author
    document.core_properties.subject = layout.meta_subject
    first = document.sections[0]
    landscape_first = layout.appendix_only and layout.appendices and layout.appendices[0].landscape
    _setup_section(first, landscape=bool(landscape_first))
    # python-docx starts with one empty paragraph; drop it so the header table comes first.
    body = document.element.body
    for paragraph in list(document.paragraphs):
        body.remove(paragraph._p)
    if not layout.appendix_only:
        _header(document, layout)
        _title(document, layout)
        if layout.before_body:
            _blocks(document, layout.before_body)
        _blocks(document, layout.body)
        _closing(document, layout)
    for i, appendix in enumerate(layout.appendices):
        _appendix(document, appendix, new_section=not (layout.appendix_only and i == 0))
    out = BytesIO()
    document.save(out)
    return out.getvalue()
