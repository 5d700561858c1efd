"""One function per rule code (domain.md §8); the numbers come from the catalogue.

Each rule returns an ``Outcome``: its status and one ``Check`` per sub-condition. A check is
*met*, *not_met* or *unknown* (data missing: never guessed). ``all_of`` gives not_met if any
part fails, else unknown if any part is missing; ``any_of`` gives met if any path holds.

Readings of the chains (the year considered, *năm xét*, is ``Proposal.year``):
- "Consecutive" means no gap year and the chain **ends with the year considered**: CSTĐ tỉnh
  in 2023 needs CSTĐCS 2021, 2022 and 2023 ("3 lần liên tục"; the time to propose it is the
  year of the third CSTĐCS). Bằng khen tỉnh "CSTĐCS 2 lần liên tục" / "HTXS 2 năm liên tục"
  in 2023 reads 2022 and 2023.
- CSTĐ toàn quốc "CSTĐ tỉnh 2 lần liên tục": two CSTĐ tỉnh whose 3-year chains follow each
  other, i.e. CSTĐ tỉnh in the year considered and 3 years before (2020 and 2023); the
  national-level initiative may come from any of those six years.
- Bằng khen Thủ tướng 1b / Huân chương Lao động hạng Ba 1e: a base award in year B, then the
  years B+1 … Y (at least 5 of them, all ≥ HTT) hold the CSTĐCS (and HTXS) counted; the base
  year itself is not in the window. Any base of year ≤ Y-5 may be used; the most recent one
  that satisfies the rule is reported.
- A title of the year considered that is not yet on record (its decision comes in the same
  year-end round) is evaluated from its own criteria when its catalogue entry says
  ``same_session`` (LĐTT, CSTĐCS, CSTĐ tỉnh) and reported as "xét cùng đợt".
- A chain may not reuse years already counted for an earlier award of the same code (one
  achievement, one form); a title may still feed chains of other codes.
- After a discipline, years up to the year the discipline ended (or was imposed) do not
  count; maternity leave is a normally rated year.
Qualitative criteria (united, law-abiding beyond discipline, exemplary) are the council's
judgement and are not evaluated here.
"""

from .collective import co_td_cp, co_td_tinh, member_share_check, ttldtt, ttldxs
from .commendations import bang_khen_tinh, bang_khen_ttg, giay_khen, hcld_3
from .common import (
    MET,
    NOT_MET,
    RULES,
    UNKNOWN,
    Check,
    Context,
    Outcome,
    all_of,
    any_of,
    award_text,
    chain_check,
    counted_awards,
    counting_from,
    decision_ref,
    excluded_year,
    fmt_date,
    initiative_check,
    initiative_text,
    initiatives_in,
    no_reuse_check,
    pct,
    rating_check,
    span,
    suspension,
    title_in_year,
)
from .individual import cstd_tinh, cstd_tq, cstdcs, ldtt

RULES.update(
    {
        "LDTT": ldtt,
        "CSTDCS": cstdcs,
        "CSTD_TINH": cstd_tinh,
        "CSTD_TQ": cstd_tq,
        "TTLDTT": ttldtt,
        "TTLDXS": ttldxs,
        "CO_TD_TINH": co_td_tinh,
        "CO_TD_CP": co_td_cp,
        "GIAY_KHEN": giay_khen,
        "BANG_KHEN_TINH": bang_khen_tinh,
        "BANG_KHEN_TTG": bang_khen_ttg,
        "HCLD_3": hcld_3,
    }
)
RULE_CODES: tuple[str, ...] = tuple(RULES)

__all__ = [
    "MET",
    "NOT_MET",
    "RULES",
    "RULE_CODES",
    "UNKNOWN",
    "Check",
    "Context",
    "Outcome",
    "all_of",
    "any_of",
    "award_text",
    "bang_khen_tinh",
    "bang_khen_ttg",
    "chain_check",
    "co_td_cp",
    "co_td_tinh",
    "counted_awards",
    "counting_from",
    "cstd_tinh",
    "cstd_tq",
    "cstdcs",
    "decision_ref",
    "excluded_year",
    "fmt_date",
    "giay_khen",
    "hcld_3",
    "initiative_check",
    "initiative_text",
    "initiatives_in",
    "ldtt",
    "member_share_check",
    "no_reuse_check",
    "pct",
    "rating_check",
    "span",
    "suspension",
    "title_in_year",
    "ttldtt",
    "ttldxs",
]
