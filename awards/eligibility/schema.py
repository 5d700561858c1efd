"""Inputs of the eligibility engine: a nominee's history and the proposed title or form.

Plain dataclasses, no Django: the Django layer (and the ``check_eligibility`` command) builds
them from models or from JSON. Values are validated on construction, so a typo in a rating
or a code fails loudly instead of being read as "not met".

Conventions
- A missing ``YearRecord`` or a ``rating`` of ``None`` means *unknown*, never "not rated".
- The award history is taken as complete: an award that is not listed was not received.
- ``members=None`` means the member list is unknown; ``[]`` means a collective without members.
- Claim flags of a ``Proposal`` (``campaign_achievement`` …) are what the proposing unit
  claims; ``leads_cluster`` is a fact from the cluster's vote and may be unknown (``None``).

JSON shape (what ``nominee_from_dict`` / ``proposal_from_dict`` read; dates are
``"YYYY-MM-DD"``; every key except ``kind``, ``name``, ``key``, ``code`` and ``year`` may be
left out)::

    [
      {
        "nominee": {
          "kind": "individual",
          "name": "Nguyễn Thị Lan",
          "key": "cb-0042",
          "years": [
            {"year": 2021, "rating": "HTXS", "in_emulation": true},
            {"year": 2022, "rating": "HTT", "in_emulation": true, "maternity_leave": true},
            {"year": 2023, "rating": "HTXS", "in_emulation": true, "discipline": null}
          ],
          "awards": [
            {"code": "CSTDCS", "year": 2021, "award_type": "cong_trang",
             "decision_number": "12/QĐ-UBND", "decision_date": "2021-12-15",
             "office": "UBND huyện Tiên Du"},
            {"code": "CSTDCS", "year": 2022, "decision_number": "30/QĐ-UBND",
             "decision_date": "2022-12-20"}
          ],
          "initiatives": [
            {"title": "Số hóa hồ sơ khen thưởng", "year": 2023, "level": "tinh",
             "kind": "sang_kien", "recognised_by": "Hội đồng sáng kiến tỉnh"}
          ],
          "disciplined_until": null,
          "under_investigation": false,
          "members": null
        },
        "proposal": {
          "code": "CSTD_TINH", "year": 2023, "award_type": "cong_trang",
          "leads_cluster": null, "leads_central_cluster": false, "leads_pm_campaign": false,
          "campaign_achievement": false, "unexpected_achievement": false,
          "contribution": false, "combat_ingenuity": false
        }
      }
    ]

``years`` may also be an object keyed by year (``{"2021": {"rating": "HTXS"}}``).
``members`` (collectives) is a list of nominee objects of the same shape.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any

KINDS = ("individual", "collective", "household")
# Best first; the index is the rank used by "at least" comparisons.
RATINGS = ("HTXS", "HTT", "HT", "KHT")
RATING_NAMES = {
    "HTXS": "Hoàn thành xuất sắc nhiệm vụ",
    "HTT": "Hoàn thành tốt nhiệm vụ",
    "HT": "Hoàn thành nhiệm vụ",
    "KHT": "Không hoàn thành nhiệm vụ",
}
# Lightest first; the index is the severity used by "at least cảnh cáo" checks.
DISCIPLINES = (
    "khien_trach",
    "canh_cao",
    "ha_bac_luong",
    "giang_chuc",
    "cach_chuc",
    "buoc_thoi_viec",
)
DISCIPLINE_NAMES = {
    "khien_trach": "khiển trách",
    "canh_cao": "cảnh cáo",
    "ha_bac_luong": "hạ bậc lương",
    "giang_chuc": "giáng chức",
    "cach_chuc": "cách chức",
    "buoc_thoi_viec": "buộc thôi việc",
}
AWARD_TYPES = ("cong_trang", "dot_xuat", "chuyen_de", "cong_hien", "nien_han", "doi_ngoai")
AWARD_TYPE_NAMES = {
    "cong_trang": "công trạng",
    "dot_xuat": "đột xuất",
    "chuyen_de": "chuyên đề",
    "cong_hien": "quá trình cống hiến",
    "nien_han": "niên hạn",
    "doi_ngoai": "đối ngoại",
}
INITIATIVE_LEVELS = ("co_so", "tinh", "toan_quoc")  # lowest first
INITIATIVE_LEVEL_NAMES = {"co_so": "cấp cơ sở", "tinh": "cấp tỉnh", "toan_quoc": "toàn quốc"}
INITIATIVE_KINDS = ("sang_kien", "de_tai", "giai_phap")
INITIATIVE_KIND_NAMES = {"sang_kien": "Sáng kiến", "de_tai": "Đề tài", "giai_phap": "Giải pháp"}


def _choice(value, allowed, what):
    if value not in allowed:
        raise ValueError(f"{what}: {value!r} is not one of {', '.join(map(str, allowed))}")


def _text(value):
    return None if value is None else unicodedata.normalize("NFC", str(value)).strip()


def rating_rank(rating: str) -> int:
    """0 for HTXS … 3 for KHT: lower is better."""
    return RATINGS.index(rating)


def rating_at_least(rating: str, minimum: str) -> bool:
    return rating_rank(rating) <= rating_rank(minimum)


def discipline_at_least(discipline: str, minimum: str) -> bool:
    return DISCIPLINES.index(discipline) >= DISCIPLINES.index(minimum)


@dataclass(frozen=True)
class YearRecord:
    """One year of a nominee: xếp loại, tham gia thi đua, kỷ luật trong năm.

    Maternity leave (nghỉ thai sản) counts as working time: the year keeps its normal rating
    and ``maternity_leave`` only excuses missing emulation activity.
    """

    year: int
    rating: str | None = None
    in_emulation: bool | None = None
    discipline: str | None = None
    maternity_leave: bool = False

    def __post_init__(self):
        if self.rating is not None:
            _choice(self.rating, RATINGS, "rating")
        if self.discipline is not None:
            _choice(self.discipline, DISCIPLINES, "discipline")


@dataclass(frozen=True)
class AwardRecord:
    """A title or form already received (danh hiệu / hình thức đã được tặng)."""

    code: str
    year: int
    award_type: str = "cong_trang"
    decision_number: str | None = None
    decision_date: date | None = None
    office: str | None = None

    def __post_init__(self):
        _choice(self.award_type, AWARD_TYPES, "award_type")


@dataclass(frozen=True)
class Initiative:
    """Sáng kiến, đề tài nghiên cứu hoặc giải pháp đã được công nhận / nghiệm thu."""

    title: str
    year: int
    level: str = "co_so"
    kind: str = "sang_kien"
    recognised_by: str | None = None

    def __post_init__(self):
        _choice(self.level, INITIATIVE_LEVELS, "initiative level")
        _choice(self.kind, INITIATIVE_KINDS, "initiative kind")


@dataclass(frozen=True)
class Nominee:
    """Cá nhân, tập thể hoặc hộ gia đình được đề nghị, with the history the rules read."""

    kind: str
    name: str
    key: str
    years: dict[int, YearRecord] = field(default_factory=dict)
    awards: list[AwardRecord] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    disciplined_until: date | None = None
    under_investigation: bool = False
    members: list[Nominee] | None = None

    def __post_init__(self):
        _choice(self.kind, KINDS, "nominee kind")
        for year, record in self.years.items():
            if record.year != year:
                raise ValueError(f"years[{year}] holds the record of {record.year}")


@dataclass(frozen=True)
class Proposal:
    """The title or form proposed for one year (năm xét) and the claims that go with it."""

    code: str
    year: int
    award_type: str = "cong_trang"
    # Cờ thi đua: the cluster's choice of its leading unit (suy tôn); None = not yet known.
    leads_cluster: bool | None = None
    leads_central_cluster: bool = False
    leads_pm_campaign: bool = False
    # Giấy khen, Bằng khen: what the proposing unit claims.
    campaign_achievement: bool = False
    unexpected_achievement: bool = False
    contribution: bool = False
    # CSTĐCS in the armed forces: mưu trí, sáng tạo trong chiến đấu.
    combat_ingenuity: bool = False

    def __post_init__(self):
        _choice(self.award_type, AWARD_TYPES, "award_type")


def _date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(value)


def _bool_or_none(value: Any, what: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise ValueError(f"{what}: expected true, false or null, got {value!r}")


def _year_record(year: int, d: dict) -> YearRecord:
    return YearRecord(
        year=year,
        rating=d.get("rating"),
        in_emulation=_bool_or_none(d.get("in_emulation"), "in_emulation"),
        discipline=d.get("discipline"),
        maternity_leave=bool(d.get("maternity_leave", False)),
    )


def nominee_from_dict(d: dict) -> Nominee:
    """Build a ``Nominee`` from the JSON shape in this module's docstring."""
    raw_years = d.get("years") or []
    years: dict[int, YearRecord] = {}
    if isinstance(raw_years, dict):
        items = [(int(y), v) for y, v in raw_years.items()]
    else:
        items = [(int(v["year"]), v) for v in raw_years]
    for year, value in items:
        if year in years:
            raise ValueError(f"year {year} is given twice")
        years[year] = _year_record(year, value)
    members = d.get("members")
    return Nominee(
        kind=d["kind"],
        name=_text(d["name"]),
        key=str(d["key"]),
        years=years,
        awards=[
            AwardRecord(
                code=a["code"],
                year=int(a["year"]),
                award_type=a.get("award_type", "cong_trang"),
                decision_number=_text(a.get("decision_number")),
                decision_date=_date(a.get("decision_date")),
                office=_text(a.get("office")),
            )
            for a in d.get("awards") or []
        ],
        initiatives=[
            Initiative(
                title=_text(i["title"]),
                year=int(i["year"]),
                level=i.get("level", "co_so"),
                kind=i.get("kind", "sang_kien"),
                recognised_by=_text(i.get("recognised_by")),
            )
            for i in d.get("initiatives") or []
        ],
        disciplined_until=_date(d.get("disciplined_until")),
        under_investigation=bool(d.get("under_investigation", False)),
        members=None if members is None else [nominee_from_dict(m) for m in members],
    )


def proposal_from_dict(d: dict) -> Proposal:
    """Build a ``Proposal`` from the JSON shape in this module's docstring."""
    return Proposal(
        code=d["code"],
        year=int(d["year"]),
        award_type=d.get("award_type", "cong_trang"),
        leads_cluster=_bool_or_none(d.get("leads_cluster"), "leads_cluster"),
        leads_central_cluster=bool(d.get("leads_central_cluster", False)),
        leads_pm_campaign=bool(d.get("leads_pm_campaign", False)),
        campaign_achievement=bool(d.get("campaign_achievement", False)),
        unexpected_achievement=bool(d.get("unexpected_achievement", False)),
        contribution=bool(d.get("contribution", False)),
        combat_ingenuity=bool(d.get("combat_ingenuity", False)),
    )
