"""The plan importer's parser: real plans (.txt and .docx) and small hand-made inputs.

Pure Python: no Django, no database.
"""

import io
import json
import unicodedata
import zipfile
from pathlib import Path

import pytest
from docx import Document

from plans.importing import ParsedPlan, PlanImportError, parse_plan_file

DATA = Path(__file__).parent / "data"


def parse_sample(name):
    return parse_plan_file((DATA / name).read_bytes(), name)


def parse_text(text, name="ke-hoach.txt"):
    return parse_plan_file(text.encode("utf-8"), name)


def build_docx(header, body, closing, tasks=None):
    """A small plan in Word: header table, body paragraphs, task table, closing table."""
    document = Document()
    table = document.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, header, strict=True):
        cell.text = "\n".join(lines)
    for text in body:
        document.add_paragraph(text)
    if tasks:
        task_table = document.add_table(rows=0, cols=len(tasks[0]))
        for values in tasks:
            for cell, value in zip(task_table.add_row().cells, values, strict=True):
                cell.text = value
    table = document.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, closing, strict=True):
        cell.text = "\n".join(lines)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


CAI_RANG_RECIPIENTS = [
    "Ban Thi đua - Khen thưởng thành phố",
    "CT, các PCT UBND quận",
    "Các thành viên Hội đồng TĐ-KT quận",
    "Các cơ quan, đơn vị thuộc quận",
    "Công TTĐT quận",
    "Trung tâm VH-TT quận",
    "Lưu: VT",
]
PHONG_THO_RECIPIENTS = [
    "TT. Huyện ủy (b/c)",
    "TT. HĐND huyện",
    "Hội đồng Thi đua, Khen thưởng huyện",
    "Trung tâm Văn hóa, Thể thao và Truyền thông huyện",
    "Các đơn vị Trưởng các Khối, cụm thi đua",
    "Các cơ quan, đơn vị trên địa bàn huyện",
    "UBND các xã, thị trấn",
    "Lưu: VT, NV",
]
PHONG_THO_CO_UNITS = [
    "Các cơ quan, đơn vị huyện",
    "UBND các xã, thị trấn",
    "Trung tâm Văn hóa, Thể thao và Truyền thông",
    "Trang thông tin điện tử huyện",
]


# Cái Răng 2020: QUÝ rows, units as inline bullets, header lost in the .txt.


@pytest.fixture(params=["kh-cai-rang-2020.txt", "kh-cai-rang-2020.docx"])
def cai_rang(request):
    return parse_sample(request.param)


def test_cai_rang_header_and_closing(cai_rang):
    assert isinstance(cai_rang, ParsedPlan)
    assert cai_rang.number == "30"
    assert cai_rang.symbol == "KH-UBND"
    assert cai_rang.place == "Cái Răng"
    assert cai_rang.date == "2020-02-06"
    assert cai_rang.issuer == "ỦY BAN NHÂN DÂN QUẬN CÁI RĂNG"
    assert cai_rang.issuer_parent is None
    assert cai_rang.doc_type == "KẾ HOẠCH"
    assert cai_rang.title == "Triển khai công tác thi đua, khen thưởng năm 2020"
    assert cai_rang.year == 2020
    assert cai_rang.party is False
    assert cai_rang.appendix_title is None
    assert cai_rang.recipients == CAI_RANG_RECIPIENTS
    assert cai_rang.signer.authority == "TM. ỦY BAN NHÂN DÂN"
    assert cai_rang.signer.position == "CHỦ TỊCH"
    assert cai_rang.signer.name == "Lê Thanh Tâm"


def test_cai_rang_body(cai_rang):
    assert [s["heading"] for s in cai_rang.sections] == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "II. NỘI DUNG",
        "III. CÁC GIẢI PHÁP CHỦ YẾU",
        "IV. TỔ CHỨC THỰC HIỆN",
    ]
    assert len(cai_rang.legal_basis) == 1
    assert cai_rang.legal_basis[0].startswith("Để thực hiện tốt Kế hoạch số 05/CT-UBND")
    assert cai_rang.legal_basis[0].endswith("với những nội dung chủ yếu sau:")
    first = cai_rang.sections[0]["text"]
    assert first.startswith("1. Mục đích:\n\nPhát động phong trào thi đua")
    assert "\n\n2. Yêu cầu:\n\nCác cơ quan, đơn vị" in first
    # The task table is not part of the section text.
    assert cai_rang.sections[1]["text"] == ""
    last = cai_rang.sections[3]["text"]
    assert last.endswith("nghiêm túc triển khai thực hiện Kế hoạch này./.")


