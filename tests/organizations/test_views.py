import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from organizations.enums import Role
from organizations.models import Organization
from tests.factories import OrganizationFactory, member

LIST = reverse("organizations:organization-list")
CREATE = reverse("organizations:organization-create")
IMPORT = reverse("organizations:organization-import")


def detail(unit):
    return reverse("organizations:organization-detail", args=[unit.pk])


def update(unit):
    return reverse("organizations:organization-update", args=[unit.pk])


@pytest.fixture
def unit(org):
    return OrganizationFactory(
        name="Trường Tiểu học Chiềng Ngần", parent=org, level="co_quan", kind="truong"
    )


# ---- anonymous / wrong role / right role / other organisation -----------------------------


@pytest.mark.parametrize("name", ["list", "create", "import", "detail", "update"])
def test_anonymous_is_sent_to_login(name, unit):
    url = {
        "list": LIST,
        "create": CREATE,
        "import": IMPORT,
        "detail": detail(unit),
        "update": update(unit),
    }[name]
    response = Client().get(url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))


@pytest.mark.parametrize("name", ["create", "import", "update"])
def test_reporter_cannot_manage_units(name, unit, reporter, client_for):
    url = {"create": CREATE, "import": IMPORT, "update": update(unit)}[name]
    response = client_for(reporter).get(url)
    assert response.status_code == 403
    assert "Bạn không có quyền thực hiện thao tác này." in response.content.decode()


@pytest.mark.parametrize("name", ["list", "create", "import", "detail", "update"])
def test_officer_may_manage_units(name, unit, officer, client_for):
    url = {
        "list": LIST,
        "create": CREATE,
        "import": IMPORT,
        "detail": detail(unit),
        "update": update(unit),
    }[name]
    assert client_for(officer).get(url).status_code == 200


@pytest.mark.parametrize("name", ["detail", "update"])
def test_other_organisation_gets_404(name, unit, other_officer, client_for):
    url = {"detail": detail(unit), "update": update(unit)}[name]
    assert client_for(other_officer).get(url).status_code == 404


def test_user_without_membership_gets_403(db, client_for):
    from tests.factories import UserFactory

    response = client_for(UserFactory()).get(LIST)
    assert response.status_code == 403
    assert "chưa được gắn với cơ quan" in response.content.decode()


# ---- list: search, filters, constant queries ----------------------------------------------


def test_list_search_works_without_diacritics(org, unit, officer, client_for):
    OrganizationFactory(name="Bản Nậm Pục", parent=org, level="co_quan", kind="thon")
    client = client_for(officer)
    names = [u.name for u in client.get(LIST, {"q": "tieu hoc chieng"}).context["object_list"]]
    assert names == ["Trường Tiểu học Chiềng Ngần"]
    names = [u.name for u in client.get(LIST, {"q": "Tiểu học"}).context["object_list"]]
    assert names == ["Trường Tiểu học Chiềng Ngần"]
    names = [u.name for u in client.get(LIST, {"kind": "thon"}).context["object_list"]]
    assert names == ["Bản Nậm Pục"]


def test_list_shows_only_own_subtree(org, unit, other_org, officer, client_for):
    OrganizationFactory(name="Trường của xã khác", parent=other_org, level="co_quan")
    names = {u.name for u in client_for(officer).get(LIST).context["object_list"]}
    assert names == {"UBND xã Chiềng Ngần", "Trường Tiểu học Chiềng Ngần"}


@pytest.mark.parametrize("extra", [0, 2])
def test_list_query_count_is_constant(extra, org, officer, client_for, django_assert_num_queries):
    for i in range(extra):
        OrganizationFactory(name=f"Thôn {i}", parent=org, level="co_quan", kind="thon")
    client = client_for(officer)
    client.get(LIST)  # warm the session
    # session, user, memberships (tenancy), count, page of units, the bell, the session renewal
    # (update inside a savepoint: 3 statements)
    with django_assert_num_queries(9):
        response = client.get(LIST)
    assert len(response.context["object_list"]) == 1 + extra


# ---- create / update -----------------------------------------------------------------------


