"""Excel lists: title rows, merged cells, NFD text, blank rows, bad dates; preview → confirm."""

import io
import unicodedata
from datetime import date, datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from awards.models import DossierNominee, ImportBatch, Person
from awards.services import dossier_add_nominee, dossier_import_confirm, dossier_import_preview
from awards.spreadsheets import INDIVIDUAL_COLUMNS

from .conftest import make_dossier, make_person, xlsx_bytes

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def nfd(text):
    return unicodedata.normalize("NFD", text)


def messy_list():
    """A list as units send them: two merged title rows, a blank row, then the header on row 4
    with NFD and unaccented headings; a unit cell merged over two people; blank rows inside."""
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "UBND XÃ CHIỀNG NGẦN"
    sheet.merge_cells("A1:D1")
    sheet["A2"] = nfd("DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024")
    sheet.merge_cells("A2:H2")
    sheet.append([])
    sheet.append(
        [
            "STT",
            nfd("Họ và tên"),
            "Gioi tinh",
            "Ngày sinh (dd/mm/yyyy)",
            "Chuc vu",
            nfd("Đơn vị công tác"),
            "Danh hiệu đề nghị",
            "Số CCCD",
        ]
    )
    rows = [
        (
            1,
            nfd("Nguyễn Thị Lan"),
            "Nữ",
            "12/03/1985",
            "Giáo viên",
            nfd("UBND xã Chiềng Ngần"),
            nfd("Lao động tiên tiến"),
            "001185000123",
        ),
        (
            2,
            "Lò Văn Tâm",
            "Nam",
            datetime(1990, 1, 2),
            "Kế toán",
            "UBND xã Chiềng Ngần",
            "Chiến sĩ thi đua cơ sở",
            None,
        ),
        (3, "Lường Thị Hoa", "nu", "31/02/1988", "Văn thư", None, "LĐTT", None),
        (None,) * 8,
        (4, None, "Nam", "01/01/1980", None, None, "Lao động tiên tiến", None),
        (5, "Hà Văn Bình", "Nam", "1/13/1975", None, None, "Huân chương Sao Vàng", "12345"),
        (6, "Quàng Văn Minh", "Nam", 32874, None, None, "chien si thi dua cap tinh", None),
    ]
    for row in rows:
        sheet.append(list(row))
    sheet.merge_cells("F6:F7")
    sheet.append([7])  # only a number in STT: a blank row
    return xlsx_bytes(book)


EXPECTED_ERRORS = [
    [7, "Ngày sinh", "Ngày sinh “31/02/1988” không hợp lệ (ghi theo dạng dd/mm/yyyy)."],
    [9, "Họ và tên", "Thiếu họ và tên."],
    [10, "Ngày sinh", "Ngày sinh “1/13/1975” không hợp lệ (ghi theo dạng dd/mm/yyyy)."],
    [
        10,
        "Danh hiệu/Hình thức đề nghị",
        "Không có danh hiệu/hình thức “Huân chương Sao Vàng” trong danh mục.",
    ],
    [10, "Số CCCD", "Số CCCD “12345” phải gồm đúng 12 chữ số."],
]


def upload(data, name="danh-sach.xlsx"):
    return SimpleUploadedFile(name, data, content_type=XLSX)


@pytest.fixture
def dossier(org, province, officer):
    return make_dossier(org, province, officer)


def test_preview_reports_every_error_by_row_and_column_and_writes_nothing(dossier, officer):
    batch = dossier_import_preview(dossier=dossier, by=officer, upload=upload(messy_list()))

    assert batch.errors == EXPECTED_ERRORS
    assert batch.total_rows == 6
    assert [r["row"] for r in batch.rows] == [5, 6, 11]
    assert DossierNominee.objects.filter(dossier=dossier).count() == 0
    assert Person.objects.count() == 0


def test_preview_reads_merged_cells_nfd_text_and_excel_dates(dossier, officer, org, awards):
    batch = dossier_import_preview(dossier=dossier, by=officer, upload=upload(messy_list()))

    first, second, third = batch.rows
    assert first["full_name"] == "Nguyễn Thị Lan"
    assert unicodedata.is_normalized("NFC", first["full_name"])
    assert first["gender"] == "nu"
    assert first["birth_date"] == "1985-03-12"
    assert first["award_id"] == awards["LDTT"].pk
    assert second["birth_date"] == "1990-01-02"
    assert second["unit_id"] == org.pk  # from the cell merged over rows 6 and 7
    assert third["birth_date"] == "1990-01-01"  # Excel serial number 32874
    assert third["award_id"] == awards["CSTD_TINH"].pk  # heading matched without diacritics


