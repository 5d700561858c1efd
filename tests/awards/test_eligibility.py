"""The eligibility engine, rule by rule: met, not met, cannot tell, and the borderlines.

Pure Python: no database, no Django (run with ``-p no:django``).
"""

import json
import re
from dataclasses import replace
from datetime import date
from fractions import Fraction

import pytest

from awards.eligibility import (
    CATALOGUE,
    RULE_CODES,
    AwardRecord,
    Initiative,
    Nominee,
    Proposal,
    RuleVersion,
    YearRecord,
    check_government_flag_share,
    evaluate,
    evaluate_many,
    nominee_from_dict,
    schema,
    vote_passes,
    vote_threshold,
)
from awards.eligibility.catalogue import ND152, NON_CHAIN_AWARD_TYPES

ON = date(2024, 1, 10)
ON_2025 = date(2025, 1, 10)
ART22 = "Điều 22 Luật Thi đua, khen thưởng 2022"


def person(ratings=None, awards=(), initiatives=(), **kwargs):
    """An individual rated ``ratings`` ({year: rating}) and active in emulation each year."""
    years = {y: YearRecord(y, r, True) for y, r in (ratings or {}).items()}
    years.update(kwargs.pop("years", {}))
    return Nominee(
        kind=kwargs.pop("kind", "individual"),
        name=kwargs.pop("name", "Nguyễn Thị Lan"),
        key=kwargs.pop("key", "cb-1"),
        years=years,
        awards=list(awards),
        initiatives=list(initiatives),
        **kwargs,
    )


def award(code, year, number=None, day=None, award_type="cong_trang", office=None):
    return AwardRecord(code, year, award_type, number, day, office)


def cstdcs(year, number, day):
    return award("CSTDCS", year, number, day)


def collective(members, rating="HTT", year=2023, **kwargs):
    return Nominee(
        kind="collective",
        name="Phòng Nội vụ",
        key="tt-1",
        years={year: YearRecord(year, rating, True)},
        members=members,
        **kwargs,
    )


def member(i, rating="HTT", discipline=None, year=2023, in_emulation=True):
    return Nominee(
        kind="individual",
        name=f"Thành viên {i}",
        key=f"tv-{i}",
        years={year: YearRecord(year, rating, in_emulation, discipline)},
    )


def ldtt_members(n_yes, n_total):
    """``n_yes`` members meeting LĐTT (HTT), the rest rated HT."""
    return [member(i, "HTT" if i < n_yes else "HT") for i in range(n_total)]


CHAIN_AWARDS = [
    cstdcs(2021, "12/QĐ-UBND", date(2021, 12, 15)),
    cstdcs(2022, "30/QĐ-UBND", date(2022, 12, 20)),
    cstdcs(2023, "5/QĐ-UBND", date(2024, 1, 5)),
]
PROVINCIAL_IDEA = Initiative("Số hóa hồ sơ khen thưởng", 2023, "tinh", "sang_kien", "UBND tỉnh")


# --- LĐTT (Art 24) -----------------------------------------------------------------------


def test_ldtt_met_when_rated_htt_and_in_emulation():
    verdict = evaluate(person({2023: "HTT"}), Proposal("LDTT", 2023), on=ON)

    assert verdict.status == "met"
    assert verdict.explanation == (
        "Đạt: xếp loại năm 2023: HTT; có tham gia phong trào thi đua năm 2023"
        " — Điều 24 Luật Thi đua, khen thưởng 2022."
    )
    assert verdict.checks == [
        ("Xếp loại năm 2023 từ HTT trở lên", "met", "xếp loại năm 2023: HTT"),
        ("Tham gia phong trào thi đua năm 2023", "met", "có tham gia phong trào thi đua năm 2023"),
    ]
    assert verdict.records_used == ["Xếp loại năm 2023: Hoàn thành tốt nhiệm vụ"]


def test_ldtt_not_met_when_rated_ht():
    verdict = evaluate(person({2023: "HT"}), Proposal("LDTT", 2023), on=ON)

    assert verdict.status == "not_met"
    assert verdict.explanation == (
        "Không đạt: xếp loại năm 2023: HT, dưới HTT — Điều 24 Luật Thi đua, khen thưởng 2022."
    )


def test_ldtt_unknown_when_rating_missing():
    nominee = person(years={2023: YearRecord(2023, None, True)})

    verdict = evaluate(nominee, Proposal("LDTT", 2023), on=ON)

    assert verdict.status == "unknown"
    assert verdict.explanation == (
        "Chưa đủ dữ liệu: thiếu xếp loại năm 2023 — Điều 24 Luật Thi đua, khen thưởng 2022."
    )


def test_ldtt_unknown_when_year_missing_entirely():
    verdict = evaluate(person({2022: "HTT"}), Proposal("LDTT", 2023), on=ON)

    assert verdict.status == "unknown"
    assert [c.status for c in verdict.checks] == ["unknown", "unknown"]


def test_ldtt_maternity_leave_counts_as_working_time():
    nominee = person(years={2023: YearRecord(2023, "HTT", False, maternity_leave=True)})

    verdict = evaluate(nominee, Proposal("LDTT", 2023), on=ON)

    assert verdict.status == "met"
    assert verdict.checks[1] == (
        "Tham gia phong trào thi đua năm 2023",
        "met",
        "nghỉ thai sản năm 2023, được tính là thời gian công tác",
    )
    assert verdict.records_used == [
        "Xếp loại năm 2023: Hoàn thành tốt nhiệm vụ (có nghỉ thai sản, tính là thời gian công tác)"
    ]


def test_ldtt_not_in_emulation_not_met():
    nominee = person(years={2023: YearRecord(2023, "HTT", False)})

    verdict = evaluate(nominee, Proposal("LDTT", 2023), on=ON)

    assert verdict.status == "not_met"
    assert verdict.checks[1].detail == "không tham gia phong trào thi đua năm 2023"


