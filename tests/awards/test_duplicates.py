"""Possible duplicates across units, and merging them without losing history."""

from datetime import date

from django.urls import reverse

from awards.models import AwardRecord, Person, PersonMerge, YearRating
from awards.selectors import duplicate_groups
from awards.services import (
    award_record_add,
    collective_create,
    dossier_add_nominee,
    initiative_add,
    year_rating_set,
)
from tests.factories import OrganizationFactory

from .conftest import make_dossier, make_person


def test_duplicates_by_folded_name_and_birth_date_or_national_id(org):
    school = OrganizationFactory(name="Trường Tiểu học", parent=org)
    a = make_person(org, "Lò Thị Hương", birth_date=date(1985, 3, 12))
    b = make_person(school, "LO THI  HUONG", birth_date=date(1985, 3, 12))
    make_person(school, "Lò Thị Hương", birth_date=date(1990, 1, 1))  # a namesake
    c = make_person(org, "Vàng A Sử", national_id="012090000222", birth_date=None)
    d = make_person(school, "Vàng Văn Sử", national_id="012090000222", birth_date=None)

    groups = duplicate_groups(organization=org)

    assert [(g.reason, [p.pk for p in g.persons]) for g in groups] == [
        ("Trùng số CCCD", [c.pk, d.pk]),
        ("Trùng họ tên và ngày sinh", [a.pk, b.pk]),
    ]


def test_merge_moves_all_history_and_records_it(client_for, org, province, officer, awards):
    school = OrganizationFactory(name="Trường Tiểu học", parent=org)
    kept = make_person(org, "Lò Thị Hương")
    other = make_person(school, "Lò Thị Hương", national_id="012185000111", phone="0912000111")
    year_rating_set(person=kept, year=2022, rating="HTT")
    year_rating_set(person=other, year=2022, rating="HTXS")
    year_rating_set(person=other, year=2023, rating="HTXS")
    award_record_add(person=kept, award=awards["LDTT"], year=2022)
    award_record_add(person=other, award=awards["CSTDCS"], year=2023)
    initiative_add(person=other, title="Sáng kiến", level="co_so", year=2023)
    dossier = make_dossier(org, province, officer)
    dossier_add_nominee(dossier=dossier, by=officer, award=awards["CSTDCS"], person=other)
    team = collective_create(organization=school, name="Tổ 1", members=[other])

    response = client_for(officer).post(
        reverse("awards:person-merge"), {"kept": kept.pk, "others": [other.pk]}
    )

    assert response.status_code == 302
    assert not Person.objects.filter(pk=other.pk).exists()
    kept.refresh_from_db()
    assert (kept.national_id, kept.phone) == ("012185000111", "0912000111")
    assert sorted(YearRating.objects.filter(person=kept).values_list("year", "rating")) == [
        (2022, "HTT"),
        (2023, "HTXS"),
    ]
    assert sorted(AwardRecord.objects.filter(person=kept).values_list("award__code", "year")) == [
        ("CSTDCS", 2023),
        ("LDTT", 2022),
    ]
    assert list(kept.initiatives.values_list("title", flat=True)) == ["Sáng kiến"]
    assert list(dossier.lines.values_list("person_id", flat=True)) == [kept.pk]
    assert list(team.members.values_list("pk", flat=True)) == [kept.pk]
    merge = PersonMerge.objects.get(kept=kept)
    assert merge.removed_id == other.pk
    assert merge.merged_by == officer
    assert merge.removed_snapshot["organization_id"] == str(school.pk)
    assert merge.removed_snapshot["ratings_not_moved"] == [
        {"year": 2022, "rating": "HTXS", "discipline": ""}
    ]
    assert merge.moved == {
        "ratings": 1,
        "awards": 1,
        "initiatives": 1,
        "disciplines": 0,
        "proposals": 1,
        "collectives": 1,
    }


def test_duplicate_page_lists_groups_and_needs_an_officer(client_for, officer, reporter, org):
    make_person(org, "Lò Thị Hương")
    make_person(org, "Lò Thị Hương")

    page = client_for(officer).get(reverse("awards:duplicate-list"))
    denied = client_for(reporter).get(reverse("awards:duplicate-list"))

    assert page.status_code == 200
    assert page.content.decode().count("Trùng họ tên và ngày sinh") == 1
    assert denied.status_code == 403


def test_merging_a_person_of_another_organisation_is_refused(client_for, officer, org, other_org):
    kept = make_person(org)
    stranger = make_person(other_org)

    response = client_for(officer).post(
        reverse("awards:person-merge"), {"kept": kept.pk, "others": [stranger.pk]}
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("awards:duplicate-list")
    assert Person.objects.filter(pk=stranger.pk).exists()
