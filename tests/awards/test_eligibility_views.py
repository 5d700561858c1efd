"""The engine's verdicts on the dossier page, from the catalogue in the database."""

import json
from datetime import date

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from awards import eligibility
from awards.models import AwardRule, Person
from awards.selectors import (
    dossier_lines_with_history,
    engine_catalogue,
    nominee_for_engine,
    verdicts_for_lines,
    with_history,
)
from awards.services import dossier_add_nominee

from .conftest import cstdcs_history, make_dossier, make_person

ON = date(2024, 1, 10)
EXPECTED = (
    "Đạt: Chiến sĩ thi đua cơ sở 3 năm liên tục đến năm xét: 2021, 2022, 2023 "
    "(QĐ 45/QĐ-UBND ngày 28/12/2021; QĐ 52/QĐ-UBND ngày 27/12/2022; QĐ 61/QĐ-UBND ngày 26/12/2023)"
)


def test_database_catalogue_is_the_engines_catalogue(db):
    for day in (date(2024, 6, 1), date(2025, 7, 1), date(2026, 1, 1)):
        ours = engine_catalogue(on=day)
        for code in eligibility.RULE_CODES:
            assert ours.rule(code, day) == eligibility.CATALOGUE.rule(code, day), (code, day)


def test_nominee_for_engine_reads_the_whole_history(org, awards, django_assert_num_queries):
    person = cstdcs_history(make_person(org, "Nguyễn Thị Lan"), awards)
    loaded = with_history(Person.objects.filter(pk=person.pk)).get()

    with django_assert_num_queries(0):
        nominee = nominee_for_engine(loaded)

    assert nominee.key == f"cn-{person.pk}"
    assert sorted(nominee.years) == [2019, 2020, 2021, 2022, 2023]
    assert nominee.years[2023] == eligibility.YearRecord(2023, "HTXS", True, None, False)
    assert [(a.code, a.year) for a in nominee.awards if a.code == "CSTDCS"] == [
        ("CSTDCS", 2023),
        ("CSTDCS", 2022),
        ("CSTDCS", 2021),
    ]
    assert nominee.initiatives == [
        eligibility.Initiative(
            "Số hóa hồ sơ khen thưởng", 2023, "tinh", "sang_kien", "Hội đồng sáng kiến tỉnh"
        )
    ]


def test_dossier_page_shows_the_engines_explanation(client_for, org, province, officer, awards):
    person = cstdcs_history(make_person(org, "Nguyễn Thị Lan"), awards)
    dossier = make_dossier(org, province, officer, year=2023)
    dossier_add_nominee(dossier=dossier, by=officer, award=awards["CSTD_TINH"], person=person)

    response = client_for(officer).get(reverse("awards:dossier-detail", args=[dossier.pk]))

    (item,) = response.context["verdicts"]
    html = response.content.decode()
    assert item.verdict.status == "met"
    assert item.verdict.explanation.startswith(EXPECTED)
    assert item.verdict.explanation.endswith("— Điều 22 Luật Thi đua, khen thưởng 2022.")
    assert EXPECTED in html
    assert (
        "Chiến sĩ thi đua cơ sở năm 2023 — QĐ 61/QĐ-UBND ngày 26/12/2023, UBND huyện Phong Thổ"
        in html
    )


def test_verdict_matches_the_engine_on_a_hand_built_nominee(org, province, officer, awards):
    person = cstdcs_history(make_person(org, "Nguyễn Thị Lan"), awards)
    dossier = make_dossier(org, province, officer, year=2023)
    dossier_add_nominee(dossier=dossier, by=officer, award=awards["CSTD_TINH"], person=person)
    by_hand = eligibility.Nominee(
        kind="individual",
        name="Nguyễn Thị Lan",
        key=f"cn-{person.pk}",
        years={y: eligibility.YearRecord(y, "HTXS", True) for y in range(2019, 2024)},
        awards=[
            eligibility.AwardRecord(
                "CSTDCS",
                2023,
                "cong_trang",
                "61/QĐ-UBND",
                date(2023, 12, 26),
                "UBND huyện Phong Thổ",
            ),
            eligibility.AwardRecord(
                "CSTDCS",
                2022,
                "cong_trang",
                "52/QĐ-UBND",
                date(2022, 12, 27),
                "UBND huyện Phong Thổ",
            ),
            eligibility.AwardRecord(
                "CSTDCS",
                2021,
                "cong_trang",
                "45/QĐ-UBND",
                date(2021, 12, 28),
                "UBND huyện Phong Thổ",
            ),
        ],
        initiatives=[
            eligibility.Initiative(
                "Số hóa hồ sơ khen thưởng", 2023, "tinh", "sang_kien", "Hội đồng sáng kiến tỉnh"
            )
        ],
    )

    (ours,) = verdicts_for_lines(dossier_lines_with_history(dossier.lines.all()), on=ON)

    expected = eligibility.evaluate(by_hand, eligibility.Proposal("CSTD_TINH", 2023), on=ON)
    assert (ours.verdict.status, ours.verdict.explanation) == (
        expected.status,
        expected.explanation,
    )