def test_ldtt_discipline_in_progress_suspends():
    nominee = person({2023: "HTXS"}, disciplined_until=date(2024, 6, 30))

    verdict = evaluate(nominee, Proposal("LDTT", 2023), on=ON)

    assert verdict.status == "not_met"
    assert verdict.explanation == (
        "Không đạt (tạm dừng xét): đang trong thời gian kỷ luật (đến ngày 30/06/2024): "
        "tạm dừng xét khen thưởng — Điều 24 Luật Thi đua, khen thưởng 2022."
    )
    assert verdict.checks == [
        (
            "Không trong thời gian kỷ luật, thanh tra, khiếu nại",
            "not_met",
            "đang trong thời gian kỷ luật (đến ngày 30/06/2024): tạm dừng xét khen thưởng",
        )
    ]


def test_investigation_suspends_any_rule():
    nominee = person({2021: "HTXS", 2022: "HTXS", 2023: "HTXS"}, under_investigation=True)

    verdict = evaluate(nominee, Proposal("CSTD_TINH", 2023), on=ON)

    assert verdict.status == "not_met"
    assert verdict.explanation.startswith("Không đạt (tạm dừng xét): đang bị xem xét kỷ luật")


def test_ldtt_discipline_that_year_means_the_year_does_not_count():
    nominee = person(years={2023: YearRecord(2023, "HTT", True, "khien_trach")})

    verdict = evaluate(nominee, Proposal("LDTT", 2023), on=ON)

    assert verdict.status == "not_met"
    assert verdict.checks[0].detail == (
        "năm 2023 chưa được tính (bị kỷ luật khiển trách năm 2023; chỉ tính từ năm 2024)"
    )


# --- CSTĐCS (Art 23) ---------------------------------------------------------------------


def test_cstdcs_met_with_ldtt_on_record_and_base_initiative():
    idea = Initiative("Sổ tay nghiệp vụ", 2023, "co_so", "sang_kien", "Hội đồng sáng kiến xã")
    ldtt = award("LDTT", 2023, "7/QĐ-UBND", date(2023, 12, 20), office="UBND xã Tân Lập")
    nominee = person({2023: "HTT"}, [ldtt], [idea])

    verdict = evaluate(nominee, Proposal("CSTDCS", 2023), on=ON)

    assert verdict.status == "met"
    assert verdict.checks == [
        (
            "Đạt Lao động tiên tiến năm 2023",
            "met",
            "Lao động tiên tiến năm 2023 (QĐ 7/QĐ-UBND ngày 20/12/2023)",
        ),
        (
            "Hoàn thành xuất sắc nhiệm vụ, có sáng kiến hoặc đề tài năm 2023",
            "met",
            "sáng kiến «Sổ tay nghiệp vụ» cấp cơ sở (2023)",
        ),
    ]
    assert verdict.records_used == [
        "Lao động tiên tiến năm 2023 — QĐ 7/QĐ-UBND ngày 20/12/2023, UBND xã Tân Lập",
        "Sáng kiến «Sổ tay nghiệp vụ» cấp cơ sở năm 2023 — Hội đồng sáng kiến xã",
    ]


def test_cstdcs_met_with_htxs_and_ldtt_judged_in_the_same_round():
    verdict = evaluate(person({2023: "HTXS"}), Proposal("CSTDCS", 2023), on=ON)

    assert verdict.status == "met"
    assert verdict.explanation == (
        "Đạt: Lao động tiên tiến năm 2023 (đạt tiêu chuẩn, xét cùng đợt); "
        "xếp loại năm 2023: HTXS — Điều 23 Luật Thi đua, khen thưởng 2022."
    )


def test_cstdcs_not_met_when_htt_without_initiative():
    verdict = evaluate(person({2023: "HTT"}), Proposal("CSTDCS", 2023), on=ON)

    assert verdict.status == "not_met"
    assert verdict.explanation == (
        "Không đạt: xếp loại năm 2023: HTT; không có sáng kiến, đề tài năm 2023"
        " — Điều 23 Luật Thi đua, khen thưởng 2022."
    )


def test_cstdcs_initiative_of_another_year_does_not_count():
    idea = Initiative("Sổ tay nghiệp vụ", 2022, "co_so")

    verdict = evaluate(person({2023: "HTT"}, initiatives=[idea]), Proposal("CSTDCS", 2023), on=ON)

    assert verdict.status == "not_met"


def test_cstdcs_unknown_when_rating_missing():
    nominee = person(years={2023: YearRecord(2023, None, True)})

    verdict = evaluate(nominee, Proposal("CSTDCS", 2023), on=ON)

    assert verdict.status == "unknown"
    assert verdict.checks == [
        (
            "Đạt Lao động tiên tiến năm 2023",
            "unknown",
            "Lao động tiên tiến năm 2023: thiếu xếp loại năm 2023",
        ),
        (
            "Hoàn thành xuất sắc nhiệm vụ, có sáng kiến hoặc đề tài năm 2023",
            "unknown",
            "thiếu xếp loại năm 2023; không có sáng kiến, đề tài năm 2023",
        ),
    ]


# --- CSTĐ tỉnh (Art 22) ------------------------------------------------------------------


def test_cstd_tinh_met_in_the_third_year_of_the_chain():
    nominee = person({2021: "HTXS", 2022: "HTXS", 2023: "HTXS"}, CHAIN_AWARDS, [PROVINCIAL_IDEA])

    verdict = evaluate(nominee, Proposal("CSTD_TINH", 2023), on=ON)

    assert verdict.status == "met"
    assert verdict.explanation == (
        "Đạt: Chiến sĩ thi đua cơ sở 3 năm liên tục đến năm xét: 2021, 2022, 2023 "
        "(QĐ 12/QĐ-UBND ngày 15/12/2021; QĐ 30/QĐ-UBND ngày 20/12/2022; "
        "QĐ 5/QĐ-UBND ngày 05/01/2024); có sáng kiến «Số hóa hồ sơ khen thưởng» cấp tỉnh "
        "(2023); chưa có Chiến sĩ thi đua cấp tỉnh trong 2021–2022"
        " — Điều 22 Luật Thi đua, khen thưởng 2022."
    )
    assert verdict.citation == ART22
    assert verdict.checks == [
        (
            "Chiến sĩ thi đua cơ sở 3 năm liên tục (2021, 2022, 2023)",
            "met",
            "Chiến sĩ thi đua cơ sở 3 năm liên tục đến năm xét: 2021, 2022, 2023 "
            "(QĐ 12/QĐ-UBND ngày 15/12/2021; QĐ 30/QĐ-UBND ngày 20/12/2022; "
            "QĐ 5/QĐ-UBND ngày 05/01/2024)",
        ),
        (
            "Sáng kiến, đề tài cấp tỉnh trở lên trong 2021–2023",
            "met",
            "có sáng kiến «Số hóa hồ sơ khen thưởng» cấp tỉnh (2023)",
        ),
        (
            "Các năm 2021–2022 chưa tính cho lần Chiến sĩ thi đua cấp tỉnh trước",
            "met",
            "chưa có Chiến sĩ thi đua cấp tỉnh trong 2021–2022",
        ),
    ]
    assert verdict.records_used == [
        "Chiến sĩ thi đua cơ sở năm 2021 — QĐ 12/QĐ-UBND ngày 15/12/2021",
        "Chiến sĩ thi đua cơ sở năm 2022 — QĐ 30/QĐ-UBND ngày 20/12/2022",
        "Chiến sĩ thi đua cơ sở năm 2023 — QĐ 5/QĐ-UBND ngày 05/01/2024",
        "Sáng kiến «Số hóa hồ sơ khen thưởng» cấp tỉnh năm 2023 — UBND tỉnh",
    ]
    assert verdict.rule_version == "2024-01-01"


