"""User text is text; the fetcher serves only our assets; limits stop with Vietnamese errors."""

import pytest

from documents.assets import AssetFetcher, DocumentRenderError
from documents.examples import decision, example
from documents.schema import SchemaError
from documents.services import render_document

from .helpers import open_pdf, page_text

pytestmark = pytest.mark.pdf

EVIL = '<img src="file:///etc/passwd"> và http://example.com/x.png <b>đậm</b> &amp;'


def test_injected_markup_is_printed_as_text_and_never_fetched():
    data = example("cai_rang")
    data["sections"][0]["text"] = EVIL
    data["title"] = '<link rel="stylesheet" href="http://example.com/a.css">'
    data["tasks"][0]["content"] = '<img src="data:image/png;base64,AAAA">'
    fetcher = AssetFetcher()
    rendered = render_document(kind="plan", data=data, fmt="pdf", fetcher=fetcher)
    with open_pdf(rendered.content) as pdf:
        text = " ".join(page_text(page).replace("\n", " ") for page in pdf.pages)
    assert '<img src="file:///etc/passwd"> và http://example.com/x.png <b>đậm</b> &amp;' in text
    assert '<link rel="stylesheet" href="http://example.com/a.css">' in text
    assert '<img src="data:image/png;base64,AAAA">' in text
    assert sorted(set(fetcher.seen)) == [
        "tdkt-asset:font/LiberationSerif-Bold.ttf",
        "tdkt-asset:font/LiberationSerif-BoldItalic.ttf",
        "tdkt-asset:font/LiberationSerif-Italic.ttf",
        "tdkt-asset:font/LiberationSerif-Regular.ttf",
        "tdkt-asset:static/print.css",
    ]


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://example.com/x.png",
        "data:image/png;base64,AAAA",
        "tdkt-asset:static/../../tdkt/settings/base.py",
        "tdkt-asset:font/../../../etc/passwd",
    ],
)
def test_fetcher_refuses_anything_but_our_assets(url):
    with pytest.raises(ValueError):
        AssetFetcher().fetch(url)


def test_missing_font_dir_stops_with_a_vietnamese_error(settings, tmp_path):
    settings.DOCUMENT_FONT_DIR = tmp_path / "khong-co"
    with pytest.raises(DocumentRenderError) as info:
        render_document(kind="plan", data=example("cai_rang"), fmt="pdf")
    assert info.value.message.startswith(
        "Không tìm thấy phông chữ Liberation Serif (LiberationSerif-Regular.ttf, "
    )
    assert "không được in bằng phông chữ khác" in info.value.message
    with pytest.raises(DocumentRenderError):
        render_document(kind="plan", data=example("cai_rang"), fmt="docx")


def test_too_many_pages_stops_with_a_vietnamese_error(settings):
    settings.DOCUMENT_MAX_PAGES = 2
    with pytest.raises(DocumentRenderError) as info:
        render_document(kind="decision", data=decision(rows=120), fmt="pdf")
    assert info.value.message.startswith("Văn bản dài ")
    assert info.value.message.endswith(
        "trang, vượt giới hạn 2 trang. Hãy tách thành nhiều văn bản hoặc phụ lục."
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"symbol": None}, "Thiếu trường “symbol”."),
        (
            {"date": "06/02/2020"},
            "Ngày “06/02/2020” không hợp lệ: cần dạng NĂM-THÁNG-NGÀY, ví dụ 2020-02-06.",
        ),
        ({"number": "3a"}, "Số văn bản “3a” phải là số, ví dụ 30."),
        (
            {"tasks": [{"quarter": 5, "content": "x"}]},
            "Trường “quarter” (nhiệm vụ 1) phải nằm trong khoảng 1–4.",
        ),
        ({"signer": None}, "Thiếu người ký (trường “signer” hoặc “signers”)."),
        ({"sections": "I. MỤC ĐÍCH"}, "Trường “sections” phải là danh sách đối tượng."),
        ({"task_layout": "grid"}, "“task_layout” chỉ nhận “table” hoặc “appendix”."),
    ],
)
def test_bad_input_gives_a_clear_vietnamese_error(change, message):
    data = example("cai_rang") | change
    with pytest.raises(SchemaError) as info:
        render_document(kind="plan", data=data, fmt="pdf")
    assert info.value.message == message


def test_unknown_kind_and_format_are_refused():
    with pytest.raises(SchemaError) as info:
        render_document(kind="letter", data={}, fmt="pdf")
    assert info.value.message == (
        "Loại văn bản “letter” không được hỗ trợ (chỉ nhận: plan, plan_appendix, decision, "
        "minutes, submission)."
    )
    with pytest.raises(SchemaError):
        render_document(kind="plan", data=example("cai_rang"), fmt="odt")


def test_importer_json_with_unknown_keys_and_markup_renders():
    data = example("cai_rang") | {"warnings": ["Không tìm thấy trích yếu"], "extra": 1}
    data["sections"][0]["text"] = (
        "Một đoạn có *nhấn mạnh* và **chữ đậm**.\n\n- gạch đầu dòng\n- thứ hai"
    )
    rendered = render_document(kind="plan", data=data, fmt="pdf")
    with open_pdf(rendered.content) as pdf:
        page = pdf.pages[0]
        emphasis = page.search("nhấn mạnh", return_chars=True)[0]
        bold = page.search("chữ đậm", return_chars=True)[0]
        assert {c["fontname"].split("+")[1] for c in emphasis["chars"] if c["text"].strip()} == {
            "LiberationSerif-TDKT-Italic"
        }
        assert {c["fontname"].split("+")[1] for c in bold["chars"] if c["text"].strip()} == {
            "LiberationSerif-TDKT-Bold"
        }
        assert "*" not in page_text(page)
        assert "- gạch đầu dòng\n" in page_text(page)