def test_cai_rang_tasks(cai_rang):
    tasks = cai_rang.tasks
    assert len(tasks) == 15
    assert [t.order for t in tasks] == list(range(1, 16))
    assert [t.quarter for t in tasks] == [1] * 7 + [2] * 4 + [3] * 3 + [4]
    assert tasks[0].content == "Ban hành Chỉ thị về việc phát động phong trào thi đua năm 2020."
    assert tasks[0].lead_units == ["UBND quận", "Phòng Nội vụ"]
    assert tasks[1].content == (
        "Xây dựng, ban hành Kế hoạch triển khai công tác Thi đua - Khen thưởng năm 2020"
    )
    assert tasks[2].lead_units == ["UBND quận", "Hội đồng TĐ-KT quận", "Phòng Nội vụ quận"]
    assert tasks[4].lead_units == ["Các cơ quan, ban, ngành, đoàn thể quận", "UBND các phường"]
    assert tasks[5].lead_units == ["VP. HĐND và UBND quận", "Phòng Nội vụ quận"]
    assert tasks[7].content.startswith("Phối hợp với Ban Tuyên giáo Quận ủy tuyên dương")
    assert tasks[7].content.endswith("vào dịp kỷ niệm sinh nhật Bác 19/5.")
    assert tasks[7].lead_units == ["UBND quận", "Ban Tuyên giáo Quận ủy", "Phòng Nội vụ quận"]
    assert tasks[14].content.startswith("Rà soát đánh giá kết quả thi đua")
    assert tasks[14].content.endswith("trên địa bàn quận năm 2020")
    for task in tasks:
        assert task.co_units == []
        assert task.timing is None


def test_cai_rang_txt_infers_issuer_with_a_warning():
    plan = parse_sample("kh-cai-rang-2020.txt")
    assert plan.warnings == [
        "Không có phần đầu văn bản; cơ quan ban hành được suy ra từ chữ ký và nội dung."
    ]
    assert parse_sample("kh-cai-rang-2020.docx").warnings == []


# Phong Thổ 2023: draft number and day, appendix table with a time column, HTML in cells,
# a row cut by a page break.


@pytest.fixture(params=["kh-phong-tho-2023.txt", "kh-phong-tho-2023.docx"])
def phong_tho(request):
    return parse_sample(request.param)


def test_phong_tho_header_and_closing(phong_tho):
    assert phong_tho.number is None
    assert phong_tho.symbol == "KH-UBND"
    assert phong_tho.place == "Phong Thổ"
    assert phong_tho.date is None
    assert phong_tho.issuer == "ỦY BAN NHÂN DÂN HUYỆN PHONG THỔ"
    assert phong_tho.title == "Công tác Thi đua - Khen thưởng năm 2023"
    assert phong_tho.year == 2023
    assert phong_tho.party is False
    assert phong_tho.recipients == PHONG_THO_RECIPIENTS
    assert phong_tho.signer.authority == "TM. ỦY BAN NHÂN DÂN"
    assert phong_tho.signer.position == "CHỦ TỊCH"
    assert phong_tho.signer.name == "Trần Bảo Trung"
    assert phong_tho.appendix_title == "NỘI DUNG NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN"


def test_phong_tho_body(phong_tho):
    assert [s["heading"] for s in phong_tho.sections] == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN",
        "III. TỔ CHỨC THỰC HIỆN",
    ]
    assert phong_tho.sections[1]["text"] == "(Có nội dung nhiệm vụ kèm theo)"
    assert phong_tho.legal_basis == [
        "Căn cứ Kế hoạch số 133/KH-UBND ngày 11/01/2023 của UBND tỉnh Lai Châu về công tác "
        "thi đua, khen thưởng năm 2023. Ủy ban nhân dân huyện Phong Thổ xây dựng Kế hoạch "
        "công tác Thi đua, khen thưởng năm 2023 với nội dung sau:"
    ]


