import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from organizations.enums import Role
from plans.enums import PlanStatus
from plans.models import Plan, Task
from tests.factories import OrganizationFactory, member
from tests.factories.plans import draft_plan, issued_plan

pytestmark = pytest.mark.django_db
LOGIN = reverse("accounts:login")


@pytest.fixture
def plan(org, officer):
    return draft_plan(org, officer)


@pytest.fixture
def unit(org):
    return OrganizationFactory(
        name="Phòng Văn hóa - Xã hội", parent=org, level="co_quan", kind="so_phong_ban"
    )


@pytest.fixture
def unit_reporter(unit):
    return member(unit, Role.REPORTER)


def url(name, *args):
    return reverse(f"plans:{name}", args=args)


# ---- access: anonymous, wrong role, right role, other organisation --------------------------

GETS = ["plan-list", "plan-create", "plan-import", "task-board"]


@pytest.mark.parametrize("name", GETS)
def test_anonymous_goes_to_login(name, db):
    response = Client().get(url(name))
    assert response.status_code == 302 and response.url.startswith(LOGIN)


def test_anonymous_plan_detail_goes_to_login(plan):
    response = Client().get(url("plan-detail", plan.pk))
    assert response.status_code == 302 and response.url.startswith(LOGIN)


@pytest.mark.parametrize("name", ["plan-create", "plan-import"])
def test_reporter_cannot_draft(name, reporter, client_for):
    assert client_for(reporter).get(url(name)).status_code == 403


@pytest.mark.parametrize("name", GETS)
def test_officer_sees_pages(name, officer, client_for):
    assert client_for(officer).get(url(name)).status_code == 200


@pytest.mark.parametrize("name", ["plan-detail", "plan-preview"])
def test_other_organisation_gets_404(name, plan, other_officer, client_for):
    assert client_for(other_officer).get(url(name, plan.pk)).status_code == 404


def test_other_organisation_cannot_act_on_plan(plan, other_org, client_for):
    other_leader = member(other_org, Role.LEADER, Role.OFFICER, position="Chủ tịch")
    client = client_for(other_leader)
    assert client.post(url("plan-action", plan.pk, "submit")).status_code == 404
    task = plan.tasks.first()
    assert client.post(url("task-delete", plan.pk, task.pk)).status_code == 404
    assert client.get(url("task-detail", task.pk)).status_code == 404


def test_leader_cannot_edit_draft_content(plan, leader, client_for):
    task = plan.tasks.first()
    response = client_for(leader).post(url("task-update", plan.pk, task.pk), {"content": "x"})
    assert response.status_code == 403


# ---- workflow through the browser's forms ---------------------------------------------------


def test_officer_submits_leader_returns_then_approves_and_issues(
    plan, org, officer, leader, client_for
):
    officer_client, leader_client = client_for(officer), client_for(leader)
    assert (
        leader_client.post(url("plan-action", plan.pk, "approve")).status_code == 403
    )  # not submitted yet
    officer_client.post(url("plan-action", plan.pk, "submit"))
    assert (
        officer_client.post(url("plan-action", plan.pk, "approve")).status_code == 403
    )  # officer cannot
    leader_client.post(url("plan-action", plan.pk, "return"), {"reason": "Thiếu nhiệm vụ quý IV"})
    plan.refresh_from_db()
    assert (plan.status, plan.return_reason) == (PlanStatus.RETURNED, "Thiếu nhiệm vụ quý IV")
    officer_client.post(url("plan-action", plan.pk, "submit"))
    leader_client.post(url("plan-action", plan.pk, "approve"))
    signer = leader.memberships.get(role=Role.LEADER)
    response = leader_client.post(
        url("plan-action", plan.pk, "issue"), {"signer": signer.pk}, follow=True
    )
    plan.refresh_from_db()
    assert (plan.status, plan.number_symbol) == (PlanStatus.ISSUED, "01/KH-UBND")
    assert "Đã ban hành kế hoạch số 01/KH-UBND." in response.content.decode()


def test_unknown_action_is_404(plan, officer, client_for):
    assert client_for(officer).post(url("plan-action", plan.pk, "xoa-het")).status_code == 404


def test_create_from_skeleton(officer, client_for):
    response = client_for(officer).post(
        url("plan-create"), {"source": "skeleton", "year": 2027, "title": ""}
    )
    plan = Plan.objects.get()
    assert response.status_code == 302 and response.url == url("plan-detail", plan.pk)
    assert (plan.title, plan.tasks.count(), plan.sections.count()) == (
        "Công tác thi đua, khen thưởng năm 2027",
        10,
        4,
    )