def test_cstd_tinh_third_cstdcs_judged_in_the_same_round():
    nominee = person(
        {2021: "HTXS", 2022: "HTXS", 2023: "HTXS"}, CHAIN_AWARDS[:2], [PROVINCIAL_IDEA]
    )

    verdict = evaluate(nominee, Proposal("CSTD_TINH", 2023), on=ON)

    assert verdict.status == "met"
    assert verdict.checks[0].detail == (
        "Chiến sĩ thi đua cơ sở 3 năm liên tục đến năm xét: 2021, 2022, 2023 "
        "(QĐ 12/QĐ-UBND ngày 15/12/2021; QĐ 30/QĐ-UBND ngày 20/12/2022; "
        "đạt tiêu chuẩn, xét cùng đợt)"
    )


def test_cstd_tinh_not_met_with_a_gap_year():
    awards = [CHAIN_AWARDS[0], CHAIN_AWARDS[2]]
    nominee = person({2021: "HTXS", 2022: "HTXS", 2023: "HTXS"}, awards, [PROVINCIAL_IDEA])

    verdict = evaluate(nominee, Proposal("CSTD_TINH", 2023), on=ON)

    assert verdict.status == "not_met"
    assert verdict.explanation == (
        "Không đạt: không đủ Chiến sĩ thi đua cơ sở 3 năm liên tục (2021, 2022, 2023): "
        "năm 2022 không có — Điều 22 Luật Thi đua, khen thưởng 2022."
    )


def test_cstd_tinh_two_years_only_is_not_met_in_the_second_year():
    nominee = person({2022: "HTXS", 2023: "HTXS"}, CHAIN_AWARDS[1:], [PROVINCIAL_IDEA])

    verdict = evaluate(nominee, Proposal("CSTD_TINH", 2023), on=ON)

    assert verdict.status == "not_met"
    assert verdict.checks[0].detail == (
        "không đủ Chiến sĩ thi đua cơ sở 3 năm liên tục (2021, 2022, 2023): năm 2021 không có"
    )


def test_cstd_tinh_not_met_without_provincial_initiative():
    idea = Initiative("Sổ tay", 2023, "co_so")
    nominee = person({2021: "HTXS", 2022: "HTXS", 2023: "HTXS"}, CHAIN_AWARDS, [idea])

    verdict = evaluate(nominee, Proposal("CSTD_TINH", 2023), on=ON)

    assert verdict.status == "not_met"
    assert verdict.checks[1] == (
        "Sáng kiến, đề tài cấp tỉnh trở lên trong 2021–2023",
        "not_met",
        "không có sáng kiến, đề tài cấp tỉnh trở lên trong 2021–2023",
    )


def test_cstd_tinh_unknown_when_third_year_rating_missing():
    nominee = person(
        {2021: "HTXS", 2022: "HTXS"},
        CHAIN_AWARDS[:2],
        [PROVINCIAL_IDEA],
        years={2023: YearRecord(2023, None, True)},
    )

    verdict = evaluate(nominee, Proposal("CSTD_TINH", 2023), on=ON)

    assert verdict.status == "unknown"
    assert verdict.explanation == (
        "Chưa đủ dữ liệu: Chiến sĩ thi đua cơ sở năm 2023: Lao động tiên tiến năm 2023: "
        "thiếu xếp loại năm 2023 — Điều 22 Luật Thi đua, khen thưởng 2022."
    )


def test_cstd_tinh_years_before_discipline_end_do_not_count():
    nominee = person(
        {2021: "HTXS", 2022: "HTXS", 2023: "HTXS"},
        CHAIN_AWARDS,
        [PROVINCIAL_IDEA],
        disciplined_until=date(2021, 6, 30),
    )

    verdict = evaluate(nominee, Proposal("CSTD_TINH", 2023), on=ON)

    assert verdict.status == "not_met"
    assert verdict.checks[0].detail == (
        "không đủ Chiến sĩ thi đua cơ sở 3 năm liên tục (2021, 2022, 2023): năm 2021 chưa "
        "được tính (kỷ luật đến ngày 30/06/2021; chỉ tính từ năm 2022)"
    )


def test_cstd_tinh_chain_after_discipline_end_is_met():
    awards = [*CHAIN_AWARDS[1:], cstdcs(2024, "9/QĐ-UBND", date(2024, 12, 20))]
    idea = Initiative("Số hóa hồ sơ khen thưởng", 2024, "tinh")
    nominee = person({2022: "HTXS", 2023: "HTXS", 2024: "HTXS"}, awards, [idea])
    nominee = replace(nominee, disciplined_until=date(2021, 6, 30))

    verdict = evaluate(nominee, Proposal("CSTD_TINH", 2024), on=ON_2025)

    assert verdict.status == "met"