def test_phong_tho_tasks(phong_tho):
    tasks = phong_tho.tasks
    assert len(tasks) == 11
    assert [t.quarter for t in tasks] == [None, None, None, 1, 2, 2, 2, 3, 3, 4, 4]
    assert [t.timing for t in tasks] == [
        "Thường xuyên trong năm",
        "Thường xuyên trong năm",
        "Thường xuyên trong năm",
        "Trong quý I",
        "Tháng 5",
        "Tháng 5, 6, 7",
        "Tháng 6",
        "Tháng 7, 8",
        "Tháng 9, 10, 11",
        "Tháng 11",
        "Tháng 11, 12",
    ]
    assert all(t.lead_units == ["Phòng Nội vụ"] for t in tasks)

    first = tasks[0]
    assert first.content.startswith("- Tiếp tục chỉ đạo các cơ quan, đơn vị huyện;")
    assert "Đảng bộ tỉnh lần thứ XIV.\n- Tuyên truyền, phổ biến" in first.content
    assert first.content.endswith("sáng tạo trên địa bàn huyện.")
    assert "<" not in first.content
    assert first.co_units == PHONG_THO_CO_UNITS

    # Task 2 was cut by a page break; the piece in the row with an empty TT joins it.
    second = tasks[1]
    assert "phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh năm 2023;" in second.content
    assert second.content.endswith("nhiệm vụ khó của từng ngành, cơ quan, đơn vị;")
    assert second.co_units == PHONG_THO_CO_UNITS
    assert tasks[2].content.startswith("- Chỉ đạo, theo dõi, kiểm tra, đôn đốc 05 phong trào")

    assert tasks[3].co_units == []
    assert tasks[3].content.endswith("\n- Đăng ký các danh hiệu thi đua năm 2023;")

    # Bullets typed on one line inside <ul> are split; "2022 - 2023" is not a bullet.
    assert tasks[5].content == (
        "- Hướng dẫn công tác tổng kết Thi đua - Khen thưởng ngành GD&ĐT năm học 2022-2023.\n"
        "- Tổng hợp hồ sơ khen thưởng ngành GD&ĐT năm học 2022-2023; Thẩm định, trình các "
        "cấp khen thưởng.\n"
        "- Quyết định khen thưởng thành tích hoàn thành xuất sắc nhiệm vụ ngành Giáo dục & "
        "Đào tạo năm học 2022 - 2023. Tổng hợp đăng ký thi đua ngành GD&ĐT năm học 2023 - 2024."
    )
    assert tasks[5].co_units == ["Phòng Giáo dục và Đào tạo", "Hội đồng Thi đua, khen thưởng huyện"]
    assert tasks[6].content == (
        "Hướng dẫn các Khối, cụm thi đua thuộc huyện tổ chức sơ kết công tác TĐKT "
        "6 tháng đầu năm 2023."
    )
    assert tasks[6].co_units == ["Khối, cụm thi đua trên địa bàn huyện"]
    assert tasks[8].co_units == [
        "Các cơ quan, đơn vị huyện",
        "UBND các xã, thị trấn",
        "Các đơn vị trường học",
    ]
    assert tasks[9].co_units == ["Văn phòng HĐND-UBND huyện"]
    assert tasks[10].content.endswith("hình thức khen thưởng công tác năm 2023.")


@pytest.mark.parametrize("stem", ["kh-cai-rang-2020", "kh-phong-tho-2023"])
def test_txt_and_docx_give_the_same_plan(stem):
    from_txt = parse_sample(f"{stem}.txt").to_dict()
    from_docx = parse_sample(f"{stem}.docx").to_dict()
    assert from_txt["tasks"] == from_docx["tasks"]
    for key in ("number", "symbol", "place", "date", "title", "sections", "recipients"):
        assert from_txt[key] == from_docx[key], key


