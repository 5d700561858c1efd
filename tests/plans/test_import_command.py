import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from plans.enums import PlanStatus
from plans.models import Plan
from tests.factories import OrganizationFactory
from tests.factories.plans import issued_plan

DATA = Path(__file__).parent / "data"
pytestmark = pytest.mark.django_db


def run(*args):
    out = StringIO()
    call_command("import_plan", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def district(db):
    return OrganizationFactory(
        name="UBND quận Cái Răng", slug="cai-rang", level="huyen", place_name="Cái Răng"
    )


@pytest.mark.parametrize("name", ["kh-cai-rang-2020.txt", "kh-cai-rang-2020.docx"])
def test_json_output_of_cai_rang(name, district):
    parsed = json.loads(run(str(DATA / name), "--org", "cai-rang", "--json", "--dry-run"))
    assert (parsed["number"], parsed["symbol"], parsed["place"], parsed["date"]) == (
        "30",
        "KH-UBND",
        "Cái Răng",
        "2020-02-06",
    )
    assert parsed["title"] == "Triển khai công tác thi đua, khen thưởng năm 2020"
    assert [t["quarter"] for t in parsed["tasks"]] == [1] * 7 + [2] * 4 + [3] * 3 + [4]
    assert parsed["tasks"][2]["lead_units"] == [
        "UBND quận",
        "Hội đồng TĐ-KT quận",
        "Phòng Nội vụ quận",
    ]
    assert parsed["signer"] == {
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "position": "CHỦ TỊCH",
        "name": "Lê Thanh Tâm",
    }
    assert parsed["recipients"][0] == "Ban Thi đua - Khen thưởng thành phố"
    assert parsed["recipients"][-1] == "Lưu: VT"
    assert parsed["party"] is False
    assert Plan.objects.count() == 0


@pytest.mark.parametrize("name", ["kh-phong-tho-2023.txt", "kh-phong-tho-2023.docx"])
def test_json_output_of_phong_tho_draft(name, district):
    parsed = json.loads(run(str(DATA / name), "--org", "cai-rang", "--json", "--dry-run"))
    assert (parsed["number"], parsed["date"], parsed["place"]) == (None, None, "Phong Thổ")
    assert len(parsed["tasks"]) == 11
    assert parsed["tasks"][3]["timing"] == "Trong quý I"
    assert parsed["tasks"][10]["timing"] == "Tháng 11, 12"
    assert parsed["tasks"][0]["lead_units"] == ["Phòng Nội vụ"]
    assert parsed["signer"]["name"] == "Trần Bảo Trung"


def test_import_saves_issued_plan_and_reserves_its_number(district):
    output = run(str(DATA / "kh-cai-rang-2020.txt"), "--org", "cai-rang")
    plan = Plan.objects.get()
    assert (
        output.strip()
        == f"Đã lưu kế hoạch #{plan.pk} “Triển khai công tác thi đua, khen thưởng năm 2020” với 15 nhiệm vụ."
    )
    assert (plan.status, plan.number_symbol, plan.issued_on.isoformat()) == (
        PlanStatus.ISSUED,
        "30/KH-UBND",
        "2020-02-06",
    )
    assert plan.tasks.filter(quarter=2).count() == 4
    q4 = plan.tasks.get(order=15)
    assert (q4.timing_kind, q4.quarter, q4.due_date.isoformat()) == ("quarter", 4, "2020-12-31")
    assert (
        plan.tasks.get(order=3).lead_units_text
        == "UBND quận\nHội đồng TĐ-KT quận\nPhòng Nội vụ quận"
    )
    from django.db import transaction

    from plans.services import register_next_number

    with transaction.atomic():
        assert register_next_number(organization=district, year=2020, doc_type="KH") == 31


def test_imported_draft_matches_units_of_the_tree(district):
    OrganizationFactory(name="Phòng Nội vụ", parent=district, level="co_quan", kind="so_phong_ban")
    run(str(DATA / "kh-phong-tho-2023.docx"), "--org", "cai-rang")
    plan = Plan.objects.get()
    assert (plan.status, plan.number, plan.year) == (PlanStatus.DRAFT, None, 2023)
    first = plan.tasks.get(order=1)
    assert [u.name for u in first.lead_units.all()] == ["Phòng Nội vụ"]
    assert first.timing_kind == "regular"
    assert plan.tasks.get(order=6).due_date.isoformat() == "2023-07-31"
    # The tasks stay in their appendix when the plan is printed again.
    from plans.documents import plan_document_data

    assert plan.appendix_title == "NỘI DUNG NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN"
    assert plan_document_data(plan)["appendix_title"] == plan.appendix_title


def test_import_twice_refuses_the_same_number(district):
    run(str(DATA / "kh-cai-rang-2020.txt"), "--org", "cai-rang")
    with pytest.raises(CommandError, match="Số 30/KH-UBND năm 2020 đã có trong hệ thống."):
        run(str(DATA / "kh-cai-rang-2020.docx"), "--org", "cai-rang")
    assert Plan.objects.count() == 1


def test_bad_file_and_unknown_org_give_vietnamese_errors(district, tmp_path):
    bad = tmp_path / "ke-hoach.docx"
    bad.write_bytes(b"this is not a zip")
    with pytest.raises(CommandError, match="không phải"):
        run(str(bad), "--org", "cai-rang")
    with pytest.raises(CommandError, match="Không có cơ quan có mã “khong-co”."):
        run(str(DATA / "kh-cai-rang-2020.txt"), "--org", "khong-co")
    assert Plan.objects.count() == 0


def test_numbering_after_import_continues(district):
    from organizations.enums import Role
    from tests.factories import member

    run(str(DATA / "kh-cai-rang-2020.txt"), "--org", "cai-rang")
    officer, leader = (
        member(district, Role.OFFICER),
        member(district, Role.LEADER, position="Chủ tịch"),
    )
    plan = issued_plan(district, officer, leader)
    from django.utils import timezone

    # The imported 30/2020 belongs to 2020's register; this year's register starts at 01.
    assert (plan.number, plan.issued_on.year) == (1, timezone.localdate().year)
