"""The catalogue is data with effective dates, seeded by a migration."""

from datetime import date

from django.urls import reverse

from awards.enums import Authority
from awards.models import AwardKind
from awards.selectors import rules_in_force


def test_commune_chairman_confers_ldtt_from_1_july_2025(awards):
    before = rules_in_force(on=date(2025, 6, 30))[awards["LDTT"].pk]
    after = rules_in_force(on=date(2025, 7, 1))[awards["LDTT"].pk]

    assert (before.conferred_by, before.basis) == (
        Authority.DISTRICT_CHAIRMAN,
        "Luật Thi đua, khen thưởng 2022; NĐ 98/2023/NĐ-CP",
    )
    assert (after.conferred_by, after.authority_citation) == (
        Authority.COMMUNE_CHAIRMAN,
        "Điều 59 NĐ 129/2025/NĐ-CP",
    )


def test_commune_powers_after_the_reform(db):
    in_force = rules_in_force(on=date(2025, 7, 1))
    commune = sorted(
        k.code
        for k in AwardKind.objects.all()
        if in_force[k.pk].conferred_by == Authority.COMMUNE_CHAIRMAN
    )

    assert commune == ["CSTDCS", "GD_VH", "GIAY_KHEN", "LDTT", "THON_VH", "TTLDTT"]


def test_rule_versions_carry_parts_and_votes(awards):
    rule = rules_in_force(on=date(2025, 7, 1))[awards["CSTD_TINH"].pk]

    assert rule.required_part_labels == [
        "Tờ trình đề nghị khen thưởng",
        "Biên bản họp Hội đồng TĐKT",
        "Báo cáo thành tích",
        "Giấy chứng nhận sáng kiến, đề tài",
    ]
    assert str(rule.vote_share) == "0.900"


def test_catalogue_page_searches_without_diacritics(client_for, officer):
    response = client_for(officer).get(reverse("awards:catalogue"), {"q": "chien si thi dua"})

    assert [kind.code for kind, _rule in response.context["rows"]] == [
        "CSTDCS",
        "CSTD_BO",
        "CSTD_TINH",
        "CSTD_TQ",
    ]