def test_cstd_tinh_cannot_reuse_a_chain_already_rewarded():
    earlier = award("CSTD_TINH", 2022, "40/QĐ-UBND", date(2023, 1, 15))
    nominee = person(
        {2021: "HTXS", 2022: "HTXS", 2023: "HTXS"}, [*CHAIN_AWARDS, earlier], [PROVINCIAL_IDEA]
    )

    verdict = evaluate(nominee, Proposal("CSTD_TINH", 2023), on=ON)

    assert verdict.status == "not_met"
    assert verdict.checks[2] == (
        "Các năm 2021–2022 chưa tính cho lần Chiến sĩ thi đua cấp tỉnh trước",
        "not_met",
        "các năm trong chuỗi đã dùng cho Chiến sĩ thi đua cấp tỉnh năm 2022 "
        "(QĐ 40/QĐ-UBND ngày 15/01/2023)",
    )


def test_same_title_same_year_already_received_is_not_met():
    nominee = person(
        {2021: "HTXS", 2022: "HTXS", 2023: "HTXS"},
        [*CHAIN_AWARDS, award("CSTD_TINH", 2023, "2/QĐ-UBND", date(2024, 1, 8))],
        [PROVINCIAL_IDEA],
    )

    verdict = evaluate(nominee, Proposal("CSTD_TINH", 2023), on=ON)

    assert verdict.status == "not_met"
    assert verdict.explanation == (
        "Không đạt: đã được tặng Chiến sĩ thi đua cấp tỉnh năm 2023 "
        "(QĐ 2/QĐ-UBND ngày 08/01/2024) — Điều 22 Luật Thi đua, khen thưởng 2022."
    )


# --- rule versions -----------------------------------------------------------------------


def test_later_catalogue_entry_takes_over_from_its_effective_date():
    amended = RuleVersion(
        code="CSTD_TINH",
        effective_from=date(2026, 10, 1),
        citation="Điều 22 Luật Thi đua, khen thưởng (sửa đổi 2026)",
        basis="Luật 06/2026/QH16",
        kinds=("individual",),
        params={
            **CATALOGUE.rule("CSTD_TINH", ON).params,
            "chain_count": 2,
        },
    )
    catalogue = CATALOGUE.with_entries(amended)
    awards = [cstdcs(2025, "1/QĐ-UBND", date(2025, 12, 1)), cstdcs(2026, "2/QĐ-UBND", None)]
    idea = Initiative("Bản đồ số", 2026, "tinh")
    nominee = person({2025: "HTXS", 2026: "HTXS"}, awards, [idea])
    proposal = Proposal("CSTD_TINH", 2026)

    before = evaluate(nominee, proposal, on=date(2026, 9, 30), catalogue=catalogue)
    after = evaluate(nominee, proposal, on=date(2026, 10, 1), catalogue=catalogue)

    assert (before.status, before.rule_version, before.basis) == ("not_met", "2025-07-01", ND152)
    assert (after.status, after.rule_version) == ("met", "2026-10-01")
    assert after.citation == "Điều 22 Luật Thi đua, khen thưởng (sửa đổi 2026)"
    assert after.checks[0].detail == (
        "Chiến sĩ thi đua cơ sở 2 năm liên tục đến năm xét: 2025, 2026 "
        "(QĐ 1/QĐ-UBND ngày 01/12/2025; QĐ 2/QĐ-UBND)"
    )
    assert after.warnings == []


def test_decree_version_follows_the_date():
    nominee = person({2024: "HTT"})

    old = evaluate(nominee, Proposal("LDTT", 2024), on=date(2025, 6, 30))
    new = evaluate(nominee, Proposal("LDTT", 2024), on=date(2025, 7, 1))

    assert (old.rule_version, old.basis) == (
        "2024-01-01",
        "Luật Thi đua, khen thưởng 2022; NĐ 98/2023/NĐ-CP",
    )
    assert (new.rule_version, new.basis) == (
        "2025-07-01",
        "Luật Thi đua, khen thưởng 2022; NĐ 152/2025/NĐ-CP",
    )


def test_pending_law_without_catalogue_update_warns():
    verdict = evaluate(person({2026: "HTT"}), Proposal("LDTT", 2026), on=date(2026, 10, 1))

    assert verdict.status == "met"
    assert verdict.warnings == [
        "Luật 06/2026/QH16 sửa đổi Luật Thi đua, khen thưởng có hiệu lực từ ngày 01/10/2026; "
        "danh mục chưa cập nhật tiêu chí theo văn bản này, kết quả tính theo quy định có hiệu "
        "lực từ ngày 01/07/2025"
    ]


def test_no_rule_in_force_before_the_law_is_unknown():
    verdict = evaluate(person({2023: "HTT"}), Proposal("LDTT", 2023), on=date(2023, 6, 1))

    assert verdict.status == "unknown"
    assert verdict.explanation == (
        "Chưa đủ dữ liệu: danh mục không có tiêu chí Lao động tiên tiến có hiệu lực "
        "ngày 01/06/2023."
    )


# --- CSTĐ toàn quốc (Art 21) -------------------------------------------------------------


def _national_candidate(first_provincial_year):
    return person(
        {2023: "HTXS"},
        [
            award("CSTD_TINH", first_provincial_year, "50/QĐ-UBND", date(2021, 1, 20)),
            award("CSTD_TINH", 2023, "60/QĐ-UBND", date(2024, 1, 8)),
        ],
        [Initiative("Phần mềm thi đua", 2022, "toan_quoc", "de_tai", "Bộ Nội vụ")],
    )


def test_cstd_tq_met_with_two_consecutive_provincial_titles():
    verdict = evaluate(_national_candidate(2020), Proposal("CSTD_TQ", 2023), on=ON)

    assert verdict.status == "met"
    assert verdict.explanation == (
        "Đạt: Chiến sĩ thi đua cấp tỉnh 2 lần liên tục: 2020, 2023 (QĐ 50/QĐ-UBND ngày "
        "20/01/2021; QĐ 60/QĐ-UBND ngày 08/01/2024); có đề tài «Phần mềm thi đua» toàn quốc "
        "(2022); chưa có Chiến sĩ thi đua toàn quốc trong 2018–2022"
        " — Điều 21 Luật Thi đua, khen thưởng 2022."
    )


def test_cstd_tq_not_met_when_provincial_titles_are_not_consecutive_periods():
    verdict = evaluate(_national_candidate(2019), Proposal("CSTD_TQ", 2023), on=ON)

    assert verdict.status == "not_met"
    assert verdict.checks[0].detail == (
        "không đủ Chiến sĩ thi đua cấp tỉnh 2 lần liên tục (2020, 2023): năm 2020 không có"
    )


