"""The DOCX read back with python-docx: page, fonts, header table, repeated header row."""

import io

import docx
import pytest
from docx.oxml.ns import qn

from documents.examples import decision, example
from documents.services import render_document


def _open(kind, data):
    rendered = render_document(kind=kind, data=data, fmt="docx")
    assert rendered.content_type == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert rendered.pages is None
    return docx.Document(io.BytesIO(rendered.content))


@pytest.fixture(scope="module")
def cai_rang():
    return _open("plan", example("cai_rang"))


def test_docx_page_and_margins(cai_rang):
    section = cai_rang.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(m.mm, 1) for m in margins] == [20.0, 20.0, 30.0, 15.0]


def test_docx_font_is_times_new_roman_everywhere(cai_rang):
    normal = cai_rang.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "Times New Roman"
    assert fonts.get(qn("w:cs")) == "Times New Roman"
    names = {run.font.name for p in cai_rang.paragraphs for run in p.runs}
    assert names == {"Times New Roman"}


def test_docx_header_table_texts(cai_rang):
    header = cai_rang.tables[0]
    left = [p.text for p in header.cell(0, 0).paragraphs if p.text]
    right = [p.text for p in header.cell(0, 1).paragraphs if p.text]
    assert left == ["ỦY BAN NHÂN DÂN", "QUẬN CÁI RĂNG"]
    assert right == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert header.cell(1, 0).text == "Số: 30/KH-UBND"
    assert header.cell(1, 1).text == "Cái Răng, ngày 06 tháng 02 năm 2020"
    assert all(r.bold for r in header.cell(0, 0).paragraphs[1].runs)
    assert all(r.italic for r in header.cell(1, 1).paragraphs[0].runs)
    motto = header.cell(0, 1).paragraphs[1]
    assert motto._p.pPr.find(qn("w:pBdr")).find(qn("w:bottom")).get(qn("w:val")) == "single"


def test_docx_task_table_header_repeats_and_rows_do_not_split(cai_rang):
    table = cai_rang.tables[1]
    first = table.rows[0]
    assert [c.text for c in first.cells] == ["TT", "Nội dung", "Đơn vị thực hiện"]
    assert first._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)
    assert table.rows[1].cells[0].text == "QUÝ I"


def test_docx_page_number_field_from_page_two(cai_rang):
    section = cai_rang.sections[0]
    assert section.different_first_page_header_footer is True
    instructions = [i.text for i in section.header._element.iter(qn("w:instrText"))]
    assert instructions == ["PAGE"]
    assert list(section.first_page_header._element.iter(qn("w:instrText"))) == []


def test_docx_closing_and_body_end():
    document = _open("plan", example("cai_rang"))
    closing = document.tables[-1]
    left = [p.text for p in closing.cell(0, 0).paragraphs]
    right = [p.text for p in closing.cell(0, 1).paragraphs if p.text]
    assert left[0] == "Nơi nhận:"
    assert left[-1] == "- Lưu: VT."
    assert right == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Thanh Tâm"]
    body = [p.text for p in document.paragraphs if p.text]
    assert body[-1].endswith("nghiêm túc triển khai thực hiện Kế hoạch này./.")


def test_docx_appendix_section_landscape_with_own_numbering():
    data = example("phong_tho") | {"landscape_appendix": True}
    document = _open("plan", data)
    assert len(document.sections) == 2
    appendix = document.sections[1]
    assert (round(appendix.page_width.mm), round(appendix.page_height.mm)) == (297, 210)
    assert appendix._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
    assert [c.text for c in document.tables[-1].rows[0].cells] == [
        "TT",
        "Nội dung",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời gian thực hiện",
    ]
    assert len(document.tables[-1].rows) == 12


def test_docx_party_header_and_decision_list():
    party = _open("plan", example("mai_son"))
    header = party.tables[0]
    assert [p.text for p in header.cell(0, 0).paragraphs] == [
        "HUYỆN ỦY MAI SƠN",
        "BAN THƯỜNG VỤ",
        "*",
    ]
    assert header.cell(0, 1).paragraphs[0].text == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert header.cell(1, 0).text == "Số 208-KH/HU"
    listing = _open("decision", decision(rows=30)).tables[-1]
    assert len(listing.rows) == 31
    assert listing.rows[30].cells[1].text == "Nguyễn Thị Hương 30"
