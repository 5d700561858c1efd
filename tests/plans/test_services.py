from datetime import date

import pytest
from django.utils import timezone

from organizations.enums import Kind, Role
from plans.enums import PlanStatus, TaskStatus
from plans.models import Plan, Task
from plans.services import (
    PlanConflictError,
    PlanStateError,
    plan_copy_from_previous,
    plan_create,
    plan_create_from_superior,
    plan_return,
    plan_submit,
    plan_update,
    progress_report_create,
    register_next_number,
    task_save,
)
from plans.services.lifecycle import signing_block
from tests.factories import OrganizationFactory, member
from tests.factories.plans import draft_plan, issued_plan

pytestmark = pytest.mark.django_db


def test_issue_gives_number_symbol_date_and_signer(org, officer, leader):
    plan = issued_plan(org, officer, leader)
    assert plan.status == PlanStatus.ISSUED
    assert (plan.number, plan.symbol, plan.number_symbol) == (1, "KH-UBND", "01/KH-UBND")
    assert plan.issued_on == timezone.localdate()
    assert (plan.signer_authority, plan.signer_position, plan.signer_name) == (
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Lò Văn Phúc",
    )
    assert list(plan.events.values_list("to_status", flat=True)) == [
        "draft",
        "submitted",
        "approved",
        "issued",
    ]


def test_numbers_follow_the_register_and_restart_each_year(org, officer, leader):
    first = issued_plan(org, officer, leader)
    second = issued_plan(org, officer, leader)
    assert (first.number, second.number) == (1, 2)
    from django.db import transaction

    with transaction.atomic():
        assert (
            register_next_number(organization=org, year=first.issued_on.year + 1, doc_type="KH")
            == 1
        )
        assert register_next_number(organization=org, year=first.issued_on.year, doc_type="QĐ") == 1


def test_shared_register_numbers_all_types_together(org, officer, leader):
    from django.db import transaction

    org.shared_register = True
    org.save()
    with transaction.atomic():
        assert register_next_number(organization=org, year=2026, doc_type="QĐ") == 1
    assert issued_plan(org, officer, leader).number == 2


def test_party_plan_symbol_and_signing_block(db):
    party = OrganizationFactory(
        name="Đảng ủy xã Mường Lay",
        kind=Kind.PARTY_COMMITTEE,
        abbreviation="ĐU",
        header_name="ĐẢNG ỦY XÃ MƯỜNG LAY",
    )
    officer = member(party, Role.OFFICER)
    secretary = member(party, Role.LEADER, position="Phó Bí thư", full_name="Lường Văn Hùng")
    plan = issued_plan(party, officer, secretary)
    assert (plan.symbol, plan.number_symbol) == ("KH/ĐU", "01-KH/ĐU")
    assert (plan.signer_authority, plan.signer_position) == ("K/T BÍ THƯ", "PHÓ BÍ THƯ")