# --- TTLĐTT (Art 28) ---------------------------------------------------------------------


def test_ttldtt_met_at_exactly_70_percent():
    verdict = evaluate(collective(ldtt_members(7, 10)), Proposal("TTLDTT", 2023), on=ON)

    assert verdict.status == "met"
    assert verdict.checks == [
        ("Tập thể: Xếp loại năm 2023 từ HTT trở lên", "met", "xếp loại năm 2023: HTT"),
        (
            "Tập thể tham gia phong trào thi đua năm 2023",
            "met",
            "có tham gia phong trào thi đua năm 2023",
        ),
        (
            "Ít nhất 70% thành viên đạt Lao động tiên tiến năm 2023",
            "met",
            "7/10 thành viên (70%) đạt Lao động tiên tiến năm 2023",
        ),
        (
            "Không có thành viên bị kỷ luật từ cảnh cáo trở lên năm 2023",
            "met",
            "không thành viên nào bị kỷ luật từ cảnh cáo trở lên năm 2023",
        ),
    ]
    assert verdict.records_used == [
        "Xếp loại năm 2023: Hoàn thành tốt nhiệm vụ",
        "Danh sách thành viên năm 2023: 10 người",
    ]


def test_ttldtt_not_met_at_69_9_percent():
    verdict = evaluate(collective(ldtt_members(699, 1000)), Proposal("TTLDTT", 2023), on=ON)

    assert verdict.status == "not_met"
    assert verdict.explanation == (
        "Không đạt: chỉ 699/1000 thành viên (69,9%) đạt Lao động tiên tiến năm 2023, "
        "dưới 70% — Điều 28 Luật Thi đua, khen thưởng 2022."
    )


def test_ttldtt_not_met_with_a_member_disciplined_at_canh_cao():
    members = [member(i) for i in range(9)] + [member(9, discipline="canh_cao")]

    verdict = evaluate(collective(members), Proposal("TTLDTT", 2023), on=ON)

    assert verdict.status == "not_met"
    assert verdict.checks[2].detail == "9/10 thành viên (90%) đạt Lao động tiên tiến năm 2023"
    assert verdict.checks[3] == (
        "Không có thành viên bị kỷ luật từ cảnh cáo trở lên năm 2023",
        "not_met",
        "thành viên bị kỷ luật năm 2023: Thành viên 9 (cảnh cáo)",
    )


def test_ttldtt_khien_trach_member_only_loses_own_ldtt():
    members = [member(i) for i in range(9)] + [member(9, discipline="khien_trach")]

    verdict = evaluate(collective(members), Proposal("TTLDTT", 2023), on=ON)

    assert verdict.status == "met"
    assert verdict.checks[2].detail == "9/10 thành viên (90%) đạt Lao động tiên tiến năm 2023"


def test_ttldtt_unknown_without_member_list():
    verdict = evaluate(collective(None), Proposal("TTLDTT", 2023), on=ON)

    assert verdict.status == "unknown"
    assert verdict.explanation == (
        "Chưa đủ dữ liệu: thiếu danh sách thành viên; thiếu danh sách thành viên"
        " — Điều 28 Luật Thi đua, khen thưởng 2022."
    )


def test_ttldtt_unknown_when_missing_ratings_could_tip_the_share():
    members = ldtt_members(6, 8) + [member(8, None), member(9, None)]

    verdict = evaluate(collective(members), Proposal("TTLDTT", 2023), on=ON)

    assert verdict.status == "unknown"
    assert verdict.checks[2].detail == (
        "6/10 thành viên (60%) chắc chắn đạt Lao động tiên tiến năm 2023; chưa đủ dữ liệu: "
        "Thành viên 8: thiếu xếp loại năm 2023; Thành viên 9: thiếu xếp loại năm 2023"
    )


def test_ttldtt_not_met_even_if_every_missing_rating_were_good():
    members = ldtt_members(5, 9) + [member(9, None)]

    verdict = evaluate(collective(members), Proposal("TTLDTT", 2023), on=ON)

    assert verdict.status == "not_met"
    assert verdict.checks[2].detail == (
        "chỉ 5/10 thành viên (50%) đạt Lao động tiên tiến năm 2023, kể cả 1 thành viên chưa "
        "đủ dữ liệu cũng chỉ 60%, dưới 70%"
    )


def test_ttldtt_is_not_for_individuals():
    verdict = evaluate(person({2023: "HTT"}), Proposal("TTLDTT", 2023), on=ON)

    assert verdict.status == "not_met"
    assert verdict.checks == [
        (
            "Đối tượng được xét",
            "not_met",
            "Tập thể lao động tiên tiến chỉ xét cho tập thể, không xét cho cá nhân",
        )
    ]


# --- TTLĐXS (Art 27) ---------------------------------------------------------------------


def _excellent_members():
    members = ldtt_members(7, 10)
    star = Nominee(
        kind="individual",
        name="Lê Văn Minh",
        key="tv-star",
        years={2023: YearRecord(2023, "HTXS", True)},
    )
    return [star, *members[1:]]


def test_ttldxs_met():
    verdict = evaluate(collective(_excellent_members(), "HTXS"), Proposal("TTLDXS", 2023), on=ON)

    assert verdict.status == "met"
    assert [c.detail for c in verdict.checks] == [
        "xếp loại năm 2023: HTXS",
        "10/10 thành viên từ HT trở lên năm 2023",
        "7/10 thành viên (70%) đạt Lao động tiên tiến năm 2023",
        "1 thành viên đạt Chiến sĩ thi đua cơ sở năm 2023: Lê Văn Minh",
    ]


def test_ttldxs_not_met_when_a_member_is_kht():
    members = [*_excellent_members()[:-1], member(99, "KHT")]

    verdict = evaluate(collective(members, "HTXS"), Proposal("TTLDXS", 2023), on=ON)

    assert verdict.status == "not_met"
    assert verdict.checks[1].detail == (
        "có thành viên không đạt: Thành viên 99: xếp loại năm 2023: KHT, dưới HT"
    )


def test_ttldxs_not_met_without_any_cstdcs():
    verdict = evaluate(collective(ldtt_members(10, 10), "HTXS"), Proposal("TTLDXS", 2023), on=ON)

    assert verdict.status == "not_met"
    assert verdict.checks[3] == (
        "Có ít nhất 1 thành viên đạt Chiến sĩ thi đua cơ sở năm 2023",
        "not_met",
        "chỉ 0 thành viên đạt Chiến sĩ thi đua cơ sở năm 2023",
    )


