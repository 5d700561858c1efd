"""The rendered PDF read back: NĐ 30 and Hướng dẫn 36 rules, in points and font names."""

import pytest

from documents.examples import example
from documents.services import render_document

from .helpers import MM, find, fonts_of, open_pdf, page_text, rules_under, sizes_of

pytestmark = pytest.mark.pdf


@pytest.fixture(scope="module")
def cai_rang():
    rendered = render_document(kind="plan", data=example("cai_rang"), fmt="pdf")
    with open_pdf(rendered.content) as pdf:
        yield rendered, pdf


@pytest.fixture(scope="module")
def phong_tho():
    data = example("phong_tho")
    rendered = render_document(kind="plan", data=data, fmt="pdf")
    with open_pdf(rendered.content) as pdf:
        yield rendered, pdf


@pytest.fixture(scope="module")
def mai_son():
    rendered = render_document(kind="plan", data=example("mai_son"), fmt="pdf")
    with open_pdf(rendered.content) as pdf:
        yield rendered, pdf


def test_plan_page_is_a4_with_nd30_margins(cai_rang):
    _rendered, pdf = cai_rang
    for page in pdf.pages:
        assert abs(page.width - 595.3) <= 0.5
        assert abs(page.height - 841.9) <= 0.5
        body_chars = [c for c in page.chars if c["top"] > 20 * MM]
        assert min(c["x0"] for c in body_chars) >= 30 * MM - 0.5
        assert max(c["x1"] for c in body_chars) <= 195 * MM + 0.5
        assert max(c["bottom"] for c in body_chars) <= (297 - 20) * MM + 0.5


def test_plan_fonts_are_liberation_serif_only(cai_rang):
    _rendered, pdf = cai_rang
    names = {c["fontname"].split("+", 1)[-1] for page in pdf.pages for c in page.chars}
    assert names == {
        "LiberationSerif-TDKT",
        "LiberationSerif-TDKT-Bold",
        "LiberationSerif-TDKT-Italic",
        "LiberationSerif-TDKT-Bold-Italic",
    }