@pytest.mark.parametrize(
    ("kind", "header", "position", "expected"),
    [
        ("ubnd", "ỦY BAN NHÂN DÂN\nXÃ A", "Chủ tịch", ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")),
        ("ubnd", "ỦY BAN NHÂN DÂN\nXÃ A", "Phó Chủ tịch", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")),
        ("dang_uy", "BAN THƯỜNG VỤ", "Bí thư", ("T/M BAN THƯỜNG VỤ", "BÍ THƯ")),
        ("so_phong_ban", "SỞ NỘI VỤ", "Giám đốc", ("", "GIÁM ĐỐC")),
        ("so_phong_ban", "SỞ NỘI VỤ", "Phó Giám đốc", ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")),
    ],
)
def test_signing_block(kind, header, position, expected):
    from organizations.models import Organization

    assert (
        signing_block(organization=Organization(kind=kind, header_name=header), position=position)
        == expected
    )


def test_issued_plan_cannot_be_edited(org, officer, leader):
    plan = issued_plan(org, officer, leader)
    with pytest.raises(PlanStateError, match="không thể sửa"):
        plan_update(plan=plan, by=officer, expected_version=plan.version, title="Khác")
    with pytest.raises(PlanStateError):
        task_save(plan=plan, by=officer, content="Thêm", timing_kind="regular")


def test_two_officers_saving_the_same_draft_conflict(org, officer):
    plan = draft_plan(org, officer)
    loaded = plan.version
    plan_update(plan=plan, by=officer, expected_version=loaded, title="Bản của người thứ nhất")
    with pytest.raises(PlanConflictError, match="vừa được người khác lưu trước bạn"):
        plan_update(plan=plan, by=officer, expected_version=loaded, title="Bản của người thứ hai")
    assert Plan.objects.get(pk=plan.pk).title == "Bản của người thứ nhất"


def test_return_needs_a_reason_and_reopens_editing(org, officer, leader):
    plan = draft_plan(org, officer)
    plan_submit(plan=plan, by=officer)
    with pytest.raises(PlanStateError, match="Cần ghi lý do"):
        plan_return(plan=plan, by=leader, reason="  ")
    returned = plan_return(plan=plan, by=leader, reason="Bổ sung nhiệm vụ quý IV")
    assert (returned.status, returned.return_reason) == (
        PlanStatus.RETURNED,
        "Bổ sung nhiệm vụ quý IV",
    )
    plan_update(plan=returned, by=officer, expected_version=returned.version, title="Đã sửa")


def test_empty_plan_cannot_be_submitted(org, officer):
    plan = plan_create(organization=org, by=officer, year=2026, use_skeleton=False)
    with pytest.raises(PlanStateError, match="chưa có nội dung"):
        plan_submit(plan=plan, by=officer)


@pytest.mark.parametrize(
    ("fields", "due"),
    [
        ({"timing_kind": "quarter", "quarter": 2}, date(2026, 6, 30)),
        ({"timing_kind": "months", "month_from": 5, "month_to": 7}, date(2026, 7, 31)),
        ({"timing_kind": "months", "month_from": 2}, date(2026, 2, 28)),
        ({"timing_kind": "date", "deadline": date(2026, 3, 30)}, date(2026, 3, 30)),
        ({"timing_kind": "regular"}, date(2026, 12, 31)),
    ],
)
def test_due_date_is_computed_from_the_time_window(fields, due, org, officer):
    plan = draft_plan(org, officer, tasks=0)
    task = task_save(plan=plan, by=officer, content="Việc", **fields)
    assert task.due_date == due


def test_skeleton_has_four_sections_and_the_yearly_calendar(org, officer):
    plan = plan_create(organization=org, by=officer, year=2027)
    assert list(plan.sections.values_list("heading", flat=True)) == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN",
        "III. GIẢI PHÁP",
        "IV. TỔ CHỨC THỰC HIỆN",
    ]
    tasks = list(plan.tasks.order_by("order"))
    assert len(tasks) == 10
    assert (
        tasks[1].content
        == "Tổng kết công tác thi đua, khen thưởng năm 2026; phát động phong trào thi đua năm 2027."
    )
    assert tasks[4].due_date == date(2027, 7, 31)


def test_copy_from_previous_moves_years_on(org, officer):
    previous = draft_plan(org, officer, year=2025, tasks=0)
    task_save(
        plan=previous,
        by=officer,
        content="Tổng kết năm 2024, hướng dẫn năm học 2024-2025",
        timing_kind="date",
        deadline=date(2025, 12, 10),
    )
    copy = plan_copy_from_previous(organization=org, by=officer, previous=previous, year=2026)
    task = copy.tasks.get()
    assert copy.title == "Công tác thi đua, khen thưởng năm 2026"
    assert task.content == "Tổng kết năm 2025, hướng dẫn năm học 2025-2026"
    assert (task.deadline, task.due_date) == (date(2026, 12, 10), date(2026, 12, 10))
    assert copy.copied_from == previous


def test_plan_from_superior_keeps_link_and_picked_tasks(org, officer, leader):
    province = OrganizationFactory(name="UBND tỉnh Lai Châu", level="tinh")
    org.parent = province
    org.save()
    from organizations.services import organization_update

    organization_update(organization=org, parent=province)
    superior = issued_plan(
        province,
        member(province, Role.OFFICER),
        member(province, Role.LEADER, position="Chủ tịch"),
        tasks=4,
    )
    picked = list(superior.tasks.order_by("order"))[1:3]
    plan = plan_create_from_superior(
        organization=org, by=officer, superior_plan=superior, tasks=picked
    )
    basis = plan.legal_bases.get()
    assert basis.linked_plan == superior
    assert basis.text.startswith(
        f"Thực hiện Kế hoạch số 01/KH-UBND ngày {superior.issued_on:%d/%m/%Y} của UBND tỉnh Lai Châu"
    )
    assert [t.source_task_id for t in plan.tasks.order_by("order")] == [t.pk for t in picked]
    assert [t.content for t in plan.tasks.order_by("order")] == ["Nhiệm vụ số 2", "Nhiệm vụ số 3"]


def test_progress_report_updates_task_and_starts_plan(org, officer, leader, reporter):
    plan = issued_plan(org, officer, leader)
    task = plan.tasks.order_by("order").first()
    with pytest.raises(PlanStateError, match="cần có ngày hoàn thành"):
        progress_report_create(task=task, organization=org, by=reporter, percent=100, text="Xong")
    progress_report_create(task=task, organization=org, by=reporter, percent=40, text="Đang làm")
    task.refresh_from_db()
    assert (task.status, task.percent) == (TaskStatus.IN_PROGRESS, 40)
    assert Plan.objects.get(pk=plan.pk).status == PlanStatus.IN_PROGRESS
    progress_report_create(
        task=task,
        organization=org,
        by=reporter,
        percent=100,
        text="Xong",
        completed_on=date(2026, 3, 1),
    )
    task.refresh_from_db()
    assert (task.status, task.completed_on) == (TaskStatus.DONE, date(2026, 3, 1))
    assert list(task.reports.values_list("percent", flat=True)) == [100, 40]


def test_progress_cannot_be_reported_on_a_draft(org, officer, reporter):
    task = draft_plan(org, officer).tasks.first()
    with pytest.raises(PlanStateError, match="đã ban hành"):
        progress_report_create(task=task, organization=org, by=reporter, percent=10, text="…")


def test_task_text_is_stored_nfc(org, officer):
    import unicodedata

    plan = draft_plan(org, officer, tasks=0)
    task = task_save(
        plan=plan,
        by=officer,
        content=unicodedata.normalize("NFD", "Khen thưởng đột xuất"),
        timing_kind="regular",
    )
    assert Task.objects.get(pk=task.pk).content == "Khen thưởng đột xuất"


def test_issue_creates_a_reminder_obligation_per_task_and_done_closes_it(
    org, officer, leader, reporter
):
    from notifications.models import Obligation

    plan = issued_plan(org, officer, leader, tasks=2)
    obligations = Obligation.objects.filter(organization=org).order_by("due_date")
    assert [(o.kind, o.due_date, o.title) for o in obligations] == [
        ("plan_task", date(plan.year, 3, 31), "01/KH-UBND: Nhiệm vụ số 1"),
        ("plan_task", date(plan.year, 6, 30), "01/KH-UBND: Nhiệm vụ số 2"),
    ]
    first = plan.tasks.get(order=1)
    progress_report_create(
        task=first,
        organization=org,
        by=reporter,
        percent=100,
        text="Xong",
        completed_on=date(2026, 3, 1),
    )
    statuses = dict(Obligation.objects.values_list("object_id", "status"))
    assert statuses == {str(first.pk): "done", str(plan.tasks.get(order=2).pk): "open"}