def test_to_dict_has_exactly_the_contract_keys_and_is_json():
    result = parse_sample("kh-phong-tho-2023.docx").to_dict()
    assert list(result) == [
        "number",
        "symbol",
        "place",
        "date",
        "month",
        "issuer",
        "issuer_parent",
        "doc_type",
        "title",
        "year",
        "legal_basis",
        "sections",
        "tasks",
        "recipients",
        "signer",
        "party",
        "appendix_title",
        "warnings",
    ]
    assert set(result["tasks"][0]) == {
        "quarter",
        "order",
        "content",
        "lead_units",
        "co_units",
        "timing",
    }
    assert result["signer"] == {
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "position": "CHỦ TỊCH",
        "name": "Trần Bảo Trung",
    }
    assert json.loads(json.dumps(result)) == result


# A Party plan (Hướng dẫn 36-HD/VPTW) with tasks as bullets under quarter headings.

PARTY_PLAN = """\
HUYỆN ỦY MAI SƠN\tĐẢNG CỘNG SẢN VIỆT NAM
BAN THƯỜNG VỤ\t
*\t
Số 208-KH/HU\tMai Sơn, ngày 03 tháng 7 năm 2019

KẾ HOẠCH
thực hiện công tác thi đua, khen thưởng 6 tháng cuối năm 2019

Thực hiện Kế hoạch số 15-KH/TU ngày 10/01/2019 của Ban Thường vụ Tỉnh ủy Sơn La, Ban Thường vụ Huyện ủy Mai Sơn ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU

- Đẩy mạnh các phong trào thi đua trong các tổ chức đảng.
- Khen thưởng kịp thời, đúng người, đúng việc.

II. NHIỆM VỤ CỤ THỂ

Nhiệm vụ quý III/2019
- Ban hành kế hoạch thi đua (chủ trì: Văn phòng Huyện ủy; phối hợp: Ban Tổ chức Huyện ủy; Ban Tuyên giáo Huyện ủy).
- Tổ chức hội nghị sơ kết 6 tháng.
+ Mời đại biểu Tỉnh ủy dự.
Quý IV:
- Tổng kết công tác thi đua năm 2019 (chủ trì: Văn phòng Huyện ủy; thời gian: tháng 12).

III. TỔ CHỨC THỰC HIỆN

Các ban xây dựng Đảng của Huyện ủy theo dõi, đôn đốc thực hiện Kế hoạch này./.

Nơi nhận:
- Thường trực Tỉnh ủy (b/c),
- Các tổ chức cơ sở đảng,
- Lưu Văn phòng Huyện ủy.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

**Lò Văn Phúc**
"""


def test_party_plan_in_text():
    plan = parse_text(PARTY_PLAN)
    assert plan.party is True
    assert plan.number == "208"
    assert plan.symbol == "KH/HU"
    assert plan.place == "Mai Sơn"
    assert plan.date == "2019-07-03"
    assert plan.issuer == "BAN THƯỜNG VỤ"
    assert plan.issuer_parent == "HUYỆN ỦY MAI SƠN"
    assert plan.title == "thực hiện công tác thi đua, khen thưởng 6 tháng cuối năm 2019"
    assert plan.year == 2019
    assert plan.recipients == [
        "Thường trực Tỉnh ủy (b/c)",
        "Các tổ chức cơ sở đảng",
        "Lưu Văn phòng Huyện ủy",
    ]
    assert plan.signer.authority == "T/M BAN THƯỜNG VỤ"
    assert plan.signer.position == "PHÓ BÍ THƯ"
    assert plan.signer.name == "Lò Văn Phúc"
    assert plan.warnings == []


