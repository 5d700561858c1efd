"""Versioned rule data: thresholds, chain lengths, vote shares and citations.

Criteria change with the texts in force (NĐ 152/2025/NĐ-CP replaced NĐ 98/2023/NĐ-CP on
01/07/2025; Luật 06/2026/QH16 is reported in force from 01/10/2026 with unknown content), so
every number the rules read lives here, each entry with the date it takes effect. A new text
means new entries with a later ``effective_from``; ``rules`` does not change unless the
*shape* of a criterion changes.

``Catalogue.rule(code, on)`` returns the entry in force on a date: the one with the latest
``effective_from`` not after it. A ``PendingChange`` records a text known to take effect
whose content is not yet in the catalogue: verdicts computed on or after its date under an
older entry carry a warning instead of silently applying superseded criteria.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from fractions import Fraction
from types import MappingProxyType
from typing import Any

LAW = "Luật Thi đua, khen thưởng 2022"
ND98 = "Luật Thi đua, khen thưởng 2022; NĐ 98/2023/NĐ-CP"
ND152 = "Luật Thi đua, khen thưởng 2022; NĐ 152/2025/NĐ-CP"
LAW_IN_FORCE = date(2024, 1, 1)
ND152_IN_FORCE = date(2025, 7, 1)

# Names of the catalogue codes, also used for awards in a nominee's history.
NAMES = {
    "LDTT": "Lao động tiên tiến",
    "CSTDCS": "Chiến sĩ thi đua cơ sở",
    "CSTD_TINH": "Chiến sĩ thi đua cấp tỉnh",
    "CSTD_TQ": "Chiến sĩ thi đua toàn quốc",
    "TTLDTT": "Tập thể lao động tiên tiến",
    "TTLDXS": "Tập thể lao động xuất sắc",
    "CO_TD_TINH": "Cờ thi đua cấp tỉnh",
    "CO_TD_CP": "Cờ thi đua của Chính phủ",
    "GIAY_KHEN": "Giấy khen",
    "BANG_KHEN_TINH": "Bằng khen cấp bộ, tỉnh",
    "BANG_KHEN_TTG": "Bằng khen của Thủ tướng Chính phủ",
    "HCLD_3": "Huân chương Lao động hạng Ba",
}

# Law Art 5 / NĐ 152 Art 4: these types never feed an achievement chain.
NON_CHAIN_AWARD_TYPES = ("dot_xuat", "chuyen_de")


@dataclass(frozen=True)
class RuleVersion:
    """One version of one rule: who it is for, the article, and its numbers."""

    code: str
    effective_from: date
    citation: str
    basis: str
    kinds: tuple[str, ...]
    award_types: tuple[str, ...] = ("cong_trang",)
    params: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))

    @property
    def name(self) -> str:
        return NAMES.get(self.code, self.code)


@dataclass(frozen=True)
class VoteShare:
    """Share of ALL council members that must vote yes (secret ballot)."""

    code: str
    effective_from: date
    share: Fraction
    citation: str


@dataclass(frozen=True)
class ShareCap:
    """A list-level cap: nominations at most ``share`` of a reference count."""

    code: str
    effective_from: date
    share: Fraction
    citation: str


@dataclass(frozen=True)
class PendingChange:
    """A text known to take effect whose criteria are not yet in the catalogue."""

    effective_from: date
    text: str


def _latest(entries, code, on):
    found = [e for e in entries if e.code == code and e.effective_from <= on]
    return max(found, key=lambda e: e.effective_from) if found else None


@dataclass(frozen=True)
class Catalogue:
    rules: tuple[RuleVersion, ...]
    votes: tuple[VoteShare, ...] = ()
    caps: tuple[ShareCap, ...] = ()
    pending: tuple[PendingChange, ...] = ()

    def rule(self, code: str, on: date) -> RuleVersion | None:
        return _latest(self.rules, code, on)

    def vote(self, code: str, on: date) -> VoteShare | None:
        return _latest(self.votes, code, on)

    def cap(self, code: str, on: date) -> ShareCap | None:
        return _latest(self.caps, code, on)

    def pending_for(self, version: RuleVersion, on: date) -> list[PendingChange]:
        """Texts in force on ``on`` that are newer than the version applied."""
        return [p for p in self.pending if version.effective_from < p.effective_from <= on]

    def with_entries(self, *entries) -> Catalogue:
        """A copy with more entries (rule versions, vote shares, caps or pending texts)."""
        kinds = {
            RuleVersion: "rules",
            VoteShare: "votes",
            ShareCap: "caps",
            PendingChange: "pending",
        }
        added: dict[str, tuple] = {}
        for entry in entries:
            attr = kinds[type(entry)]
            added[attr] = added.get(attr, getattr(self, attr)) + (entry,)
        return replace(self, **added)


def _rule(code, citation, kinds, award_types=("cong_trang",), **params: Any):
    """The same criteria under each implementing decree (procedures changed, criteria not)."""
    params.setdefault("non_chain_award_types", NON_CHAIN_AWARD_TYPES)
    frozen = MappingProxyType(params)
    return [
        RuleVersion(code, LAW_IN_FORCE, citation, ND98, kinds, award_types, frozen),
        RuleVersion(code, ND152_IN_FORCE, citation, ND152, kinds, award_types, frozen),
    ]


INDIVIDUAL = ("individual",)
COLLECTIVE = ("collective",)

RULES: tuple[RuleVersion, ...] = tuple(
    _rule("LDTT", f"Điều 24 {LAW}", INDIVIDUAL, min_rating="HTT", same_session=True)
    + _rule(
        "CSTDCS",
        f"Điều 23 {LAW}",
        INDIVIDUAL,
        prerequisite="LDTT",
        excellent_rating="HTXS",
        initiative_level="co_so",
        same_session=True,
    )
    + _rule(
        "CSTD_TINH",
        f"Điều 22 {LAW}",
        INDIVIDUAL,
        chain_code="CSTDCS",
        chain_count=3,
        chain_step=1,
        initiative_level="tinh",
        same_session=True,
    )
    + _rule(
        "CSTD_TQ",
        f"Điều 21 {LAW}",
        INDIVIDUAL,
        chain_code="CSTD_TINH",
        chain_count=2,
        # One CSTĐ tỉnh covers 3 years of CSTĐCS, so "2 lần liên tục" are 3 years apart.
        chain_step=3,
        initiative_level="toan_quoc",
    )
    + _rule(
        "TTLDTT",
        f"Điều 28 {LAW}",
        COLLECTIVE,
        min_rating="HTT",
        member_code="LDTT",
        member_share=Fraction(70, 100),
        member_discipline_from="canh_cao",
    )
    + _rule(
        "TTLDXS",
        f"Điều 27 {LAW}",
        COLLECTIVE,
        min_rating="HTXS",
        member_min_rating="HT",
        member_code="LDTT",
        member_share=Fraction(70, 100),
        min_cstdcs=1,
    )
    + _rule("CO_TD_TINH", f"Điều 26 {LAW}", COLLECTIVE)
    + _rule("CO_TD_CP", f"Điều 25 {LAW}", COLLECTIVE)
    + _rule(
        "GIAY_KHEN",
        f"Điều 75 {LAW}",
        ("individual", "collective", "household"),
        ("cong_trang", "chuyen_de", "dot_xuat"),
        min_rating="HTT",
    )
    + _rule(
        "BANG_KHEN_TINH",
        f"Điều 74 {LAW}",
        ("individual", "collective", "household"),
        ("cong_trang", "chuyen_de", "dot_xuat", "cong_hien"),
        paths=MappingProxyType(
            {
                "cong_trang": ("cstdcs_chain", "htxs_initiatives", "contribution"),
                "chuyen_de": ("campaign",),
                "dot_xuat": ("unexpected",),
                "cong_hien": ("contribution",),
            }
        ),
        cstdcs_count=2,
        htxs_years=2,
        min_initiatives=2,
        initiative_level="co_so",
    )
    + _rule(
        "BANG_KHEN_TTG",
        f"Điểm b khoản 1 Điều 73 {LAW}",
        INDIVIDUAL,
        base_codes=("BANG_KHEN_TINH",),
        window_years=5,
        min_rating="HTT",
        min_cstdcs=3,
        min_htxs=0,
    )
    + _rule(
        "HCLD_3",
        f"Điểm e khoản 1 Điều 44 {LAW}",
        INDIVIDUAL,
        base_codes=("BANG_KHEN_TTG",),
        window_years=5,
        min_rating="HTT",
        min_cstdcs=3,
        min_htxs=1,
    )
)

_VOTE_SHARES = {
    "CSTD_TINH": Fraction(90, 100),
    "CSTD_TQ": Fraction(90, 100),
    "CSTDCS": Fraction(80, 100),
    "CO_TD_TINH": Fraction(80, 100),
    "CO_TD_CP": Fraction(80, 100),
}
VOTES: tuple[VoteShare, ...] = tuple(
    entry
    for code, share in _VOTE_SHARES.items()
    for entry in (
        VoteShare(code, LAW_IN_FORCE, share, "Khoản 7 Điều 30 NĐ 98/2023/NĐ-CP"),
        # Assumed carried into NĐ 152/2025 (domain.md §8); change here when confirmed.
        VoteShare(
            code,
            ND152_IN_FORCE,
            share,
            "NĐ 152/2025/NĐ-CP (tỉ lệ theo khoản 7 Điều 30 NĐ 98/2023/NĐ-CP)",
        ),
    )
)

CAPS: tuple[ShareCap, ...] = (
    ShareCap("CO_TD_CP", LAW_IN_FORCE, Fraction(20, 100), "Công văn 5007/BNV-TĐKT năm 2023"),
)

PENDING: tuple[PendingChange, ...] = (
    PendingChange(date(2026, 10, 1), "Luật 06/2026/QH16 sửa đổi Luật Thi đua, khen thưởng"),
)

CATALOGUE = Catalogue(rules=RULES, votes=VOTES, caps=CAPS, pending=PENDING)
