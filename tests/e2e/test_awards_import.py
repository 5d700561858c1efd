import pytest
from django.urls import reverse
from playwright.sync_api import expect

from awards.models import DossierNominee
from organizations.enums import Level, Role
from tests.awards.conftest import make_dossier
from tests.awards.test_importing import EXPECTED_ERRORS, messy_list
from tests.conftest import PASSWORD
from tests.e2e.conftest import login
from tests.factories import OrganizationFactory, member

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_officer_imports_a_messy_excel_list_sees_errors_and_keeps_the_valid_rows(
    page, live_server, tmp_path
):
    province = OrganizationFactory(
        name="UBND tỉnh Lai Châu", level=Level.PROVINCE, place_name="Lai Châu"
    )
    commune = OrganizationFactory(name="UBND xã Chiềng Ngần", place_name="Chiềng Ngần")
    officer = member(commune, Role.OFFICER, username="chuyenvien")
    dossier = make_dossier(commune, province, officer)
    excel = tmp_path / "danh-sach.xlsx"
    excel.write_bytes(messy_list())

    login(page, live_server, officer.username, PASSWORD)
    page.goto(live_server.url + reverse("awards:dossier-import", args=[dossier.pk]))
    page.set_input_files("input[name=file]", str(excel))
    page.click("text=Kiểm tra danh sách")
    errors = page.locator("#import-errors tbody tr")
    expect(errors).to_have_count(len(EXPECTED_ERRORS))
    assert [r.split("\t") for r in errors.all_inner_texts()] == [
        [str(a), b, c] for a, b, c in EXPECTED_ERRORS
    ]
    assert DossierNominee.objects.count() == 0  # nothing written before confirmation

    page.check("input[name=accept_valid]")
    page.click("text=Nhập vào hồ sơ")
    page.wait_for_url(live_server.url + reverse("awards:dossier-detail", args=[dossier.pk]))
    names = sorted(
        DossierNominee.objects.filter(dossier=dossier).values_list("person__full_name", flat=True)
    )
    assert names == ["Lò Văn Tâm", "Nguyễn Thị Lan", "Quàng Văn Minh"]
    for name in names:
        expect(page.get_by_text(name).first).to_be_visible()