def test_party_plan_bullets_under_quarter_headings_become_tasks():
    plan = parse_text(PARTY_PLAN)
    assert [(t.order, t.quarter) for t in plan.tasks] == [(1, 3), (2, 3), (3, 4)]
    first, second, third = plan.tasks
    assert first.content == "Ban hành kế hoạch thi đua"
    assert first.lead_units == ["Văn phòng Huyện ủy"]
    assert first.co_units == ["Ban Tổ chức Huyện ủy", "Ban Tuyên giáo Huyện ủy"]
    # "+" under "-" is a sub-item of the task above it.
    assert second.content == "Tổ chức hội nghị sơ kết 6 tháng.\n\n- Mời đại biểu Tỉnh ủy dự."
    assert third.content == "Tổng kết công tác thi đua năm 2019"
    assert third.timing == "tháng 12"
    # The quarter headings and their bullets are tasks, not section text.
    assert plan.sections[1] == {"heading": "II. NHIỆM VỤ CỤ THỂ", "text": ""}
    assert plan.sections[0]["text"] == (
        "- Đẩy mạnh các phong trào thi đua trong các tổ chức đảng.\n"
        "- Khen thưởng kịp thời, đúng người, đúng việc."
    )


def test_party_plan_in_word():
    data = build_docx(
        header=(
            ["HUYỆN ỦY MAI SƠN", "BAN THƯỜNG VỤ", "*", "Số 208-KH/HU"],
            ["ĐẢNG CỘNG SẢN VIỆT NAM", "Mai Sơn, ngày 03 tháng 7 năm 2019"],
        ),
        body=[
            "KẾ HOẠCH",
            "thực hiện công tác thi đua, khen thưởng năm 2019",
            "Thực hiện Kế hoạch số 15-KH/TU của Ban Thường vụ Tỉnh ủy.",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Đẩy mạnh các phong trào thi đua.",
            "II. NHIỆM VỤ",
            "QUÝ I",
            "• Ban hành kế hoạch thi đua năm 2019.",
            "• Đăng ký thi đua.",
        ],
        closing=(
            ["Nơi nhận:", "- Thường trực Tỉnh ủy,", "- Lưu VP."],
            ["K/T BÍ THƯ", "PHÓ BÍ THƯ", "Lò Văn Phúc"],
        ),
    )
    plan = parse_plan_file(data, "kh-208.docx")
    assert plan.party is True
    assert (plan.number, plan.symbol) == ("208", "KH/HU")
    assert (plan.issuer, plan.issuer_parent) == ("BAN THƯỜNG VỤ", "HUYỆN ỦY MAI SƠN")
    assert plan.signer.authority == "K/T BÍ THƯ"
    assert plan.signer.position == "PHÓ BÍ THƯ"
    assert plan.recipients == ["Thường trực Tỉnh ủy", "Lưu VP"]
    assert [t.content for t in plan.tasks] == [
        "Ban hành kế hoạch thi đua năm 2019.",
        "Đăng ký thi đua.",
    ]
    assert [t.quarter for t in plan.tasks] == [1, 1]


def test_party_style_alone_is_detected_from_the_signature():
    plan = parse_text(
        "KẾ HOẠCH\nthi đua năm 2021\n\nI. MỤC ĐÍCH\n\nThi đua.\n\nNơi nhận:\n- Lưu.\n\n"
        "T/M ĐẢNG ỦY\nBÍ THƯ\n\nNguyễn Văn B\n"
    )
    assert plan.party is True
    assert plan.signer.authority == "T/M ĐẢNG ỦY"


# State plan in Word with a chủ quản, a two-row header and a time column.


