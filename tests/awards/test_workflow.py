"""The dossier workflow: state guards, public posting, completeness, the event log."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from awards.enums import DossierPart, DossierStatus
from awards.selectors import dossier_completeness
from awards.services import (
    dossier_add_nominee,
    dossier_file_add,
    dossier_post_publicly,
    dossier_receive,
    dossier_return,
    dossier_send,
    dossier_start_appraisal,
    dossier_submit_to_council,
)

from .conftest import complete_dossier, make_dossier, make_person, pdf


def test_completeness_lists_missing_parts_per_proposed_form(org, province, officer, awards):
    dossier = make_dossier(org, province, officer)
    lan = make_person(org, "Nguyễn Thị Lan")
    tam = make_person(org, "Lò Văn Tâm")
    dossier_add_nominee(dossier=dossier, by=officer, award=awards["LDTT"], person=lan)
    line = dossier_add_nominee(dossier=dossier, by=officer, award=awards["CSTDCS"], person=tam)
    dossier_file_add(dossier=dossier, by=officer, upload=pdf(), part=DossierPart.SUBMISSION)

    before = [m for form in dossier_completeness(dossier=dossier) for m in form.messages()]
    dossier_file_add(dossier=dossier, by=officer, upload=pdf("bb.pdf"), part=DossierPart.MINUTES)
    dossier_file_add(
        dossier=dossier, by=officer, upload=pdf("bc.pdf"), part=DossierPart.REPORT, line=line
    )
    after = [m for form in dossier_completeness(dossier=dossier) for m in form.messages()]

    assert before == [
        "Lao động tiên tiến: thiếu Biên bản họp Hội đồng TĐKT",
        "Chiến sĩ thi đua cơ sở: thiếu Biên bản họp Hội đồng TĐKT",
        "Chiến sĩ thi đua cơ sở — Lò Văn Tâm: thiếu Báo cáo thành tích",
    ]
    assert after == []


def test_incomplete_dossier_cannot_be_sent(org, province, officer, awards):
    dossier = make_dossier(org, province, officer)
    dossier_add_nominee(dossier=dossier, by=officer, award=awards["LDTT"], person=make_person(org))

    with pytest.raises(ValidationError) as refused:
        dossier_send(dossier=dossier, by=officer)

    assert refused.value.messages == [
        "Hồ sơ chưa đầy đủ:",
        "Lao động tiên tiến: thiếu Tờ trình đề nghị khen thưởng, Biên bản họp Hội đồng TĐKT",
    ]
    dossier.refresh_from_db()
    assert dossier.status == DossierStatus.DRAFT


def test_empty_dossier_cannot_be_sent(org, province, officer):
    dossier = make_dossier(org, province, officer)

    with pytest.raises(ValidationError) as refused:
        dossier_send(dossier=dossier, by=officer)

    assert refused.value.messages == ["Danh sách đề nghị chưa có ai."]


def test_sending_before_the_public_posting_ends_is_refused(org, province, officer, awards):
    dossier, _line = complete_dossier(org, province, officer, awards)
    dossier = dossier_post_publicly(
        dossier=dossier, by=officer, starts_on=date(2024, 12, 1), days=5
    )

    with pytest.raises(ValidationError) as refused:
        dossier_send(dossier=dossier, by=officer, on=date(2024, 12, 5))
    sent = dossier_send(dossier=dossier, by=officer, on=date(2024, 12, 6))

    assert (dossier.posted_from, dossier.posted_until) == (date(2024, 12, 1), date(2024, 12, 5))
    assert refused.value.messages == [
        "Chưa hết thời gian niêm yết công khai danh sách đề nghị (đến hết ngày 05/12/2024); "
        "chưa thể gửi hồ sơ."
    ]
    assert sent.status == DossierStatus.SENT


def test_posting_uses_the_configured_number_of_days(settings, org, province, officer, awards):
    settings.AWARDS_PUBLIC_POSTING_DAYS = 7
    dossier, _line = complete_dossier(org, province, officer, awards)

    dossier = dossier_post_publicly(dossier=dossier, by=officer)

    today = timezone.localdate()
    assert (dossier.posted_from, dossier.posted_until) == (today, today + timedelta(days=6))
    assert dossier.status == DossierStatus.POSTING


def test_every_step_is_logged_with_who_from_and_to(
    org, province, officer, province_officer, awards
):
    dossier, _line = complete_dossier(org, province, officer, awards)
    dossier = dossier_send(dossier=dossier, by=officer)
    dossier = dossier_return(dossier=dossier, by=province_officer, reason="Thiếu chữ ký")
    dossier = dossier_send(dossier=dossier, by=officer)
    dossier = dossier_receive(dossier=dossier, by=province_officer)
    dossier = dossier_start_appraisal(dossier=dossier, by=province_officer)
    dossier = dossier_submit_to_council(dossier=dossier, by=province_officer, notes="Đủ điều kiện")

    events = [
        (e.action, e.actor_id, e.from_status, e.to_status, e.note) for e in dossier.events.all()
    ]
    assert events == [
        ("create", officer.pk, "", "draft", ""),
        ("send", officer.pk, "draft", "sent", ""),
        ("return", province_officer.pk, "sent", "returned", "Thiếu chữ ký"),
        ("send", officer.pk, "returned", "sent", ""),
        ("receive", province_officer.pk, "sent", "received", ""),
        ("appraise", province_officer.pk, "received", "appraising", ""),
        ("to_council", province_officer.pk, "appraising", "awaiting_council", "Đủ điều kiện"),
    ]
    assert dossier.status == DossierStatus.AWAITING_COUNCIL
    assert dossier.appraisal_notes == "Đủ điều kiện"


def test_state_guards_refuse_steps_out_of_order(org, province, officer, province_officer, awards):
    dossier, _line = complete_dossier(org, province, officer, awards)

    with pytest.raises(ValidationError) as early:
        dossier_receive(dossier=dossier, by=province_officer)
    sent = dossier_send(dossier=dossier, by=officer)
    with pytest.raises(ValidationError) as twice:
        dossier_send(dossier=sent, by=officer)
    with pytest.raises(ValidationError) as no_reason:
        dossier_return(dossier=sent, by=province_officer, reason="  ")
    with pytest.raises(ValidationError) as no_notes:
        dossier_submit_to_council(dossier=sent, by=province_officer, notes="x")

    assert early.value.messages == [
        "Không thể tiếp nhận hồ sơ: hồ sơ đang ở trạng thái “Đang soạn”."
    ]
    assert twice.value.messages == [
        "Không thể gửi hồ sơ: hồ sơ đang ở trạng thái “Đã gửi cấp trên”."
    ]
    assert no_reason.value.messages == ["Phải ghi lý do trả lại hồ sơ."]
    assert no_notes.value.messages == [
        "Không thể trình Hội đồng: hồ sơ đang ở trạng thái “Đã gửi cấp trên”."
    ]


def test_sent_dossier_cannot_be_changed(org, province, officer, awards):
    dossier, _line = complete_dossier(org, province, officer, awards)
    dossier = dossier_send(dossier=dossier, by=officer)

    with pytest.raises(ValidationError) as refused:
        dossier_add_nominee(
            dossier=dossier, by=officer, award=awards["LDTT"], person=make_person(org, "Khác")
        )
    with pytest.raises(ValidationError) as no_file:
        dossier_file_add(dossier=dossier, by=officer, upload=pdf(), part=DossierPart.EVIDENCE)

    assert refused.value.messages == [
        "Không thể thêm người được đề nghị: hồ sơ đang ở trạng thái “Đã gửi cấp trên”."
    ]
    assert no_file.value.messages == ["Hồ sơ đã gửi, không đính kèm thêm được."]


def test_award_for_the_wrong_kind_of_nominee_is_refused(org, province, officer, awards):
    dossier = make_dossier(org, province, officer)

    with pytest.raises(ValidationError) as refused:
        dossier_add_nominee(
            dossier=dossier, by=officer, award=awards["TTLDTT"], person=make_person(org)
        )

    assert refused.value.messages == ["“Tập thể lao động tiên tiến” không xét cho cá nhân."]


def test_sent_dossier_reminds_the_recipient_until_it_reaches_the_council(
    org, province, officer, province_officer, awards
):
    """Appraisal is due 20 working days after sending; reaching the council closes it."""
    from awards.services.obligations import add_working_days
    from notifications.models import Obligation

    assert add_working_days(date(2026, 11, 20), 20) == date(2026, 12, 18)  # weekends skipped
    dossier, _line = complete_dossier(org, province, officer, awards)
    dossier = dossier_send(dossier=dossier, by=officer)
    obligation = Obligation.objects.get(object_id=dossier.pk, kind="dossier_appraisal_overdue")
    sent_on = timezone.localdate(dossier.sent_at)
    assert (obligation.organization, obligation.due_date, obligation.status) == (
        province,
        add_working_days(sent_on, 20),
        "open",
    )
    dossier = dossier_receive(dossier=dossier, by=province_officer)
    dossier = dossier_start_appraisal(dossier=dossier, by=province_officer)
    dossier_submit_to_council(dossier=dossier, by=province_officer, notes="Đủ điều kiện")
    obligation.refresh_from_db()
    assert obligation.status == "done"