def test_plan_header_sizes_and_styles(cai_rang):
    _rendered, pdf = cai_rang
    page = pdf.pages[0]
    nation = find(page, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    motto = find(page, "Độc lập - Tự do - Hạnh phúc")
    issuer = find(page, "QUẬN CÁI RĂNG")
    number = find(page, "Số: 30/KH-UBND")
    date = find(page, "Cái Răng, ngày 06 tháng 02 năm 2020")
    doc_type = find(page, "KẾ HOẠCH")
    title = find(page, "Triển khai công tác thi đua, khen thưởng năm 2020")
    assert sizes_of(nation) == {12.0}
    assert fonts_of(nation) == {"LiberationSerif-TDKT-Bold"}
    assert sizes_of(motto) == {13.0}
    assert fonts_of(motto) == {"LiberationSerif-TDKT-Bold"}
    assert fonts_of(issuer) == {"LiberationSerif-TDKT-Bold"}
    assert sizes_of(number) == {13.0}
    assert fonts_of(number) == {"LiberationSerif-TDKT"}
    assert fonts_of(date) == {"LiberationSerif-TDKT-Italic"}
    assert sizes_of(date) == {14.0}
    assert fonts_of(doc_type) == {"LiberationSerif-TDKT-Bold"}
    assert fonts_of(title) == {"LiberationSerif-TDKT-Bold"}
    # Number under the agency (left column), date under the motto (right column), one line.
    assert abs(number["top"] - date["top"]) < 2
    assert number["x1"] < date["x0"]
    # Tên loại centred on the text block (30 mm to 195 mm).
    centre = (30 + 195) / 2 * MM
    assert abs((doc_type["x0"] + doc_type["x1"]) / 2 - centre) < 1


def test_plan_motto_rule_is_exactly_as_long_as_the_text(cai_rang):
    _rendered, pdf = cai_rang
    page = pdf.pages[0]
    motto = find(page, "Độc lập - Tự do - Hạnh phúc")
    rules = rules_under(page, motto)
    assert rules
    x0, x1 = rules[0]
    assert abs(x0 - motto["x0"]) <= 2
    assert abs(x1 - motto["x1"]) <= 2


def test_plan_agency_and_title_rules_are_a_third_to_a_half_of_the_text(cai_rang):
    _rendered, pdf = cai_rang
    page = pdf.pages[0]
    first, second = find(page, "ỦY BAN NHÂN DÂN"), find(page, "QUẬN CÁI RĂNG")
    widest = max(first["x1"] - first["x0"], second["x1"] - second["x0"])
    x0, x1 = rules_under(page, second)[0]
    assert widest / 3 <= x1 - x0 <= widest / 2
    centre = (first["x0"] + first["x1"]) / 2
    assert abs((x0 + x1) / 2 - centre) < 1
    title = find(page, "Triển khai công tác thi đua, khen thưởng năm 2020")
    x0, x1 = rules_under(page, title)[0]
    width = title["x1"] - title["x0"]
    assert width / 3 <= x1 - x0 <= width / 2


def test_plan_body_is_14pt_justified_with_first_line_indent(cai_rang):
    _rendered, pdf = cai_rang
    page = pdf.pages[0]
    first = find(page, "Để thực hiện tốt Kế hoạch số 05/CT-UBND")
    assert sizes_of(first) == {14.0}
    assert abs(first["x0"] - (30 * MM + 1.27 / 2.54 * 72)) < 0.5
    heading = find(page, "I. MỤC ĐÍCH, YÊU CẦU")
    assert fonts_of(heading) == {"LiberationSerif-TDKT-Bold"}
    titled_item = find(page, "1. Mục đích:")
    assert fonts_of(titled_item) == {"LiberationSerif-TDKT-Bold"}
    # Justified: the full lines of a paragraph end at the right margin.
    lines = [
        line for line in page.extract_text_lines() if 170 < line["top"] < 250 and line["x0"] < 90
    ]
    assert len(lines) >= 3
    assert {round(line["x1"]) for line in lines[:3]} <= {552, 553}


def test_plan_page_numbers_from_page_two_centred_in_the_top_margin(cai_rang):
    _rendered, pdf = cai_rang
    assert [c for c in pdf.pages[0].chars if c["top"] < 20 * MM] == []
    for number, page in enumerate(pdf.pages[1:], start=2):
        top_chars = [c for c in page.chars if c["bottom"] < 20 * MM]
        assert "".join(c["text"] for c in top_chars) == str(number)
        centre = (top_chars[0]["x0"] + top_chars[-1]["x1"]) / 2
        assert abs(centre - (30 + 195) / 2 * MM) < 1
        assert fonts_of({"chars": top_chars}) == {"LiberationSerif-TDKT"}


def test_plan_task_table_header_repeats_on_every_page_it_spans(cai_rang):
    _rendered, pdf = cai_rang
    pages = [p for p in pdf.pages if "QUÝ" in page_text(p) or find(p, "Phòng Nội vụ quận")]
    assert len(pages) >= 2
    for page in pages:
        header = find(page, "Đơn vị thực hiện")
        assert header is not None
        assert fonts_of(header) == {"LiberationSerif-TDKT-Bold"}
    text = "".join(page_text(p) for p in pdf.pages)
    for quarter in ("QUÝ I\n", "QUÝ II\n", "QUÝ III\n", "QUÝ IV\n"):
        assert quarter in text


def test_plan_closing_block(cai_rang):
    _rendered, pdf = cai_rang
    page = pdf.pages[-1]
    label = find(page, "Nơi nhận:")
    assert sizes_of(label) == {12.0}
    assert fonts_of(label) == {"LiberationSerif-TDKT-Bold-Italic"}
    first = find(page, "- Ban Thi đua - Khen thưởng thành phố;")
    last = find(page, "- Lưu: VT.")
    assert sizes_of(first) == {11.0}
    assert sizes_of(last) == {11.0}
    assert first["x0"] == pytest.approx(30 * MM, abs=0.5)
    authority = find(page, "TM. ỦY BAN NHÂN DÂN")
    position = find(page, "CHỦ TỊCH")
    name = find(page, "Lê Thanh Tâm")
    for match in (authority, position, name):
        assert sizes_of(match) == {14.0}
        assert fonts_of(match) == {"LiberationSerif-TDKT-Bold"}
    centres = {round((m["x0"] + m["x1"]) / 2) for m in (authority, position, name)}
    assert max(centres) - min(centres) <= 1
    # About 28 mm between position and name for the signature and the seal.
    assert 25 * MM <= name["top"] - position["bottom"] <= 33 * MM
    assert "nghiêm túc triển khai thực hiện Kế hoạch này./." in page_text(page)


def test_plan_metadata(cai_rang):
    _rendered, pdf = cai_rang
    assert pdf.metadata["Title"] == "Triển khai công tác thi đua, khen thưởng năm 2020"
    assert pdf.metadata["Author"] == "ỦY BAN NHÂN DÂN QUẬN CÁI RĂNG"
    assert pdf.metadata["Subject"] == "30/KH-UBND"


def test_number_below_ten_gets_a_leading_zero():
    data = example("cai_rang")
    data["number"] = "5"
    data["date"] = "2020-03-05"
    rendered = render_document(kind="plan", data=data, fmt="pdf")
    with open_pdf(rendered.content) as pdf:
        page = pdf.pages[0]
        assert find(page, "Số: 05/KH-UBND") is not None
        assert find(page, "Cái Răng, ngày 05 tháng 3 năm 2020") is not None


def test_draft_leaves_number_and_day_blank(phong_tho):
    _rendered, pdf = phong_tho
    page = pdf.pages[0]
    number = find(page, "/KH-UBND")
    label = find(page, "Số:")
    assert 10 < number["x0"] - label["x1"] < 30  # six blanks, about 12 pt
    date = find(page, "tháng 3 năm 2023")
    day = find(page, "Phong Thổ, ngày")
    assert date["top"] == pytest.approx(day["top"], abs=1)
    assert 8 < date["x0"] - day["x1"] < 25
    assert "ngày 01" not in page_text(page)


def test_appendix_on_new_page_with_own_numbering(phong_tho):
    _rendered, pdf = phong_tho
    start = next(i for i, p in enumerate(pdf.pages) if find(p, "Phụ lục") is not None)
    first = pdf.pages[start]
    assert find(pdf.pages[start - 1], "Trần Bảo Trung") is not None
    assert [c for c in first.chars if c["bottom"] < 20 * MM] == []
    attached = find(first, "(Kèm theo Kế hoạch số")
    assert fonts_of(attached) == {"LiberationSerif-TDKT-Italic"}
    assert "của UBND huyện Phong Thổ)" in page_text(first).replace("\n", " ")
    title = find(first, "NỘI DUNG NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN")
    assert fonts_of(title) == {"LiberationSerif-TDKT-Bold"}
    for number, page in enumerate(pdf.pages[start + 1 :], start=2):
        top = "".join(c["text"] for c in page.chars if c["bottom"] < 20 * MM)
        assert top == str(number)
        for header in ("TT", "Nội dung", "Đơn vị chủ", "Đơn vị phối hợp", "Thời gian"):
            assert find(page, header) is not None
    text = "".join(page_text(p) for p in pdf.pages[start:])
    orders = [
        line.split()[0] for line in text.splitlines() if line.split() and line.split()[0].isdigit()
    ]
    assert [str(i) for i in range(1, 12)] == [
        o for o in orders if o in {str(i) for i in range(1, 12)}
    ][:11]


def test_landscape_appendix():
    data = example("phong_tho")
    data["landscape_appendix"] = True
    rendered = render_document(kind="plan", data=data, fmt="pdf")
    with open_pdf(rendered.content) as pdf:
        start = next(i for i, p in enumerate(pdf.pages) if find(p, "Phụ lục") is not None)
        assert abs(pdf.pages[start - 1].width - 595.3) <= 0.5
        assert abs(pdf.pages[start].width - 841.9) <= 0.5
        assert abs(pdf.pages[start].height - 595.3) <= 0.5


def test_plan_appendix_alone():
    rendered = render_document(kind="plan_appendix", data=example("phong_tho"), fmt="pdf")
    with open_pdf(rendered.content) as pdf:
        assert find(pdf.pages[0], "Phụ lục") is not None
        assert find(pdf.pages[0], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") is None
        assert find(pdf.pages[0], "Đơn vị phối hợp") is not None


def test_party_layout(mai_son):
    rendered, pdf = mai_son
    page = pdf.pages[0]
    party = find(page, "ĐẢNG CỘNG SẢN VIỆT NAM")
    assert sizes_of(party) == {15.0}
    assert fonts_of(party) == {"LiberationSerif-TDKT-Bold"}
    x0, x1 = rules_under(page, party)[0]
    assert abs(x0 - party["x0"]) <= 2 and abs(x1 - party["x1"]) <= 2
    parent = find(page, "HUYỆN ỦY MAI SƠN")
    issuer = find(page, "BAN THƯỜNG VỤ")
    assert fonts_of(parent) == {"LiberationSerif-TDKT"}
    assert fonts_of(issuer) == {"LiberationSerif-TDKT-Bold"}
    star = find(page, "*")
    assert issuer["bottom"] < star["top"] < issuer["bottom"] + 20
    assert find(page, "Số 208-KH/HU") is not None
    assert find(page, "Số:") is None
    assert fonts_of(find(page, "Mai Sơn, ngày 03 tháng 7 năm 2019")) == {
        "LiberationSerif-TDKT-Italic"
    }
    assert sizes_of(find(page, "KẾ HOẠCH")) == {16.0}
    assert sizes_of(find(page, "Đẩy mạnh phong trào thi đua")) == {14.0}
    assert find(page, "T/M BAN THƯỜNG VỤ") is not None
    assert find(page, "BÍ THƯ") is not None
    assert pdf.metadata["Subject"] == "208-KH/HU"


def test_attached_file_shows_the_organisations_signature_as_text_top_right():
    data = example("cai_rang")
    data["signed_at"] = "2020-02-06T09:05:03"  # Vietnam time when no zone is given
    rendered = render_document(kind="plan_appendix", data=data, fmt="pdf")
    with open_pdf(rendered.content) as pdf:
        first = pdf.pages[0]
        moment = find(first, "06/02/2020; 09:05:03; +07:00")
        number = find(first, "30/KH-UBND")
        assert moment is not None and number is not None
        assert sizes_of(moment) == {10.0}
        assert fonts_of(moment) == {"LiberationSerif-TDKT"}
        assert (
            moment["x1"] <= 195 * MM + 0.5 and moment["x0"] > 105 * MM
        )  # right half, inside the margin
        assert moment["bottom"] < 20 * MM  # in the top margin, above the header
        assert number["top"] < moment["top"]
        assert [bool(find(page, "06/02/2020; 09:05:03; +07:00")) for page in pdf.pages] == [
            True
        ] + [False] * (len(pdf.pages) - 1)
