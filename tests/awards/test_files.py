"""Uploads are judged by content; files are served only to those who may see the dossier."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from awards.enums import DossierPart, FileKind
from awards.services import UploadRefused, check_upload, dossier_file_add, dossier_send

from .conftest import PDF, complete_dossier, make_dossier, pdf


def zipped(files, name):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, data in files.items():
            archive.writestr(path, data)
    return SimpleUploadedFile(name, buffer.getvalue())


def test_zip_bomb_named_pdf_is_refused_before_anything_opens_it():
    bomb = zipped(
        {"[Content_Types].xml": "<Types/>", "word/document.xml": b"\0" * 20_000_000}, "bao-cao.pdf"
    )

    with pytest.raises(UploadRefused) as refused:
        check_upload(bomb)

    assert bomb.size < 100_000
    assert refused.value.messages == [
        "Tệp “bao-cao.pdf” là tệp nén có dung lượng giải nén bất thường (nghi là “bom nén”); "
        "hệ thống từ chối tệp này."
    ]


def test_program_renamed_pdf_is_refused():
    exe = SimpleUploadedFile("to-trinh.pdf", b"MZ\x90\x00\x03\x00\x00\x00" + b"\0" * 100)

    with pytest.raises(UploadRefused) as refused:
        check_upload(exe)

    assert refused.value.messages == [
        "Nội dung tệp “to-trinh.pdf” không phải PDF, Word (.docx), Excel (.xlsx), PNG hoặc JPEG; "
        "hệ thống từ chối tệp này."
    ]


def test_oversize_file_is_refused(settings):
    settings.UPLOAD_MAX_BYTES = 1024 * 1024
    big = SimpleUploadedFile("lon.pdf", PDF + b"0" * (1024 * 1024 + 512 * 1024))

    with pytest.raises(UploadRefused) as refused:
        check_upload(big)

    assert refused.value.messages == [
        "Tệp “lon.pdf” quá lớn (1,5 MB); dung lượng tối đa là 1,0 MB."
    ]


def test_extension_must_agree_with_content():
    with pytest.raises(UploadRefused) as refused:
        check_upload(SimpleUploadedFile("bien-ban.docx", PDF))

    assert refused.value.messages == [
        "Phần mở rộng của tệp “bien-ban.docx” không khớp với nội dung (nội dung là PDF)."
    ]


def test_a_zip_that_is_not_office_is_refused():
    with pytest.raises(UploadRefused) as refused:
        check_upload(zipped({"a.txt": "xin chào"}, "tai-lieu.docx"))

    assert refused.value.messages == [
        "Tệp “tai-lieu.docx” là tệp nén nhưng không phải tài liệu Word hoặc Excel."
    ]


def test_real_documents_are_accepted():
    docx = zipped(
        {"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"}, "bc.docx"
    )
    buffer = io.BytesIO()
    Workbook().save(buffer)
    xlsx = SimpleUploadedFile("ds.xlsx", buffer.getvalue())
    png = SimpleUploadedFile("anh.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 20)
    jpeg = SimpleUploadedFile("anh.JPG", b"\xff\xd8\xff\xe0" + b"\0" * 20)

    kinds = [check_upload(f) for f in (pdf(), docx, xlsx, png, jpeg)]

    assert kinds == [FileKind.PDF, FileKind.DOCX, FileKind.XLSX, FileKind.PNG, FileKind.JPEG]


def test_stored_under_a_generated_name_in_media_root(org, province, officer, media_root):
    dossier = make_dossier(org, province, officer)

    attached = dossier_file_add(
        dossier=dossier,
        by=officer,
        upload=pdf("../../etc/tờ trình.pdf"),
        part=DossierPart.SUBMISSION,
    )

    assert attached.original_name == "tờ trình.pdf"
    assert attached.file.name.startswith(f"awards/dossiers/{dossier.pk}/")
    assert len(attached.file.name.rsplit("/", 1)[1]) == len("0" * 32 + ".pdf")
    assert (media_root / attached.file.name).read_bytes() == PDF


def test_upload_view_shows_the_refusal(client_for, org, province, officer):
    dossier = make_dossier(org, province, officer)
    exe = SimpleUploadedFile("to-trinh.pdf", b"MZ\x90\x00" + b"\0" * 100)

    response = client_for(officer).post(
        reverse("awards:file-upload", args=[dossier.pk]), {"part": "to_trinh", "file": exe}
    )

    assert response.status_code == 200
    assert "không phải PDF, Word (.docx)" in response.content.decode()
    assert dossier.files.count() == 0


@pytest.fixture
def attached(org, province, officer, awards):
    dossier, _line = complete_dossier(org, province, officer, awards)
    return dossier.files.get(part=DossierPart.SUBMISSION)


def test_download_is_an_attachment_for_the_proposing_unit(client_for, officer, attached):
    response = client_for(officer).get(reverse("awards:file-download", args=[attached.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="to_trinh.pdf"'
    assert b"".join(response.streaming_content) == PDF


def test_download_is_refused_to_others(
    client, client_for, officer, province_officer, third_officer, attached
):
    url = reverse("awards:file-download", args=[attached.pk])

    anonymous = client.get(url)
    before_sending = client_for(province_officer).get(url)
    dossier_send(dossier=attached.dossier, by=officer)
    after_sending = client_for(province_officer).get(url)
    third = client_for(third_officer).get(url)

    assert anonymous.status_code == 302
    assert before_sending.status_code == 404
    assert after_sending.status_code == 200
    assert third.status_code == 404


def test_media_is_not_served_from_a_public_url(client, attached):
    response = client.get("/media/" + attached.file.name)

    assert response.status_code == 404