def test_ttldxs_not_met_when_collective_only_htt():
    verdict = evaluate(collective(_excellent_members(), "HTT"), Proposal("TTLDXS", 2023), on=ON)

    assert verdict.status == "not_met"
    assert verdict.checks[0] == (
        "Tập thể: Hoàn thành xuất sắc nhiệm vụ năm 2023",
        "not_met",
        "xếp loại năm 2023: HTT, dưới HTXS",
    )


# --- Cờ thi đua (Art 26, 25) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("leads", "status", "detail"),
    [
        (True, "met", "được suy tôn dẫn đầu cụm, khối thi đua năm 2023"),
        (False, "not_met", "không dẫn đầu cụm, khối thi đua năm 2023"),
        (None, "unknown", "chưa có kết quả suy tôn dẫn đầu cụm, khối thi đua năm 2023"),
    ],
)
def test_co_td_tinh_follows_the_cluster_vote(leads, status, detail):
    proposal = Proposal("CO_TD_TINH", 2023, leads_cluster=leads)

    verdict = evaluate(collective([]), proposal, on=ON)

    assert verdict.status == status
    assert verdict.checks == [("Dẫn đầu cụm, khối thi đua năm 2023", status, detail)]


def test_co_td_cp_met_for_a_centrally_organised_cluster_leader():
    proposal = Proposal("CO_TD_CP", 2023, leads_cluster=False, leads_central_cluster=True)

    verdict = evaluate(collective([]), proposal, on=ON)

    assert verdict.status == "met"
    assert verdict.explanation == (
        "Đạt: dẫn đầu cụm, khối do Trung ương tổ chức năm 2023"
        " — Điều 25 Luật Thi đua, khen thưởng 2022."
    )


def test_co_td_cp_not_met_when_not_leading():
    proposal = Proposal("CO_TD_CP", 2023, leads_cluster=False)

    assert evaluate(collective([]), proposal, on=ON).status == "not_met"


@pytest.mark.parametrize(
    ("nominated", "leaders", "status"),
    [(2, 10, "met"), (3, 10, "not_met"), (1, 9, "met"), (2, 9, "not_met"), (0, 4, "met")],
)
def test_government_flag_share_is_capped_at_20_percent(nominated, leaders, status):
    assert check_government_flag_share(nominated, leaders, on=ON).status == status


def test_government_flag_share_detail():
    check = check_government_flag_share(3, 10, on=ON)

    assert check == (
        "Số đề nghị Cờ thi đua của Chính phủ trong giới hạn",
        "not_met",
        "3 đề nghị trên 10 đơn vị dẫn đầu cụm, khối; tối đa 20% là 2 "
        "(Công văn 5007/BNV-TĐKT năm 2023)",
    )


# --- Giấy khen (Art 75) ------------------------------------------------------------------


def test_giay_khen_met_for_htt_with_campaign_achievement():
    proposal = Proposal("GIAY_KHEN", 2023, campaign_achievement=True)

    verdict = evaluate(person({2023: "HTT"}), proposal, on=ON)

    assert verdict.status == "met"
    assert verdict.explanation == (
        "Đạt: xếp loại năm 2023: HTT; có thành tích trong phong trào thi đua"
        " — Điều 75 Luật Thi đua, khen thưởng 2022."
    )


def test_giay_khen_not_met_for_ht_rating():
    proposal = Proposal("GIAY_KHEN", 2023, campaign_achievement=True)

    assert evaluate(person({2023: "HT"}), proposal, on=ON).status == "not_met"


def test_giay_khen_unexpected_needs_no_rating():
    proposal = Proposal("GIAY_KHEN", 2023, "dot_xuat", unexpected_achievement=True)

    verdict = evaluate(person(), proposal, on=ON)

    assert verdict.status == "met"
    assert verdict.checks == [("Có thành tích đột xuất", "met", "có thành tích đột xuất")]


def test_giay_khen_for_household_contribution():
    household = Nominee(kind="household", name="Hộ ông Lò Văn Pọm", key="hgd-1")
    proposal = Proposal("GIAY_KHEN", 2023, contribution=True)

    assert evaluate(household, proposal, on=ON).status == "met"


def test_giay_khen_unknown_without_rating():
    proposal = Proposal("GIAY_KHEN", 2023, campaign_achievement=True)

    assert evaluate(person(), proposal, on=ON).status == "unknown"


# --- Bằng khen tỉnh (Art 74) -------------------------------------------------------------


def test_bang_khen_tinh_met_with_two_consecutive_cstdcs():
    verdict = evaluate(
        person({2022: "HTT", 2023: "HTT"}, CHAIN_AWARDS), Proposal("BANG_KHEN_TINH", 2023), on=ON
    )

    assert verdict.status == "met"
    assert verdict.explanation == (
        "Đạt: Chiến sĩ thi đua cơ sở 2 năm liên tục đến năm xét: 2022, 2023 "
        "(QĐ 30/QĐ-UBND ngày 20/12/2022; QĐ 5/QĐ-UBND ngày 05/01/2024)"
        " — Điều 74 Luật Thi đua, khen thưởng 2022."
    )


def test_bang_khen_tinh_met_with_htxs_two_years_and_two_initiatives():
    ideas = [Initiative("A", 2022, "co_so"), Initiative("B", 2023, "co_so")]
    nominee = person({2022: "HTXS", 2023: "HTXS"}, initiatives=ideas)

    verdict = evaluate(nominee, Proposal("BANG_KHEN_TINH", 2023), on=ON)

    assert verdict.status == "met"
    assert verdict.checks[1] == (
        "Hoàn thành xuất sắc nhiệm vụ 2 năm liên tục (2022–2023) và có ít nhất 2 sáng kiến "
        "(hoặc 2 đề tài) trong thời gian đó",
        "met",
        "HTXS 2022, 2023; sáng kiến «A» cấp cơ sở (2022), sáng kiến «B» cấp cơ sở (2023)",
    )