def test_create_copy_without_previous_keeps_input(officer, client_for):
    response = client_for(officer).post(
        url("plan-create"), {"source": "copy", "year": 2027, "title": "Giữ lại"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Hãy chọn kế hoạch năm trước để sao chép." in html
    assert 'value="Giữ lại"' in html


def test_task_form_errors_keep_what_was_typed(plan, officer, client_for):
    long_text = "Nội dung rất dài. " * 1200
    data = {"content": long_text, "timing_kind": "months", "month_from": 9, "month_to": 3}
    response = client_for(officer).post(url("task-create", plan.pk), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Nội dung quá dài (21599 ký tự, tối đa 20000). Hãy tách thành nhiều nhiệm vụ." in html
    assert "Tháng kết thúc phải sau tháng bắt đầu." in html
    assert "Nội dung rất dài." in html
    assert plan.tasks.count() == 3


def test_task_form_rejects_empty_and_impossible_dates(plan, officer, client_for):
    client = client_for(officer)
    response = client.post(
        url("task-create", plan.pk),
        {"content": "  ", "timing_kind": "date", "deadline": "31/02/2026"},
    )
    html = response.content.decode()
    assert "Nội dung nhiệm vụ không được để trống." in html
    assert "Nhập một ngày hợp lệ." in html
    assert 'value="31/02/2026"' in html


def test_task_with_word_bullets_and_nfd_is_normalised(plan, officer, unit, client_for):
    import unicodedata

    content = unicodedata.normalize("NFD", "Tuyên truyền:\n• Gương người tốt\n– Việc tốt")
    response = client_for(officer).post(
        url("task-create", plan.pk),
        {"content": content, "timing_kind": "quarter", "quarter": 2, "lead_units": [unit.pk]},
    )
    assert response.status_code == 302
    task = plan.tasks.order_by("-order").first()
    assert task.content == "Tuyên truyền:\n- Gương người tốt\n- Việc tốt"
    assert (task.order, task.quarter, [u.name for u in task.lead_units.all()]) == (
        4,
        2,
        ["Phòng Văn hóa - Xã hội"],
    )


def test_task_update_conflict_keeps_typed_text(plan, officer, client_for):
    task = plan.tasks.first()
    client = client_for(officer)
    stale = task.version
    ok = client.post(
        url("task-update", plan.pk, task.pk),
        {"content": "Bản một", "timing_kind": "regular", "version": stale},
    )
    assert ok.status_code == 302
    late = client.post(
        url("task-update", plan.pk, task.pk),
        {"content": "Bản hai", "timing_kind": "regular", "version": stale},
    )
    assert late.status_code == 400
    assert "vừa được người khác lưu trước bạn" in late.content.decode()
    assert "Bản hai" in late.content.decode()
    assert Task.objects.get(pk=task.pk).content == "Bản một"


def test_htmx_task_save_triggers_refresh(plan, officer, client_for):
    response = client_for(officer).post(
        url("task-create", plan.pk),
        {"content": "Qua htmx", "timing_kind": "regular"},
        HTTP_HX_REQUEST="true",
    )
    assert (response.status_code, response["HX-Trigger"]) == (204, "planChanged")


def test_task_move_and_delete_renumber(plan, officer, client_for):
    client = client_for(officer)
    first, second, third = plan.tasks.order_by("order")
    client.post(url("task-move", plan.pk, third.pk, "len"))
    assert list(plan.tasks.order_by("order").values_list("content", flat=True)) == [
        "Nhiệm vụ số 1",
        "Nhiệm vụ số 3",
        "Nhiệm vụ số 2",
    ]
    client.post(url("task-delete", plan.pk, first.pk))
    assert list(plan.tasks.order_by("order").values_list("order", "content")) == [
        (1, "Nhiệm vụ số 3"),
        (2, "Nhiệm vụ số 2"),
    ]


def test_header_update_with_bad_period_keeps_input(plan, officer, client_for):
    data = {
        "title": "Tên mới",
        "year": 2026,
        "place": "Chiềng Ngần",
        "period_start": "01/10/2026",
        "period_end": "01/01/2026",
        "recipients": "- TT. Huyện ủy (b/c);\n- Lưu: VT.",
        "version": plan.version,
    }
    response = client_for(officer).post(url("plan-update", plan.pk), data)
    assert response.status_code == 400
    assert "Thời gian kết thúc phải sau thời gian bắt đầu." in response.content.decode()
    assert 'value="Tên mới"' in response.content.decode()
    data["period_end"] = "31/12/2026"
    client_for(officer).post(url("plan-update", plan.pk), data)
    plan.refresh_from_db()
    assert (plan.title, plan.recipient_lines) == ("Tên mới", ["TT. Huyện ủy (b/c)", "Lưu: VT"])


# ---- progress by the unit's reporter ---------------------------------------------------------


def test_unit_reporter_reports_progress_on_assigned_task(
    org, officer, leader, unit, unit_reporter, client_for
):
    plan = issued_plan(org, officer, leader)
    task = plan.tasks.order_by("order").first()
    task.lead_units.add(unit)
    client = client_for(unit_reporter)
    board = client.get(url("task-board"), {"mine": "on"})
    assert [t.pk for t in board.context["object_list"]] == [task.pk]
    # The unit reads its superior's issued plan, but cannot act on it.
    assert client.get(url("plan-detail", plan.pk)).status_code == 200
    assert client.post(url("plan-action", plan.pk, "close")).status_code == 404
    response = client.post(
        url("task-detail", task.pk), {"unit": unit.pk, "percent": 50, "text": "Đã triển khai"}
    )
    assert response.status_code == 302
    task.refresh_from_db()
    assert (task.percent, task.status) == (50, "in_progress")


def test_reporter_of_another_unit_cannot_report(org, officer, leader, unit, client_for):
    plan = issued_plan(org, officer, leader)
    task = plan.tasks.first()
    sibling = member(OrganizationFactory(parent=org, level="co_quan"), Role.REPORTER)
    stranger = member(OrganizationFactory(), Role.REPORTER)
    task.lead_units.add(unit)
    report = {"percent": 50, "text": "x"}
    # A unit under the commune reads its issued plan's tasks but reports only on its own.
    assert client_for(sibling).post(url("task-detail", task.pk), report).status_code == 403
    assert client_for(stranger).post(url("task-detail", task.pk), report).status_code == 404
    # A reporter of the commune itself sees the task but is not one of its units.
    commune_reporter = member(org, Role.REPORTER)
    assert (
        client_for(commune_reporter)
        .post(url("task-detail", task.pk), {"percent": 50, "text": "x"})
        .status_code
        == 403
    )


def test_evidence_must_be_a_real_document(org, officer, leader, unit, unit_reporter, client_for):
    plan = issued_plan(org, officer, leader)
    task = plan.tasks.first()
    task.co_units.add(unit)
    fake = SimpleUploadedFile(
        "minh-chung.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf"
    )
    response = client_for(unit_reporter).post(
        url("task-detail", task.pk),
        {"unit": unit.pk, "percent": 20, "text": "Có tệp", "evidence": fake},
    )
    assert response.status_code == 400
    assert "không phải PDF, Word (.docx), Excel (.xlsx), PNG hoặc JPEG" in response.content.decode()
    assert task.reports.count() == 0


# ---- lists: search without diacritics, constant queries --------------------------------------


def test_plan_search_with_or_without_diacritics(org, officer, client_for):
    draft_plan(org, officer, tasks=0)
    from plans.services import plan_create

    plan_create(
        organization=org,
        by=officer,
        year=2026,
        title="Phát động thi đua chào mừng Đại hội",
        use_skeleton=False,
    )
    client = client_for(officer)
    for query in ("thi dua chao mung", "thi đua chào mừng", "THI ĐUA CHÀO"):
        titles = [
            p.title for p in client.get(url("plan-list"), {"q": query}).context["object_list"]
        ]
        assert titles == ["Phát động thi đua chào mừng Đại hội"]


def test_superior_issued_plan_is_visible_to_subordinate(org, officer, client_for):
    province = OrganizationFactory(name="UBND tỉnh", level="tinh")
    from organizations.services import organization_update

    organization_update(organization=org, parent=province)
    superior = issued_plan(
        province, member(province, Role.OFFICER), member(province, Role.LEADER, position="Chủ tịch")
    )
    draft_of_superior = draft_plan(province, member(province, Role.OFFICER))
    client = client_for(officer)
    listed = {p.pk for p in client.get(url("plan-list")).context["object_list"]}
    assert superior.pk in listed and draft_of_superior.pk not in listed
    assert client.get(url("plan-detail", draft_of_superior.pk)).status_code == 404
    assert client.get(url("plan-from-superior", superior.pk)).status_code == 200


@pytest.mark.parametrize("rows", [1, 3])
def test_plan_list_queries_are_constant(rows, org, officer, client_for, django_assert_num_queries):
    for _ in range(rows):
        draft_plan(org, officer, tasks=2)
    client = client_for(officer)
    client.get(url("plan-list"))
    # session, user, memberships, years and issuers (filter form), count, page, the unread
    # notifications of the bell, session renewal (3)
    with django_assert_num_queries(11):
        response = client.get(url("plan-list"))
    assert len(response.context["object_list"]) == rows


@pytest.mark.parametrize("rows", [1, 3])
def test_task_board_queries_are_constant(
    rows, org, officer, leader, unit, client_for, django_assert_num_queries
):
    plan = issued_plan(org, officer, leader, tasks=rows)
    for task in plan.tasks.all():
        task.lead_units.add(unit)
        task.co_units.add(org)
    client = client_for(officer)
    client.get(url("task-board"))
    # session, user, memberships, units of the filter, count, page, lead units, co units,
    # bell, session renewal (3)
    with django_assert_num_queries(12):
        response = client.get(url("task-board"))
    assert len(response.context["object_list"]) == rows


# ---- import from the browser -----------------------------------------------------------------


def test_upload_shows_preview_then_saves(officer, client_for):
    from pathlib import Path

    data = (Path(__file__).parent / "data" / "kh-phong-tho-2023.docx").read_bytes()
    client = client_for(officer)
    response = client.post(
        url("plan-import"), {"file": SimpleUploadedFile("kh.docx", data)}, follow=True
    )
    html = response.content.decode()
    assert "Kết quả đọc tệp" in html and "Công tác Thi đua - Khen thưởng năm 2023" in html
    assert Plan.objects.count() == 0
    client.post(url("plan-import-confirm"), {"confirm": "1"})
    plan = Plan.objects.get()
    assert (plan.tasks.count(), plan.status) == (11, PlanStatus.DRAFT)


def test_upload_of_garbage_says_so_and_saves_nothing(officer, client_for):
    response = client_for(officer).post(
        url("plan-import"), {"file": SimpleUploadedFile("kh.docx", b"\x00\x01garbage")}
    )
    assert response.status_code == 200
    assert "không phải" in response.content.decode()
    assert Plan.objects.count() == 0


@pytest.mark.pdf
def test_issued_pdf_is_the_frozen_bytes_for_own_and_subordinate(org, officer, leader, client_for):
    import hashlib

    from documents.models import StoredDocument

    plan = issued_plan(org, officer, leader)
    stored = StoredDocument.objects.get(pk=plan.stored_document_id)
    response = client_for(officer).get(url("plan-download", plan.pk))
    assert response.status_code == 200
    assert response[
        "Content-Disposition"
    ] == 'attachment; filename="ke-hoach-01-KH-UBND-2026.pdf"'.replace("2026", str(plan.year))
    assert response.content.startswith(b"%PDF-")
    assert hashlib.sha256(response.content).hexdigest() == stored.sha256 == plan.pdf_sha256
    unit = OrganizationFactory(parent=org, level="co_quan")
    assert (
        client_for(member(unit, Role.REPORTER)).get(url("plan-download", plan.pk)).content
        == response.content
    )
    assert (
        client_for(member(OrganizationFactory(), Role.OFFICER))
        .get(url("plan-download", plan.pk))
        .status_code
        == 404
    )


def test_task_board_filters_by_unit_and_quarter(org, officer, leader, unit, client_for):
    plan = issued_plan(org, officer, leader, tasks=4)
    first, second, third, fourth = plan.tasks.order_by("order")
    first.lead_units.add(unit)
    third.co_units.add(unit)
    client = client_for(officer)
    by_unit = client.get(url("task-board"), {"unit": unit.pk}).context["object_list"]
    assert [t.content for t in by_unit] == ["Nhiệm vụ số 1", "Nhiệm vụ số 3"]
    by_quarter = client.get(url("task-board"), {"quarter": "2"}).context["object_list"]
    assert [t.content for t in by_quarter] == ["Nhiệm vụ số 2"]
    by_search = client.get(url("task-board"), {"q": "nhiem vu so 4"}).context["object_list"]
    assert [t.content for t in by_search] == ["Nhiệm vụ số 4"]


PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_attachments_are_checked_and_served_only_to_those_who_see_the_plan(
    plan, org, officer, client_for
):
    client = client_for(officer)
    bad = SimpleUploadedFile("phu-luc.pdf", b"MZ not really a pdf")
    response = client.post(url("attachment-create", plan.pk), {"file": bad}, follow=True)
    assert "không phải PDF, Word (.docx), Excel (.xlsx), PNG hoặc JPEG" in response.content.decode()
    assert plan.attachments.count() == 0
    client.post(
        url("attachment-create", plan.pk), {"file": SimpleUploadedFile("Phụ lục 1.pdf", PDF_BYTES)}
    )
    item = plan.attachments.get()
    assert (item.name, item.kind, item.size) == ("Phụ lục 1.pdf", "pdf", len(PDF_BYTES))
    assert not item.file.name.endswith("Phụ lục 1.pdf")  # stored under a generated name
    download = client.get(url("attachment-download", plan.pk, item.pk))
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert b"".join(download.streaming_content) == PDF_BYTES
    assert download["Content-Disposition"].startswith("attachment;")
    other = client_for(member(OrganizationFactory(), Role.OFFICER))
    assert other.get(url("attachment-download", plan.pk, item.pk)).status_code == 404
    assert Client().get(url("attachment-download", plan.pk, item.pk)).status_code == 302


def test_legal_basis_links_a_visible_plan_only(org, officer, leader, client_for):
    issued = issued_plan(org, officer, leader)
    draft = draft_plan(org, officer, tasks=1)
    client = client_for(officer)
    client.post(url("basis-create", draft.pk), {"text": "", "linked_plan": issued.pk})
    basis = draft.legal_bases.get()
    assert basis.linked_plan == issued
    assert (
        basis.text
        == f"Căn cứ Kế hoạch số 01/KH-UBND ngày {issued.issued_on:%d/%m/%Y} của {org.name}"
    )
    stranger_plan = draft_plan(OrganizationFactory(), officer)
    assert (
        client.post(url("basis-create", draft.pk), {"linked_plan": stranger_plan.pk}).status_code
        == 404
    )
    assert draft.legal_bases.count() == 1


# An empty post by the right role: a form with errors (400) or back to the plan with a message.
DRAFT_POSTS = {
    "plan-update": 400,
    "basis-create": 302,
    "section-create": 400,
    "task-create": 400,
    "attachment-create": 302,
}


@pytest.mark.parametrize("name", DRAFT_POSTS)
def test_draft_edits_anonymous_wrong_role_other_org_and_right_role(
    name, plan, reporter, other_officer, officer, client_for
):
    target = url(name, plan.pk)
    anonymous = Client().post(target, {})
    assert anonymous.status_code == 302 and anonymous.url.startswith(LOGIN)
    assert client_for(reporter).post(target, {}).status_code == 403
    assert client_for(other_officer).post(target, {}).status_code == 404
    assert client_for(officer).post(target, {}).status_code == DRAFT_POSTS[name]
    assert (plan.sections.count(), plan.tasks.count(), plan.legal_bases.count()) == (0, 3, 0)


@pytest.mark.pdf
def test_word_export_of_a_draft_renders_in_a_job_once_then_downloads(
    plan, officer, client_for, django_capture_on_commit_callbacks
):
    import io

    import docx

    from documents.models import RenderJob
    from documents.services import render_job_run

    client = client_for(officer)
    with django_capture_on_commit_callbacks(execute=False) as queued:
        response = client.get(url("plan-download", plan.pk), {"format": "docx"})
    job = RenderJob.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("documents:job-detail", args=[job.pk])
    assert (len(queued), job.status, job.fmt) == (1, "queued", "docx")
    render_job_run(job_id=job.pk)
    again = client.get(url("plan-download", plan.pk), {"format": "docx"})
    assert again.url == response.url  # unchanged content: the finished job is served at once
    download = client.get(reverse("documents:job-download", args=[job.pk]))
    content = b"".join(download.streaming_content) if download.streaming else download.content
    document = docx.Document(io.BytesIO(content))
    texts = [p.text for p in document.paragraphs]
    assert "Công tác thi đua, khen thưởng năm 2026" in texts
    assert RenderJob.objects.count() == 1


def test_tasks_of_a_superiors_issued_plan_open_for_the_subordinate(
    org, officer, leader, client_for
):
    plan = issued_plan(org, officer, leader)
    task = plan.tasks.first()
    unit = OrganizationFactory(parent=org, level="co_quan")
    subordinate = client_for(member(unit, Role.OFFICER))
    assert subordinate.get(url("plan-detail", plan.pk)).status_code == 200
    response = subordinate.get(url("task-detail", task.pk))
    assert response.status_code == 200
    assert response.context["can_report"] is False
    assert (
        client_for(member(OrganizationFactory(), Role.OFFICER))
        .get(url("task-detail", task.pk))
        .status_code
        == 404
    )
    # The subordinate's own board is not filled with the superior's tasks.
    assert list(subordinate.get(url("task-board")).context["object_list"]) == []