def test_confirm_with_errors_is_refused_unless_valid_rows_are_accepted(dossier, officer):
    batch = dossier_import_preview(dossier=dossier, by=officer, upload=upload(messy_list()))

    with pytest.raises(ValidationError) as refused:
        dossier_import_confirm(batch=batch, by=officer)
    assert refused.value.messages == [
        "Danh sách còn 5 lỗi: sửa tệp rồi tải lên lại, hoặc chọn chỉ nhập các dòng hợp lệ."
    ]
    assert dossier.lines.count() == 0

    added = dossier_import_confirm(batch=batch, by=officer, accept_valid=True)

    assert added == 3
    assert [
        (line.person.full_name, line.award.code, line.position) for line in dossier.lines.all()
    ] == [
        ("Nguyễn Thị Lan", "LDTT", 1),
        ("Lò Văn Tâm", "CSTDCS", 2),
        ("Quàng Văn Minh", "CSTD_TINH", 3),
    ]
    lan = Person.objects.get(national_id="001185000123")
    assert (lan.birth_date, lan.position, lan.name_key) == (
        date(1985, 3, 12),
        "Giáo viên",
        "nguyen thi lan",
    )
    assert not ImportBatch.objects.filter(pk=batch.pk).exists()


def test_import_matches_existing_person_and_refuses_one_already_in_the_dossier(
    dossier, officer, org, awards
):
    lan = make_person(org, national_id="001185000123")
    dossier_add_nominee(dossier=dossier, by=officer, award=awards["LDTT"], person=lan)
    batch = dossier_import_preview(dossier=dossier, by=officer, upload=upload(messy_list()))

    assert [5, "Họ và tên", "Đã có trong danh sách đề nghị của hồ sơ."] in batch.errors
    assert [r["row"] for r in batch.rows] == [6, 11]


def test_header_not_found_is_reported(dossier, officer):
    book = Workbook()
    book.active.append(["Cột A", "Cột B"])
    batch = dossier_import_preview(dossier=dossier, by=officer, upload=upload(xlsx_bytes(book)))

    assert batch.errors == [
        [0, "", "Không tìm thấy dòng tiêu đề có cột “Họ và tên” trong 20 dòng đầu."]
    ]


def test_export_then_import_round_trips_through_our_template(
    client_for, org, province, officer, awards
):
    source = make_dossier(org, province, officer)
    for name, code in (("Nguyễn Thị Lan", "LDTT"), ("Lò Văn Tâm", "CSTDCS")):
        person = make_person(org, name, national_id="0011850001" + str(len(name)).zfill(2))
        dossier_add_nominee(dossier=source, by=officer, award=awards[code], person=person)
    response = client_for(officer).get(reverse("awards:dossier-export", args=[source.pk]))
    target = make_dossier(org, province, officer, title="Hồ sơ khác")

    batch = dossier_import_preview(dossier=target, by=officer, upload=upload(response.content))

    assert (
        response["Content-Disposition"]
        == f'attachment; filename="danh-sach-de-nghi-{source.pk}.xlsx"'
    )
    assert batch.errors == []
    assert [(r["full_name"], r["existing_id"] is not None) for r in batch.rows] == [
        ("Nguyễn Thị Lan", True),
        ("Lò Văn Tâm", True),
    ]


def test_template_download_is_a_styled_workbook_with_our_headings(client_for, officer):
    response = client_for(officer).get(reverse("awards:nominee-template"))

    sheet = load_workbook(io.BytesIO(response.content)).active
    assert response.status_code == 200
    assert response["Content-Type"] == XLSX
    assert sheet["A1"].value == "DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG"
    assert [c.value for c in sheet[4]] == [c.label for c in INDIVIDUAL_COLUMNS]
    assert sheet["B4"].font.bold is True


def test_two_step_import_through_the_views(client_for, officer, dossier):
    client = client_for(officer)

    response = client.post(
        reverse("awards:dossier-import", args=[dossier.pk]),
        {"kind": "individual", "file": upload(messy_list())},
    )
    batch = ImportBatch.objects.get(dossier=dossier)
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "awards:dossier-import-confirm", args=[dossier.pk, batch.pk]
    )

    preview = client.get(response["Location"])
    assert "Số CCCD “12345” phải gồm đúng 12 chữ số." in preview.content.decode()
    assert dossier.lines.count() == 0

    refused = client.post(response["Location"], {})
    assert refused.status_code == 200
    assert dossier.lines.count() == 0

    accepted = client.post(response["Location"], {"accept_valid": "on"})
    assert accepted.status_code == 302
    assert dossier.lines.count() == 3


def test_import_batch_of_another_user_is_not_found(client_for, officer, leader, dossier):
    batch = dossier_import_preview(dossier=dossier, by=officer, upload=upload(messy_list()))

    response = client_for(leader).get(
        reverse("awards:dossier-import-confirm", args=[dossier.pk, batch.pk])
    )

    assert response.status_code == 404