def test_bang_khen_tinh_not_met_with_one_cstdcs_and_an_initiative_outside_the_years():
    ideas = [Initiative("A", 2021, "co_so")]
    nominee = person({2022: "HTXS", 2023: "HTT"}, [CHAIN_AWARDS[1]], ideas)

    verdict = evaluate(nominee, Proposal("BANG_KHEN_TINH", 2023), on=ON)

    assert verdict.status == "not_met"
    assert verdict.explanation == (
        "Không đạt: không đủ Chiến sĩ thi đua cơ sở 2 năm liên tục (2022, 2023): năm 2023 "
        "không đạt tiêu chuẩn: xếp loại năm 2023: HTT; không có sáng kiến, đề tài năm 2023; "
        "xếp loại năm 2023: HTT, dưới HTXS; chỉ có 0 sáng kiến, 0 đề tài trong 2022–2023; "
        "hồ sơ không nêu đóng góp — Điều 74 Luật Thi đua, khen thưởng 2022."
    )


def test_bang_khen_tinh_unexpected_achievement():
    proposal = Proposal("BANG_KHEN_TINH", 2023, "dot_xuat", unexpected_achievement=True)

    verdict = evaluate(person(), proposal, on=ON)

    assert verdict.status == "met"
    assert verdict.checks == [("Có thành tích đột xuất", "met", "có thành tích đột xuất")]


# --- Bằng khen Thủ tướng 1b (Art 73.1.b) -------------------------------------------------

FIVE_HTT = dict.fromkeys(range(2020, 2025), "HTT")
BK_2019 = award("BANG_KHEN_TINH", 2019, "100/QĐ-UBND", date(2019, 12, 30))


def _ttg_candidate(base=BK_2019, cstdcs_years=(2020, 2022, 2024), ratings=None):
    awards = [base] + [cstdcs(y, f"{y}/QĐ-UBND", date(y, 12, 20)) for y in cstdcs_years]
    return person(ratings or FIVE_HTT, awards)


def test_bang_khen_ttg_met_five_years_after_the_bang_khen():
    verdict = evaluate(_ttg_candidate(), Proposal("BANG_KHEN_TTG", 2024), on=ON_2025)

    assert verdict.status == "met"
    assert verdict.explanation == (
        "Đạt: Bằng khen cấp bộ, tỉnh năm 2019 (QĐ 100/QĐ-UBND ngày 30/12/2019); "
        "2020–2024 đều từ HTT trở lên (2020: HTT, 2021: HTT, 2022: HTT, 2023: HTT, 2024: HTT); "
        "3 lần: 2020, 2022, 2024 (QĐ 2020/QĐ-UBND ngày 20/12/2020; QĐ 2022/QĐ-UBND ngày "
        "20/12/2022; QĐ 2024/QĐ-UBND ngày 20/12/2024)"
        " — Điểm b khoản 1 Điều 73 Luật Thi đua, khen thưởng 2022."
    )
    assert [c.label for c in verdict.checks] == [
        "Đã được tặng Bằng khen cấp bộ, tỉnh từ năm 2019 trở về trước",
        "5 năm liên tục trở lên xếp loại từ HTT trở lên sau đó",
        "Ít nhất 3 lần Chiến sĩ thi đua cơ sở trong 2020–2024",
    ]
    assert verdict.records_used[0] == (
        "Bằng khen cấp bộ, tỉnh năm 2019 — QĐ 100/QĐ-UBND ngày 30/12/2019"
    )


def test_bang_khen_ttg_window_starts_after_the_bang_khen_year():
    # CSTĐCS in the Bằng khen's own year does not fall in the five years after it.
    nominee = _ttg_candidate(cstdcs_years=(2019, 2021, 2023))

    verdict = evaluate(nominee, Proposal("BANG_KHEN_TTG", 2024), on=ON_2025)

    assert verdict.status == "not_met"
    assert verdict.checks[2] == (
        "Ít nhất 3 lần Chiến sĩ thi đua cơ sở trong 2020–2024",
        "not_met",
        "chỉ 2 lần: 2021, 2023",
    )


def test_bang_khen_ttg_not_met_when_bang_khen_too_recent():
    base = award("BANG_KHEN_TINH", 2020, "7/QĐ-UBND", date(2020, 12, 30))

    verdict = evaluate(_ttg_candidate(base), Proposal("BANG_KHEN_TTG", 2024), on=ON_2025)

    assert verdict.status == "not_met"
    assert verdict.checks[0] == (
        "Đã được tặng Bằng khen cấp bộ, tỉnh từ năm 2019 trở về trước",
        "not_met",
        "không có Bằng khen cấp bộ, tỉnh (khen công trạng) từ năm 2019 trở về trước: "
        "Bằng khen cấp bộ, tỉnh năm 2020 chưa đủ 5 năm tiếp theo",
    )


def test_bang_khen_ttg_unexpected_bang_khen_does_not_count():
    base = award("BANG_KHEN_TINH", 2019, "8/QĐ-UBND", date(2019, 6, 1), "dot_xuat")

    verdict = evaluate(_ttg_candidate(base), Proposal("BANG_KHEN_TTG", 2024), on=ON_2025)

    assert verdict.status == "not_met"
    assert verdict.checks[0].detail == (
        "không có Bằng khen cấp bộ, tỉnh (khen công trạng) từ năm 2019 trở về trước: "
        "Bằng khen cấp bộ, tỉnh năm 2019 là khen đột xuất, không tính"
    )
    assert "dot_xuat" in NON_CHAIN_AWARD_TYPES


def test_bang_khen_ttg_not_met_with_a_ht_year_in_the_window():
    ratings = {**FIVE_HTT, 2022: "HT"}

    verdict = evaluate(_ttg_candidate(ratings=ratings), Proposal("BANG_KHEN_TTG", 2024), on=ON_2025)

    assert verdict.status == "not_met"
    assert verdict.checks[1].detail == "xếp loại năm 2022: HT, dưới HTT"


def test_bang_khen_ttg_unknown_with_a_missing_rating():
    ratings = {y: r for y, r in FIVE_HTT.items() if y != 2021}

    verdict = evaluate(_ttg_candidate(ratings=ratings), Proposal("BANG_KHEN_TTG", 2024), on=ON_2025)

    assert verdict.status == "unknown"
    assert verdict.explanation == (
        "Chưa đủ dữ liệu: thiếu xếp loại năm 2021"
        " — Điểm b khoản 1 Điều 73 Luật Thi đua, khen thưởng 2022."
    )