def test_word_plan_with_parent_agency_and_two_header_rows():
    data = build_docx(
        header=(
            ["UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ", "Số: 05/KH-SNV"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Lạng Sơn, ngày 15 tháng 01 năm 2024",
            ],
        ),
        body=[
            "KẾ HOẠCH",
            "Công tác thi đua, khen thưởng năm 2024",
            "Căn cứ Luật Thi đua, khen thưởng năm 2022;",
            "Căn cứ Nghị định số 98/2023/NĐ-CP;",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Mục đích",
            "– Động viên công chức.",
            "• Khen thưởng kịp thời.",
            "II. NHIỆM VỤ",
        ],
        tasks=[
            ["STT", "Nội dung công việc", "Đơn vị thực hiện", "", "Thời hạn"],
            ["", "", "Chủ trì", "Phối hợp", ""],
            ["(1)", "(2)", "(3)", "(4)", "(5)"],
            ["I", "CÔNG TÁC CHỈ ĐẠO", "", "", ""],
            ["1", "Ban hành kế hoạch", "Phòng Thi đua", "Văn phòng Sở; Phòng Tổ chức", "Quý I"],
            ["2", "Sơ kết", "Phòng Thi đua", "", "Trước 15/7/2024"],
            ["3", "Tổng kết", "Phòng Thi đua - Khen thưởng", "Các phòng", "Tháng 12"],
        ],
        closing=(
            ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Lưu: VT, TĐKT."],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Hoàng Văn C"],
        ),
    )
    plan = parse_plan_file(data, "kh.docx")
    assert (plan.number, plan.symbol, plan.date) == ("05", "KH-SNV", "2024-01-15")
    assert (plan.issuer, plan.issuer_parent) == ("SỞ NỘI VỤ", "UBND TỈNH LẠNG SƠN")
    assert plan.legal_basis == [
        "Căn cứ Luật Thi đua, khen thưởng năm 2022;",
        "Căn cứ Nghị định số 98/2023/NĐ-CP;",
    ]
    # "–" and "•" bullets become "- ".
    assert plan.sections[0]["text"] == (
        "1. Mục đích\n\n- Động viên công chức.\n- Khen thưởng kịp thời."
    )
    assert [t.content for t in plan.tasks] == ["Ban hành kế hoạch", "Sơ kết", "Tổng kết"]
    assert [t.quarter for t in plan.tasks] == [1, 3, 4]
    assert plan.tasks[0].co_units == ["Văn phòng Sở", "Phòng Tổ chức"]
    assert plan.tasks[2].lead_units == ["Phòng Thi đua - Khen thưởng"]
    assert plan.signer.authority == "KT. GIÁM ĐỐC"
    assert plan.signer.position == "PHÓ GIÁM ĐỐC"
    assert plan.signer.name == "Hoàng Văn C"
    assert plan.recipients == ["UBND tỉnh (b/c)", "Lưu: VT, TĐKT"]


def test_text_with_header_and_closing_as_tab_rows():
    text = (
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "XÃ CHIỀNG NGẦN\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/KH-UBND\tChiềng Ngần, ngày 05 tháng 3 năm 2024\n\n"
        "KẾ HOẠCH\nTổ chức phong trào thi đua\nnăm 2024\n\n"
        "Căn cứ Luật Thi đua, khen thưởng;\n\nI. MỤC ĐÍCH\n\nThi đua.\n\nII. NỘI DUNG\n\n"
        "| STT | Nội dung | Chủ trì | Phối hợp | Thời gian |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Việc A | UBND xã | Công an xã - Ban chỉ huy Quân sự xã | 15/02/2024 |\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\tKT. CHỦ TỊCH\n\tPHÓ CHỦ TỊCH\n\n\tLò Văn Phúc\n"
    )
    plan = parse_text(text)
    assert (plan.number, plan.symbol, plan.date) == ("12", "KH-UBND", "2024-03-05")
    assert plan.issuer == "ỦY BAN NHÂN DÂN XÃ CHIỀNG NGẦN"
    assert plan.title == "Tổ chức phong trào thi đua năm 2024"
    assert plan.recipients == ["Như trên", "Lưu: VT"]
    assert plan.signer.authority == "KT. CHỦ TỊCH"
    assert plan.signer.position == "PHÓ CHỦ TỊCH"
    assert plan.signer.name == "Lò Văn Phúc"
    (task,) = plan.tasks
    assert task.lead_units == ["UBND xã"]
    assert task.co_units == ["Công an xã", "Ban chỉ huy Quân sự xã"]
    assert (task.timing, task.quarter) == ("15/02/2024", 1)
    assert plan.warnings == []


def test_text_with_header_lines_and_an_appendix_after_the_signature():
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ CHIỀNG NGẦN\nSố: 12/KH-UBND\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Chiềng Ngần, ngày 05/3/2024\nKẾ HOẠCH\nThi đua năm 2024\nI. MỤC ĐÍCH\nThi đua.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLò Văn Phúc\n"
        "PHỤ LỤC I: DANH MỤC NHIỆM VỤ\n"
        "STT\tNội dung\tĐơn vị thực hiện\tThời gian\n"
        "1\tViệc B\tPhòng Văn hóa - Thông tin\tTháng 3\n"
    )
    plan = parse_text(text)
    assert plan.issuer == "ỦY BAN NHÂN DÂN XÃ CHIỀNG NGẦN"
    assert (plan.place, plan.date) == ("Chiềng Ngần", "2024-03-05")
    assert plan.signer.authority == "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"
    assert plan.signer.position == "PHÓ CHỦ TỊCH"
    assert plan.appendix_title == "DANH MỤC NHIỆM VỤ"
    (task,) = plan.tasks
    assert task.lead_units == ["Phòng Văn hóa - Thông tin"]
    assert task.quarter == 1


