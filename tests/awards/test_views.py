"""Who may see and do what: anonymous, wrong role, right role, other organisations."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from awards.enums import DossierStatus
from awards.services import (
    collective_create,
    dossier_add_nominee,
    dossier_receive,
    dossier_send,
    dossier_start_appraisal,
    dossier_submit_to_council,
)
from organizations.enums import Role
from tests.factories import member

from .conftest import complete_dossier, cstdcs_history, make_dossier, make_person


def advance(dossier, state, officer, province_officer):
    if state == DossierStatus.DRAFT:
        return dossier
    dossier = dossier_send(dossier=dossier, by=officer)
    if state == DossierStatus.SENT:
        return dossier
    dossier = dossier_receive(dossier=dossier, by=province_officer)
    if state == DossierStatus.RECEIVED:
        return dossier
    dossier = dossier_start_appraisal(dossier=dossier, by=province_officer)
    if state == DossierStatus.APPRAISING:
        return dossier
    return dossier_submit_to_council(dossier=dossier, by=province_officer, notes="Đạt")


@pytest.fixture
def people(
    org, province, officer, leader, reporter, province_officer, province_council, third_officer
):
    return {
        "officer": officer,
        "leader": leader,
        "reporter": reporter,
        "council": member(org, Role.COUNCIL_MEMBER),
        "province_officer": province_officer,
        "province_council": province_council,
        "third": third_officer,
    }


# (url name, state, who, expected status of a POST)
MATRIX = [
    ("dossier-send", "draft", "officer", 302),
    ("dossier-send", "draft", "leader", 302),
    ("dossier-send", "draft", "reporter", 403),
    ("dossier-send", "draft", "council", 403),
    ("dossier-send", "draft", "province_officer", 404),
    ("dossier-send", "draft", "third", 404),
    ("dossier-send", "sent", "officer", 403),
    ("dossier-receive", "sent", "province_officer", 302),
    ("dossier-receive", "sent", "province_council", 403),
    ("dossier-receive", "sent", "officer", 403),
    ("dossier-receive", "sent", "third", 404),
    ("dossier-receive", "received", "province_officer", 403),
    ("dossier-return", "sent", "province_officer", 302),
    ("dossier-return", "received", "province_officer", 302),
    ("dossier-return", "appraising", "province_officer", 302),
    ("dossier-return", "draft", "province_officer", 404),
    ("dossier-return", "awaiting_council", "province_officer", 403),
    ("dossier-return", "sent", "officer", 403),
    ("dossier-appraise", "received", "province_officer", 302),
    ("dossier-appraise", "sent", "province_officer", 403),
    ("dossier-appraise", "received", "province_council", 403),
    ("dossier-to-council", "appraising", "province_officer", 302),
    ("dossier-to-council", "received", "province_officer", 403),
    ("dossier-post", "draft", "officer", 302),
    ("dossier-post", "sent", "officer", 403),
    ("dossier-post", "draft", "reporter", 403),
    ("dossier-update", "draft", "reporter", 403),
    ("dossier-update", "sent", "officer", 403),
    ("dossier-update", "sent", "province_officer", 403),
]
FORMS = {
    "dossier-return": {"note": "Thiếu biên bản"},
    "dossier-to-council": {"note": "Hồ sơ đủ điều kiện"},
    "dossier-post": {"starts_on": "01/12/2024", "days": "5"},
    "dossier-update": {"title": "Tên mới", "track": "cong_trang", "year": "2024"},
}


@pytest.mark.parametrize(("action", "state", "who", "expected"), MATRIX)
def test_workflow_permissions(
    client_for,
    people,
    org,
    province,
    officer,
    province_officer,
    awards,
    action,
    state,
    who,
    expected,
):
    dossier, _line = complete_dossier(org, province, officer, awards)
    dossier = advance(dossier, state, officer, province_officer)
    data = dict(FORMS.get(action, {}))
    if action == "dossier-update":
        data["recipient"] = province.pk

    response = client_for(people[who]).post(reverse(f"awards:{action}", args=[dossier.pk]), data)

    assert response.status_code == expected
    if expected == 302:
        assert response["Location"] == reverse("awards:dossier-detail", args=[dossier.pk])


def test_anonymous_is_sent_to_login(client, org, province, officer, awards):
    dossier, _line = complete_dossier(org, province, officer, awards)

    for url in (
        reverse("awards:dossier-list"),
        reverse("awards:dossier-detail", args=[dossier.pk]),
        reverse("awards:person-list"),
        reverse("awards:catalogue"),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:login"))


@pytest.mark.parametrize(
    ("state", "who", "expected"),
    [
        ("draft", "officer", 200),
        ("draft", "reporter", 200),
        ("draft", "province_officer", 404),
        ("draft", "third", 404),
        ("sent", "province_officer", 200),
        ("sent", "province_council", 200),
        ("sent", "third", 404),
    ],
)
def test_dossier_detail_tenancy(
    client_for, people, org, province, officer, province_officer, awards, state, who, expected
):
    dossier, _line = complete_dossier(org, province, officer, awards)
    dossier = advance(dossier, state, officer, province_officer)

    response = client_for(people[who]).get(reverse("awards:dossier-detail", args=[dossier.pk]))

    assert response.status_code == expected


def test_dossier_list_shows_own_and_received_but_not_others_drafts(
    client_for, org, province, officer, province_officer, third_org, third_officer, awards
):
    sent, _line = complete_dossier(org, province, officer, awards)
    dossier_send(dossier=sent, by=officer)
    draft = make_dossier(org, province, officer, title="Bản nháp của xã")
    make_dossier(third_org, province, third_officer, title="Bản nháp xã khác")

    own = client_for(officer).get(reverse("awards:dossier-list")).context["object_list"]
    received = (
        client_for(province_officer).get(reverse("awards:dossier-list")).context["object_list"]
    )

    assert {d.pk for d in own} == {sent.pk, draft.pk}
    assert [d.pk for d in received] == [sent.pk]


def test_create_dossier_needs_officer_or_leader(client_for, officer, reporter, province):
    data = {
        "title": "Đề nghị năm 2024",
        "recipient": province.pk,
        "track": "cong_trang",
        "year": 2024,
    }

    denied = client_for(reporter).post(reverse("awards:dossier-create"), data)
    created = client_for(officer).post(reverse("awards:dossier-create"), data)

    assert denied.status_code == 403
    assert created.status_code == 302


def test_person_of_another_organisation_is_not_found(client_for, officer, other_org):
    stranger = make_person(other_org)

    response = client_for(officer).get(reverse("awards:person-detail", args=[stranger.pk]))

    assert response.status_code == 404


def test_reporter_cannot_add_history(client_for, reporter, org):
    person = make_person(org)

    response = client_for(reporter).post(
        reverse("awards:person-history-add", args=[person.pk, "xep-loai"]),
        {"year": 2024, "rating": "HTT", "in_emulation": "true"},
    )

    assert response.status_code == 403


def test_officer_adds_a_year_rating(client_for, officer, org):
    person = make_person(org)

    response = client_for(officer).post(
        reverse("awards:person-history-add", args=[person.pk, "xep-loai"]),
        {"year": 2024, "rating": "HTXS", "in_emulation": "true"},
    )

    assert response.status_code == 302
    assert list(person.yearratings.values_list("year", "rating")) == [(2024, "HTXS")]


def _count(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def _rows(org, province, officer, awards, n, start=0):
    for i in range(start, start + n):
        person = cstdcs_history(
            make_person(org, f"Người Thứ {i}", national_id=f"00118500{i:04d}"), awards
        )
        dossier = make_dossier(org, province, officer, title=f"Hồ sơ {i}", year=2023)
        dossier_add_nominee(dossier=dossier, by=officer, award=awards["CSTD_TINH"], person=person)
        team = collective_create(organization=org, name=f"Tổ {i}", members=[person])
        dossier_add_nominee(dossier=dossier, by=officer, award=awards["TTLDTT"], collective=team)


@pytest.mark.parametrize(
    "url_name",
    [
        "awards:dossier-list",
        "awards:person-list",
        "awards:collective-list",
        "awards:eligibility-list",
    ],
)
def test_list_views_run_a_constant_number_of_queries(
    client_for, django_assert_num_queries, org, province, officer, awards, url_name
):
    client = client_for(officer)
    url = reverse(url_name)
    _rows(org, province, officer, awards, 1)
    one = _count(client, url)

    _rows(org, province, officer, awards, 2, start=1)
    with django_assert_num_queries(one):
        response = client.get(url)

    assert len(response.context["object_list"]) == (
        3 if url_name != "awards:eligibility-list" else 6
    )


def test_dossier_detail_runs_a_constant_number_of_queries(
    client_for, django_assert_num_queries, org, province, officer, awards
):
    client = client_for(officer)
    dossier = make_dossier(org, province, officer, year=2023)
    person = cstdcs_history(make_person(org, "Một"), awards)
    dossier_add_nominee(dossier=dossier, by=officer, award=awards["CSTD_TINH"], person=person)
    url = reverse("awards:dossier-detail", args=[dossier.pk])
    one = _count(client, url)
    for name in ("Hai", "Ba"):
        person = cstdcs_history(make_person(org, name), awards)
        dossier_add_nominee(dossier=dossier, by=officer, award=awards["CSTD_TINH"], person=person)

    with django_assert_num_queries(one):
        client.get(url)


def test_dashboard_widget_counts_dossiers_by_status(client_for, org, province, officer, awards):
    dossier, _line = complete_dossier(org, province, officer, awards)
    dossier_send(dossier=dossier, by=officer)
    make_dossier(org, province, officer, title="Nháp")

    response = client_for(officer).get(reverse("core:dashboard"))

    widget = next(w for w in response.context["widgets"] if w["template"] == "awards/_widget.html")
    counts = {status.value: n for status, n in widget["data"]["counts"]}
    assert (counts["draft"], counts["sent"], widget["data"]["total"]) == (1, 1, 2)
