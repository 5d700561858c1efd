"""The two real plans of shared/samples, imported by our parser and rendered, read like the
originals: same number, date, title, tasks grouped by quarter, recipients and signer."""

from pathlib import Path

import pytest

from documents.services import render_document
from plans.importing import parse_plan_file

from .helpers import find, fonts_of, open_pdf, page_text

DATA = Path(__file__).resolve().parents[1] / "plans" / "data"
pytestmark = pytest.mark.pdf


def render(name):
    parsed = parse_plan_file((DATA / name).read_bytes(), name).to_dict()
    content = render_document(kind="plan", data=parsed, fmt="pdf").content
    pdf = open_pdf(content)
    return parsed, pdf, "\n".join(page_text(p) for p in pdf.pages)


@pytest.mark.parametrize("name", ["kh-cai-rang-2020.txt", "kh-cai-rang-2020.docx"])
def test_cai_rang_reads_like_the_original(name):
    parsed, pdf, text = render(name)
    first = pdf.pages[0]
    assert find(first, "Số: 30/KH-UBND") is not None
    date_line = find(first, "Cái Răng, ngày 06 tháng 02 năm 2020")
    assert date_line is not None
    assert fonts_of(date_line) == {"LiberationSerif-TDKT-Italic"}
    assert find(first, "Triển khai công tác thi đua, khen thưởng năm 2020") is not None
    for quarter in ("QUÝ I", "QUÝ II", "QUÝ III", "QUÝ IV"):
        assert f"\n{quarter}\n" in text
    assert (
        text.index("QUÝ II")
        < text.index("Phối hợp với Ban Tuyên giáo Quận ủy")
        < text.index("QUÝ III")
    )
    assert "Nơi nhận:" in text
    assert "- Ban Thi đua - Khen thưởng thành phố;" in text
    assert "- Lưu: VT." in text
    # The closing block: Nơi nhận on the left, the signing block on the right.
    assert (
        "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Ban Thi đua - Khen thưởng thành phố; CHỦ TỊCH\n" in text
    )
    assert text.rstrip().endswith("- Lưu: VT.\nLê Thanh Tâm")
    assert len(parsed["tasks"]) == 15


@pytest.mark.parametrize("name", ["kh-phong-tho-2023.txt", "kh-phong-tho-2023.docx"])
def test_phong_tho_draft_keeps_blanks_and_its_appendix(name):
    parsed, pdf, text = render(name)
    first = page_text(pdf.pages[0])
    # A draft: number and day blank, the month kept as typed.
    assert "\nSố: /KH-UBND Phong Thổ, ngày tháng 3 năm 2023\n" in first
    assert parsed["month"] == 3 and parsed["date"] is None
    assert "NỘI DUNG NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN" in text
    appendix = next(
        i for i, p in enumerate(pdf.pages) if "NỘI DUNG NHIỆM VỤ VÀ THỜI GIAN" in page_text(p)
    )
    assert appendix > 0  # a new page
    assert "TT Nội dung" in page_text(pdf.pages[appendix]).replace(", nhiệm vụ chủ yếu", "")
    assert "Tháng 11, 12" in text
    assert "Trần Bảo Trung" in text
    assert "- Lưu: VT, NV." in text
    assert (
        "(Kèm theo Kế hoạch số /KH-UBND ngày tháng 3 năm 2023 của Ủy ban\nnhân dân huyện Phong Thổ)"
        in text
    )
