import io
from pathlib import Path

import pdfplumber
import pytest
from playwright.sync_api import expect

from organizations.enums import Role
from plans.models import Plan
from tests.conftest import PASSWORD
from tests.e2e.conftest import login, logout
from tests.factories import OrganizationFactory, member

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_officer_drafts_three_tasks_leader_issues_and_pdf_downloads(page, live_server):
    org = OrganizationFactory(
        name="UBND xã Chiềng Ngần",
        header_name="ỦY BAN NHÂN DÂN\nXÃ CHIỀNG NGẦN",
        place_name="Chiềng Ngần",
    )
    officer = member(org, Role.OFFICER, username="chuyenvien")
    leader = member(
        org, Role.LEADER, position="Chủ tịch", username="chutich", full_name="Lò Văn Phúc"
    )

    login(page, live_server, officer.username, PASSWORD)
    page.click("text=Kế hoạch")
    page.click("#new-plan")
    page.check("input[name=source][value=blank]")
    page.fill("input[name=title]", "Công tác thi đua, khen thưởng năm 2026")
    page.click("[name=create]")
    page.wait_for_selector("#task-table")
    plan = Plan.objects.get()

    tasks = [
        ("Ban hành kế hoạch công tác thi đua năm 2026", "1"),
        ("Sơ kết công tác thi đua 6 tháng đầu năm", "2"),
        ("Tổng kết, bình xét khen thưởng cuối năm", "4"),
    ]
    for index, (content, quarter) in enumerate(tasks, start=1):
        form = page.locator("form.task-form").last
        form.locator("textarea[name=content]").fill(content)
        form.locator("select[name=timing_kind]").select_option("quarter")
        form.locator("select[name=quarter]").select_option(quarter)
        form.locator("button[name=save-task]").click()
        expect(page.locator("#task-table tr.task-row")).to_have_count(index)
    assert list(plan.tasks.order_by("order").values_list("content", "quarter")) == [
        (c, int(q)) for c, q in tasks
    ]
    page.wait_for_selector("#preview table")  # the live preview shows the task table
    page.click("#action-submit")
    page.wait_for_selector("text=Đã trình kế hoạch lên lãnh đạo.")
    logout(page)

    login(page, live_server, leader.username, PASSWORD)
    page.goto(f"{live_server.url}/ke-hoach/{plan.pk}/")
    page.click("#action-approve")
    page.wait_for_selector("#issue-form")
    page.locator("#issue-form select[name=signer]").select_option(index=1)
    page.click("#action-issue")
    page.wait_for_selector("#plan-number")
    assert page.inner_text("#plan-number") == "Số: 01/KH-UBND"

    with page.expect_download() as download_info:
        page.click("#download-pdf")
    download = download_info.value
    content = Path(download.path()).read_bytes()
    assert content.startswith(b"%PDF-")
    with pdfplumber.open(io.BytesIO(content)) as pdf:
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
    assert "Số: 01/KH-UBND" in text
    # The task table, grouped by quarter, with the timing column (cells wrap onto a new line).
    assert "QUÝ I\n1 Ban hành kế hoạch công tác thi đua Quý I\nnăm 2026\n" in text
    assert "QUÝ II\n2 Sơ kết công tác thi đua 6 tháng đầu Quý II\nnăm\n" in text
    assert "QUÝ IV\n3 Tổng kết, bình xét khen thưởng cuối Quý IV\nnăm\n" in text
    assert "Lò Văn Phúc" in text