def test_create_unit_keeps_input_on_error_and_normalises_nfc(org, officer, client_for):
    import unicodedata

    client = client_for(officer)
    name = unicodedata.normalize("NFD", "Phòng Văn hóa - Xã hội")
    data = {
        "name": name,
        "parent": org.pk,
        "level": "co_quan",
        "kind": "so_phong_ban",
        "header_name": "PHÒNG VĂN HÓA\nXÃ HỘI\nDÒNG BA",
        "abbreviation": "VHXH",
        "place_name": "Chiềng Ngần",
    }
    response = client.post(CREATE, data)
    assert response.status_code == 200
    assert "Tên in trên văn bản chỉ gồm một hoặc hai dòng." in response.content.decode()
    assert 'value="VHXH"' in response.content.decode()
    data["header_name"] = "phòng văn hóa - xã hội"
    response = client.post(CREATE, data)
    assert response.status_code == 302
    created = Organization.objects.get(abbreviation="VHXH")
    assert created.name == "Phòng Văn hóa - Xã hội"
    assert created.header_name == "PHÒNG VĂN HÓA - XÃ HỘI"
    assert created.path == f"{org.path}{created.pk}/"


def test_update_moves_subtree_paths(org, unit, officer, client_for):
    group = OrganizationFactory(name="Tổ chuyên môn", parent=unit, level="co_quan", kind="khac")
    new_parent = OrganizationFactory(
        name="Phòng Giáo dục", parent=org, level="co_quan", kind="so_phong_ban"
    )
    data = {
        "name": unit.name,
        "parent": new_parent.pk,
        "level": unit.level,
        "kind": unit.kind,
        "header_name": unit.header_name,
        "abbreviation": "TH",
        "place_name": "Chiềng Ngần",
    }
    response = client_for(officer).post(update(unit), data)
    assert response.status_code == 302
    group.refresh_from_db()
    assert group.path == f"{org.path}{new_parent.pk}/{unit.pk}/{group.pk}/"


def test_merged_unit_requires_end_date_and_records_successor(org, unit, officer, client_for):
    successor = OrganizationFactory(
        name="Trường Liên cấp", parent=org, level="co_quan", kind="truong"
    )
    data = {
        "name": unit.name,
        "parent": org.pk,
        "level": unit.level,
        "kind": unit.kind,
        "header_name": unit.header_name,
        "abbreviation": "TH",
        "place_name": "Chiềng Ngần",
        "successor": successor.pk,
    }
    response = client_for(officer).post(update(unit), data)
    assert "Đơn vị có đơn vị kế thừa phải có ngày hết hiệu lực." in response.content.decode()
    data["valid_to"] = "30/06/2025"
    assert client_for(officer).post(update(unit), data).status_code == 302
    unit.refresh_from_db()
    assert (unit.successor, unit.valid_to.isoformat()) == (successor, "2025-06-30")
    page = client_for(officer).get(detail(successor)).content.decode()
    assert "Trường Tiểu học Chiềng Ngần" in page  # listed as a predecessor


# ---- import ---------------------------------------------------------------------------------

HEADER = (
    "Mã,Tên,Mã đơn vị cấp trên,Cấp,Loại,Tên in trên văn bản,Cơ quan chủ quản,Viết tắt,Địa danh\n"
)


def upload(text, name="don-vi.csv"):
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def test_import_reports_errors_by_row_and_writes_nothing(org, officer, client_for):
    body = HEADER + (
        "thon-1,Thôn Một,,co_quan,thon,THÔN MỘT,,T1,Chiềng Ngần\n"
        "thon-2,,,co_quan,thon,THÔN HAI,,T2,Chiềng Ngần\n"
        "thon-3,Thôn Ba,,cap-la,thon,THÔN BA,,T3,Chiềng Ngần\n"
        "thon-4,Thôn Bốn,khong-co,co_quan,thon,THÔN BỐN,,T4,Chiềng Ngần\n"
    )
    before = Organization.objects.count()
    response = client_for(officer).post(IMPORT, {"file": upload(body)})
    assert response.status_code == 200
    assert response.context["report"].errors == [
        (3, "name", "Không được để trống."),
        (4, "level", "Cấp “cap-la” không hợp lệ."),
        (5, "parent", "Không tìm thấy đơn vị cấp trên “khong-co” trong cây của bạn."),
    ]
    assert Organization.objects.count() == before