def test_word_quarter_row_merged_across_the_table():
    document = Document()
    for text in ("KẾ HOẠCH", "Thi đua năm 2025", "I. NHIỆM VỤ"):
        document.add_paragraph(text)
    table = document.add_table(rows=4, cols=4)
    rows = [
        ["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
        None,
        ["1", "Việc C", "Phòng Nội vụ", ""],
        ["2", "Việc D", "Phòng Tài chính - Kế hoạch", "Tháng 9"],
    ]
    for row, values in zip(table.rows, rows, strict=True):
        if values:
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    merged = table.rows[1].cells[0].merge(table.rows[1].cells[3])
    merged.text = "QUÝ II"
    out = io.BytesIO()
    document.save(out)
    plan = parse_plan_file(out.getvalue(), "quy.docx")
    assert [(t.content, t.quarter) for t in plan.tasks] == [("Việc C", 2), ("Việc D", 2)]
    assert plan.tasks[1].lead_units == ["Phòng Tài chính - Kế hoạch"]
    assert "Không tìm thấy phần Nơi nhận và chữ ký." in plan.warnings


# Vietnamese text and odd input.


def test_nfd_input_gives_nfc_output():
    nfd = unicodedata.normalize("NFD", (DATA / "kh-cai-rang-2020.txt").read_text("utf-8"))
    nfd = nfd.replace("Đ", "\u00d0")  # Icelandic eth typed for Đ
    plan = parse_plan_file(nfd.encode("utf-8"), "nfd.txt")
    assert plan.place == "Cái Răng"
    assert plan.title == "Triển khai công tác thi đua, khen thưởng năm 2020"
    assert plan.issuer == "ỦY BAN NHÂN DÂN QUẬN CÁI RĂNG"
    assert plan.sections[0]["heading"] == "I. MỤC ĐÍCH, YÊU CẦU"
    assert plan.tasks[2].lead_units == ["UBND quận", "Hội đồng TĐ-KT quận", "Phòng Nội vụ quận"]
    dumped = json.dumps(plan.to_dict(), ensure_ascii=False)
    assert unicodedata.normalize("NFC", dumped) == dumped
    assert "\u00d0" not in dumped
    assert plan.to_dict() == {**parse_sample("kh-cai-rang-2020.txt").to_dict()}


def test_utf16_and_bom_text_is_read():
    text = (DATA / "kh-phong-tho-2023.txt").read_text("utf-8")
    assert len(parse_plan_file(text.encode("utf-16"), "a.txt").tasks) == 11
    assert len(parse_plan_file(b"\xef\xbb\xbf" + text.encode("utf-8"), "a.txt").tasks) == 11


def test_bullet_marks_are_normalised_in_table_cells():
    text = (
        "KẾ HOẠCH\nThi đua năm 2022\n\nI. NHIỆM VỤ\n\n"
        "TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n"
        "1\t• Việc một; • Việc hai\t– Phòng Nội vụ\t+ Phòng A; + Phòng B\tTháng 02/2022\n"
        "2\t<ul><li>Việc ba</li><li>- Việc bốn</li></ul>\tPhòng Nội vụ\t\tQuý 4\n"
    )
    plan = parse_text(text)
    first, second = plan.tasks
    assert first.content == "- Việc một;\n- Việc hai"
    assert first.lead_units == ["Phòng Nội vụ"]
    assert first.co_units == ["Phòng A", "Phòng B"]
    assert first.quarter == 1
    assert second.content == "- Việc ba\n- Việc bốn"
    assert second.quarter == 4


def test_a_ten_thousand_character_task_is_kept_whole():
    long_content = ("Tổ chức phong trào thi đua yêu nước " * 300)[:10_000].strip() + "."
    text = (
        "KẾ HOẠCH\nThi đua năm 2022\n\nI. NHIỆM VỤ\n\n"
        f"TT\tNội dung\tĐơn vị thực hiện\n1\t{long_content}\tPhòng Nội vụ\n"
        "2\tViệc ngắn.\tPhòng Nội vụ\n"
    )
    plan = parse_text(text)
    assert plan.tasks[0].content == long_content
    assert len(plan.tasks[0].content) > 9_900
    assert plan.tasks[1].content == "Việc ngắn."


def test_impossible_date_is_dropped_with_a_warning():
    text = PARTY_PLAN.replace("ngày 03 tháng 7 năm 2019", "ngày 31 tháng 02 năm 2019")
    plan = parse_text(text)
    assert plan.date is None
    assert plan.place == "Mai Sơn"
    assert plan.year == 2019
    assert len(plan.warnings) == 1
    assert "ngày 31 tháng 02 năm 2019" in plan.warnings[0]


# Files that must be refused.


def test_not_a_docx_is_refused():
    with pytest.raises(PlanImportError) as error:
        parse_plan_file(b"day khong phai tep Word", "ke-hoach.docx")
    assert error.value.message == "Tệp ke-hoach.docx không phải là tài liệu Word (.docx) hợp lệ."


def test_a_zip_that_is_not_word_is_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "xin chào")
    with pytest.raises(PlanImportError, match="không phải là tài liệu Word"):
        parse_plan_file(out.getvalue(), "a.docx")