def test_editing_a_rule_in_the_admin_changes_the_verdict(org, province, officer, awards):
    person = cstdcs_history(make_person(org, "Nguyễn Thị Lan"), awards)
    dossier = make_dossier(org, province, officer, year=2023)
    dossier_add_nominee(dossier=dossier, by=officer, award=awards["CSTD_TINH"], person=person)
    rule = AwardRule.objects.get(award=awards["CSTD_TINH"], effective_from=date(2024, 1, 1))
    rule.engine_params = {**rule.engine_params, "chain_count": 4}
    rule.save()

    (item,) = verdicts_for_lines(dossier_lines_with_history(dossier.lines.all()), on=ON)

    assert item.verdict.status == "not_met"
    assert item.verdict.explanation == (
        "Không đạt: không đủ Chiến sĩ thi đua cơ sở 4 năm liên tục (2020, 2021, 2022, 2023): "
        "năm 2020 không có — Điều 22 Luật Thi đua, khen thưởng 2022."
    )


def test_award_without_automatic_criteria_cannot_be_told(org, province, officer, awards):
    dossier = make_dossier(org, province, officer, year=2023)
    dossier_add_nominee(dossier=dossier, by=officer, award=awards["KNC"], person=make_person(org))

    (item,) = verdicts_for_lines(dossier_lines_with_history(dossier.lines.all()), on=ON)

    assert item.verdict.status == "unknown"
    assert item.verdict.explanation == (
        "Chưa đủ dữ liệu: Kỷ niệm chương chưa có tiêu chí xét tự động; "
        "Hội đồng Thi đua - Khen thưởng xem xét theo hồ sơ."
    )


ITEMS = [
    {
        "nominee": {
            "kind": "individual",
            "name": "Nguyễn Thị Lan",
            "key": "cb-1",
            "years": [{"year": 2023, "rating": "HTT", "in_emulation": True}],
        },
        "proposal": {"code": "LDTT", "year": 2023},
    },
    {
        "nominee": {
            "kind": "individual",
            "name": "Lò Văn Tâm",
            "key": "cb-2",
            "years": [{"year": 2023, "rating": "HT", "in_emulation": True}],
        },
        "proposal": {"code": "LDTT", "year": 2023},
    },
]


def test_check_eligibility_prints_one_json_verdict_per_line(tmp_path, capsys):
    path = tmp_path / "ds.json"
    path.write_text(json.dumps(ITEMS, ensure_ascii=False), encoding="utf-8")

    call_command("check_eligibility", str(path), "--on", "2024-01-10")

    lines = capsys.readouterr().out.splitlines()
    verdicts = [json.loads(line) for line in lines]
    assert [(v["nominee_key"], v["code"], v["status"]) for v in verdicts] == [
        ("cb-1", "LDTT", "met"),
        ("cb-2", "LDTT", "not_met"),
    ]
    expected = eligibility.evaluate_many(ITEMS, on=ON)
    assert lines == [json.dumps(v.to_dict(), ensure_ascii=False) for v in expected]


def test_check_eligibility_year_option_overrides_the_proposals_year(tmp_path, capsys):
    path = tmp_path / "ds.json"
    path.write_text(json.dumps(ITEMS[:1]), encoding="utf-8")

    call_command("check_eligibility", str(path), "--year", "2024", "--on", "2024-01-10")

    verdict = json.loads(capsys.readouterr().out)
    assert (verdict["year"], verdict["status"]) == (2024, "unknown")


def test_check_eligibility_bad_json_is_a_vietnamese_error(tmp_path):
    path = tmp_path / "hong.json"
    path.write_text("[{", encoding="utf-8")

    with pytest.raises(CommandError) as error:
        call_command("check_eligibility", str(path))

    assert str(error.value).startswith(f"Tệp “{path}” không phải JSON hợp lệ:")