def test_import_creates_tree_with_labels_without_diacritics(org, officer, client_for):
    body = HEADER + (
        "truong-a,Trường Mầm non A,,Co quan,Truong hoc,TRƯỜNG MẦM NON A,UBND XÃ CHIỀNG NGẦN,MNA,Chiềng Ngần\n"
        "to-a,Tổ chuyên môn A,truong-a,co_quan,khac,TỔ CHUYÊN MÔN A,,TCM,Chiềng Ngần\n"
    )
    response = client_for(officer).post(IMPORT, {"file": upload(body)})
    assert response.status_code == 302
    school = Organization.objects.get(slug="truong-a")
    group = Organization.objects.get(slug="to-a")
    assert (school.parent, school.level, school.kind) == (org, "co_quan", "truong")
    assert group.parent == school
    assert group.path == f"{school.path}{group.pk}/"


def test_import_refuses_non_utf8_csv(org, officer, client_for):
    bad = SimpleUploadedFile("x.csv", HEADER.encode("utf-16"), content_type="text/csv")
    response = client_for(officer).post(IMPORT, {"file": bad})
    assert response.status_code == 200
    assert "Tệp CSV phải được lưu với bảng mã UTF-8." in response.content.decode()


def test_switching_organisation_only_to_own(org, other_org, client_for):
    user = member(org, Role.OFFICER)
    member_of_other = other_org
    client = client_for(user)
    switch = reverse("organizations:switch")
    assert client.post(switch, {"organization": member_of_other.pk}).status_code == 404
    from organizations.models import Membership

    Membership.objects.create(user=user, organization=other_org, role=Role.OFFICER)
    assert client.post(switch, {"organization": other_org.pk}).status_code == 302
    assert client.get(reverse("core:dashboard")).context["current_organization"] == other_org


def test_import_from_xlsx_with_title_rows_is_refused_row_by_row(org, officer, client_for):
    import io

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["DANH SÁCH THÔN, BẢN XÃ CHIỀNG NGẦN"])
    sheet.append([])
    sheet.append(
        [
            "Mã",
            "Tên",
            "Mã đơn vị cấp trên",
            "Cấp",
            "Loại",
            "Tên in trên văn bản",
            "Cơ quan chủ quản",
            "Viết tắt",
            "Địa danh",
        ]
    )
    sheet.append(["ban-a", "Bản A", None, "Cơ quan", "Thôn", "BẢN A", None, "BA", "Chiềng Ngần"])
    sheet.append(["ban-b", "Bản B", None, "Cơ quan", "Thôn", "BẢN B", None, None, "Chiềng Ngần"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    upload = SimpleUploadedFile("don-vi.xlsx", buffer.getvalue())
    response = client_for(officer).post(IMPORT, {"file": upload})
    assert response.context["report"].errors == [(5, "abbreviation", "Không được để trống.")]
    assert not Organization.objects.filter(slug__in=["ban-a", "ban-b"]).exists()
    sheet["H5"] = "BB"
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = client_for(officer).post(
        IMPORT, {"file": SimpleUploadedFile("don-vi.xlsx", buffer.getvalue())}
    )
    assert response.status_code == 302
    assert list(
        Organization.objects.filter(parent=org, kind="thon").values_list("slug", "level")
    ) == [("ban-a", "co_quan"), ("ban-b", "co_quan")]


def test_import_template_reimports_as_is(org, officer, client_for):
    client = client_for(officer)
    template = client.get(reverse("organizations:organization-import-template"))
    assert template["Content-Disposition"] == 'attachment; filename="mau-danh-sach-don-vi.csv"'
    response = client.post(IMPORT, {"file": upload(template.content.decode("utf-8-sig"))})
    assert response.status_code == 302
    created = Organization.objects.get(slug="xa-a")
    assert (created.parent, created.level, created.kind, created.header_name) == (
        org,
        "xa",
        "ubnd",
        "ỦY BAN NHÂN DÂN\nXÃ A",
    )