@pytest.mark.parametrize("size", [60 * 1024 * 1024, 20 * 1024 * 1024])
def test_zip_bomb_is_refused_before_opening(size):
    # 60 MB is over the total cap; 20 MB of zeros is under it but compresses far over 100:1.
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * size)
    data = out.getvalue()
    assert len(data) < 1024 * 1024
    with pytest.raises(PlanImportError, match="nén bất thường"):
        parse_plan_file(data, "bom.docx")


def test_latin1_text_is_refused_with_advice():
    data = "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e \u00e0 la fran\u00e7aise\n".encode("latin-1")
    with pytest.raises(PlanImportError) as error:
        parse_plan_file(data * 20, "cu.txt")
    assert "Unicode" in error.value.message


def test_tcvn3_text_read_as_unicode_is_refused():
    # What a .VnTime document looks like once its bytes are taken for Windows-1252 / Latin-1.
    legacy = "KÕ ho¹ch c«ng t¸c thi ®ua, khen th­ëng n¨m 2020\n" * 5
    with pytest.raises(PlanImportError, match="TCVN3"):
        parse_plan_file(legacy.encode("utf-8"), "vntime.txt")


@pytest.mark.parametrize("data", [b"", b"   \n\n  "])
def test_empty_file_is_refused(data):
    with pytest.raises(PlanImportError, match="rỗng"):
        parse_plan_file(data, "trong.txt")


def test_text_without_a_plan_is_refused():
    with pytest.raises(PlanImportError, match="Không tìm thấy nội dung kế hoạch"):
        parse_text("Xin chào,\nđây là một lá thư.\n")


@pytest.mark.parametrize("name", ["ke-hoach.pdf", "ke-hoach", "ke-hoach.doc"])
def test_unsupported_extensions_are_refused(name):
    with pytest.raises(PlanImportError):
        parse_plan_file(b"noi dung", name)


def test_too_large_file_is_refused():
    with pytest.raises(PlanImportError, match="quá lớn"):
        parse_plan_file(b"a" * (10 * 1024 * 1024 + 1), "lon.txt")


def test_word_file_named_txt_is_refused():
    data = (DATA / "kh-cai-rang-2020.docx").read_bytes()
    with pytest.raises(PlanImportError, match=r"\.docx"):
        parse_plan_file(data, "kh.txt")


def test_error_is_a_value_error_with_a_message():
    error = PlanImportError("Tệp rỗng.")
    assert isinstance(error, ValueError)
    assert error.message == "Tệp rỗng."