def test_bang_khen_ttg_older_bang_khen_gives_a_longer_window():
    base = award("BANG_KHEN_TINH", 2017, "3/QĐ-UBND", date(2017, 12, 30))
    ratings = dict.fromkeys(range(2018, 2025), "HTT")
    nominee = _ttg_candidate(base, cstdcs_years=(2018, 2019, 2023), ratings=ratings)

    verdict = evaluate(nominee, Proposal("BANG_KHEN_TTG", 2024), on=ON_2025)

    assert verdict.status == "met"
    assert verdict.checks[2].label == "Ít nhất 3 lần Chiến sĩ thi đua cơ sở trong 2018–2024"


# --- Huân chương Lao động hạng Ba 1e (Art 44.1.e) ----------------------------------------

BK_TTG_2019 = award("BANG_KHEN_TTG", 2019, "1500/QĐ-TTg", date(2019, 11, 1))


def test_hcld_3_met_with_one_htxs_year():
    nominee = _ttg_candidate(BK_TTG_2019, ratings={**FIVE_HTT, 2023: "HTXS"})

    verdict = evaluate(nominee, Proposal("HCLD_3", 2024), on=ON_2025)

    assert verdict.status == "met"
    assert verdict.checks[2] == (
        "Ít nhất 1 năm hoàn thành xuất sắc nhiệm vụ trong 2020–2024",
        "met",
        "HTXS năm 2023",
    )


def test_hcld_3_not_met_without_htxs_year():
    verdict = evaluate(_ttg_candidate(BK_TTG_2019), Proposal("HCLD_3", 2024), on=ON_2025)

    assert verdict.status == "not_met"
    assert verdict.explanation == (
        "Không đạt: không có năm HTXS trong 2020–2024"
        " — Điểm e khoản 1 Điều 44 Luật Thi đua, khen thưởng 2022."
    )


def test_hcld_3_needs_the_prime_ministers_bang_khen_not_a_provincial_one():
    assert evaluate(_ttg_candidate(), Proposal("HCLD_3", 2024), on=ON_2025).status == "not_met"


# --- council votes -----------------------------------------------------------------------


def test_vote_thresholds_are_data():
    assert vote_threshold("CSTD_TINH", ON) == Fraction(9, 10)
    assert vote_threshold("CSTD_TQ", ON) == Fraction(9, 10)
    assert vote_threshold("CSTDCS", ON) == Fraction(8, 10)
    assert vote_threshold("CO_TD_TINH", ON) == Fraction(8, 10)
    assert vote_threshold("LDTT", ON) is None
    assert CATALOGUE.vote("CSTDCS", date(2025, 6, 30)).citation == (
        "Khoản 7 Điều 30 NĐ 98/2023/NĐ-CP"
    )
    assert CATALOGUE.vote("CSTDCS", date(2025, 7, 1)).citation.startswith("NĐ 152/2025/NĐ-CP")


@pytest.mark.parametrize(
    ("code", "yes", "total", "passes"),
    [
        ("CSTD_TINH", 9, 10, True),
        ("CSTD_TINH", 8, 10, False),
        ("CSTD_TINH", 17, 19, False),  # 89.5 %
        ("CSTDCS", 8, 10, True),
        ("CSTDCS", 7, 10, False),
        ("CO_TD_CP", 12, 15, True),
        ("CO_TD_CP", 8, 11, False),  # 72.7 %: the share is of all members
    ],
)
def test_vote_passes_on_share_of_all_members(code, yes, total, passes):
    assert vote_passes(code, yes, total, ON) is passes


def test_vote_passes_rejects_codes_without_council_vote_and_bad_counts():
    with pytest.raises(ValueError):
        vote_passes("LDTT", 5, 5, ON)
    with pytest.raises(ValueError):
        vote_passes("CSTDCS", 11, 10, ON)


# --- inputs and outputs ------------------------------------------------------------------


def test_documented_json_example_evaluates():
    example = json.loads(re.search(r"::\n\n(.*?)\n\n``years``", schema.__doc__, re.S).group(1))

    verdicts = evaluate_many(example, on=ON)

    assert [v.status for v in verdicts] == ["met"]
    assert verdicts[0].nominee_key == "cb-0042"
    assert json.loads(json.dumps(verdicts[0].to_dict(), ensure_ascii=False))["checks"][0] == {
        "label": "Chiến sĩ thi đua cơ sở 3 năm liên tục (2021, 2022, 2023)",
        "status": "met",
        "detail": "Chiến sĩ thi đua cơ sở 3 năm liên tục đến năm xét: 2021, 2022, 2023 "
        "(QĐ 12/QĐ-UBND ngày 15/12/2021; QĐ 30/QĐ-UBND ngày 20/12/2022; "
        "đạt tiêu chuẩn, xét cùng đợt)",
    }


def test_nominee_from_dict_reads_years_keyed_by_year_and_members():
    nominee = nominee_from_dict(
        {
            "kind": "collective",
            "name": "Trường Tiểu học Tân Lập",
            "key": 7,
            "years": {"2023": {"rating": "HTT", "in_emulation": True}},
            "members": [{"kind": "individual", "name": "A", "key": "a"}],
            "disciplined_until": "2022-03-31",
        }
    )

    assert nominee.years == {2023: YearRecord(2023, "HTT", True)}
    assert nominee.key == "7"
    assert nominee.members[0].name == "A"
    assert nominee.disciplined_until == date(2022, 3, 31)


def test_invalid_input_fails_loudly():
    with pytest.raises(ValueError):
        YearRecord(2023, "XUAT_SAC")
    with pytest.raises(ValueError):
        evaluate(person(), Proposal("KHONG_CO", 2023), on=ON)


def test_every_rule_code_has_a_catalogue_entry():
    assert RULE_CODES == (
        "LDTT",
        "CSTDCS",
        "CSTD_TINH",
        "CSTD_TQ",
        "TTLDTT",
        "TTLDXS",
        "CO_TD_TINH",
        "CO_TD_CP",
        "GIAY_KHEN",
        "BANG_KHEN_TINH",
        "BANG_KHEN_TTG",
        "HCLD_3",
    )
    assert all(CATALOGUE.rule(code, ON) is not None for code in RULE_CODES)
