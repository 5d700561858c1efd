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

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import NamedTuple

from .catalogue import NAMES, Catalogue, RuleVersion
from .schema import (
    AWARD_TYPE_NAMES,
    DISCIPLINE_NAMES,
    INITIATIVE_KIND_NAMES,
    INITIATIVE_LEVEL_NAMES,
    INITIATIVE_LEVELS,
    RATING_NAMES,
    AwardRecord,
    Initiative,
    Nominee,
    Proposal,
    discipline_at_least,
    rating_at_least,
)

MET, NOT_MET, UNKNOWN = "met", "not_met", "unknown"
_MEMBER_LIST_LIMIT = 5


class Check(NamedTuple):
    """One sub-condition: label, status, detail (Vietnamese)."""

    label: str
    status: str
    detail: str


@dataclass
class Outcome:
    status: str
    checks: list[Check]


@dataclass(frozen=True)
class Context:
    """What a rule reads: the person, the proposal, the rule version, the date."""

    nominee: Nominee
    proposal: Proposal
    rule: RuleVersion
    catalogue: Catalogue
    on: date
    records: list[str] = field(default_factory=list)
    record: bool = True

    @property
    def year(self) -> int:
        return self.proposal.year

    @property
    def params(self):
        return self.rule.params

    def use(self, text: str) -> None:
        if self.record and text not in self.records:
            self.records.append(text)


def all_of(statuses) -> str:
    statuses = list(statuses)
    if NOT_MET in statuses:
        return NOT_MET
    return UNKNOWN if UNKNOWN in statuses else MET


def any_of(statuses) -> str:
    statuses = list(statuses)
    if MET in statuses:
        return MET
    return UNKNOWN if UNKNOWN in statuses else NOT_MET


def _all(checks: list[Check]) -> Outcome:
    return Outcome(all_of(c.status for c in checks), checks)


# --- formatting -------------------------------------------------------------------------


def fmt_date(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def pct(share: Fraction) -> str:
    value = share * 100
    if value.denominator == 1:
        return f"{value.numerator}%"
    return f"{float(value):.1f}".replace(".", ",") + "%"


def span(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"


def decision_ref(award: AwardRecord) -> str:
    if not award.decision_number:
        return "chưa ghi số quyết định"
    ref = f"QĐ {award.decision_number}"
    if award.decision_date:
        ref += f" ngày {fmt_date(award.decision_date)}"
    return ref


def award_text(award: AwardRecord) -> str:
    text = f"{NAMES.get(award.code, award.code)} năm {award.year}"
    if award.award_type != "cong_trang":
        text += f" (khen {AWARD_TYPE_NAMES[award.award_type]})"
    text += f" — {decision_ref(award)}"
    if award.office:
        text += f", {award.office}"
    return text


def initiative_text(item: Initiative) -> str:
    text = (
        f"{INITIATIVE_KIND_NAMES[item.kind]} «{item.title}» "
        f"{INITIATIVE_LEVEL_NAMES[item.level]} năm {item.year}"
    )
    return f"{text} — {item.recognised_by}" if item.recognised_by else text


def _initiative_short(item: Initiative) -> str:
    kind = INITIATIVE_KIND_NAMES[item.kind].lower()
    return f"{kind} «{item.title}» {INITIATIVE_LEVEL_NAMES[item.level]} ({item.year})"


# --- shared reading of a history ---------------------------------------------------------


def suspension(person: Nominee, on: date) -> str | None:
    """Why a person may not be considered now (Law Art 5: tạm dừng xét), if at all."""
    if person.under_investigation:
        return "đang bị xem xét kỷ luật, thanh tra, kiểm tra hoặc giải quyết khiếu nại, tố cáo"
    if person.disciplined_until and person.disciplined_until >= on:
        return f"đang trong thời gian kỷ luật (đến ngày {fmt_date(person.disciplined_until)})"
    return None


def counting_from(person: Nominee) -> tuple[int, str] | None:
    """The first year whose achievements count after a discipline, and why."""
    cuts = []
    if person.disciplined_until:
        until = person.disciplined_until
        cuts.append((until.year + 1, f"kỷ luật đến ngày {fmt_date(until)}"))
    for record in person.years.values():
        if record.discipline:
            name = DISCIPLINE_NAMES[record.discipline]
            cuts.append((record.year + 1, f"bị kỷ luật {name} năm {record.year}"))
    return max(cuts) if cuts else None


def excluded_year(person: Nominee, year: int) -> str | None:
    cut = counting_from(person)
    if cut and year < cut[0]:
        return f"chưa được tính ({cut[1]}; chỉ tính từ năm {cut[0]})"
    return None


def rating_check(ctx: Context, person: Nominee, year: int, minimum: str) -> tuple[str, str]:
    excluded = excluded_year(person, year)
    if excluded:
        return NOT_MET, f"năm {year} {excluded}"
    record = person.years.get(year)
    if record is None or record.rating is None:
        return UNKNOWN, f"thiếu xếp loại năm {year}"
    text = f"Xếp loại năm {year}: {RATING_NAMES[record.rating]}"
    if record.maternity_leave:
        text += " (có nghỉ thai sản, tính là thời gian công tác)"
    ctx.use(text)
    if rating_at_least(record.rating, minimum):
        return MET, f"xếp loại năm {year}: {record.rating}"
    return NOT_MET, f"xếp loại năm {year}: {record.rating}, dưới {minimum}"


def counted_awards(ctx: Context, person: Nominee, codes, year: int) -> list[AwardRecord]:
    skip = ctx.params["non_chain_award_types"]
    return [
        a for a in person.awards if a.code in codes and a.year == year and a.award_type not in skip
    ]


def _sub_context(ctx: Context, person: Nominee, code: str) -> Context | None:
    rule = ctx.catalogue.rule(code, ctx.on)
    if rule is None or not rule.params.get("same_session"):
        return None
    return Context(
        nominee=person,
        proposal=Proposal(code=code, year=ctx.year),
        rule=rule,
        catalogue=ctx.catalogue,
        on=ctx.on,
        records=ctx.records,
        record=ctx.record,
    )


def title_in_year(ctx: Context, person: Nominee, code: str, year: int) -> tuple[str, str]:
    """Whether ``person`` holds title ``code`` for ``year``, with a short reason.

    The reason reads after "năm <year>": a decision reference when met.
    """
    excluded = excluded_year(person, year)
    if excluded:
        return NOT_MET, excluded
    counted = counted_awards(ctx, person, (code,), year)
    if counted:
        ctx.use(award_text(counted[0]))
        return MET, decision_ref(counted[0])
    if year == ctx.year:
        sub = _sub_context(ctx, person, code)
        if sub is not None:
            suspended = suspension(person, ctx.on)
            if suspended:
                return NOT_MET, f"không được xét: {suspended}"
            outcome = RULES[code](sub)
            if outcome.status == MET:
                return MET, "đạt tiêu chuẩn, xét cùng đợt"
            details = "; ".join(c.detail for c in outcome.checks if c.status == outcome.status)
            if outcome.status == NOT_MET:
                return NOT_MET, f"không đạt tiêu chuẩn: {details}"
            return UNKNOWN, details
    others = [a for a in person.awards if a.code == code and a.year == year]
    if others:
        ctx.use(award_text(others[0]))
        kind = AWARD_TYPE_NAMES[others[0].award_type]
        return NOT_MET, f"là khen {kind}, không tính vào chuỗi"
    return NOT_MET, "không có"


def _title_check(ctx: Context, label: str, code: str, year: int) -> Check:
    status, reason = title_in_year(ctx, ctx.nominee, code, year)
    name = NAMES[code]
    if status == MET:
        return Check(label, MET, f"{name} năm {year} ({reason})")
    if status == NOT_MET:
        return Check(label, NOT_MET, f"{name} năm {year} {reason}")
    return Check(label, UNKNOWN, f"{name} năm {year}: {reason}")


def chain_check(ctx: Context, code: str, years: list[int], label: str, unit: str) -> Check:
    """``code`` held in every one of ``years`` (ascending); ``unit`` is "năm" or "lần"."""
    name = NAMES[code]
    results = [(y, *title_in_year(ctx, ctx.nominee, code, y)) for y in years]
    status = all_of(s for _, s, _ in results)
    listed = ", ".join(str(y) for y in years)
    n = len(years)
    if status == MET:
        refs = "; ".join(r for _, _, r in results)
        ending = " đến năm xét" if unit == "năm" else ""
        return Check(label, MET, f"{name} {n} {unit} liên tục{ending}: {listed} ({refs})")
    wanted = NOT_MET if status == NOT_MET else UNKNOWN
    if wanted == NOT_MET:
        problems = "; ".join(f"năm {y} {r}" for y, s, r in results if s == wanted)
        return Check(label, NOT_MET, f"không đủ {name} {n} {unit} liên tục ({listed}): {problems}")
    problems = "; ".join(f"{name} năm {y}: {r}" for y, s, r in results if s == wanted)
    return Check(label, UNKNOWN, problems)


def initiatives_in(person: Nominee, years, level: str, kinds=None) -> list[Initiative]:
    rank = INITIATIVE_LEVELS.index(level)
    return [
        i
        for i in person.initiatives
        if i.year in years
        and INITIATIVE_LEVELS.index(i.level) >= rank
        and (kinds is None or i.kind in kinds)
        and not excluded_year(person, i.year)
    ]


def initiative_check(ctx: Context, years: list[int], level: str) -> Check:
    level_name = INITIATIVE_LEVEL_NAMES[level]
    label = f"Sáng kiến, đề tài {level_name} trở lên trong {span(years[0], years[-1])}"
    found = initiatives_in(ctx.nominee, years, level)
    if found:
        for item in found:
            ctx.use(initiative_text(item))
        return Check(label, MET, "có " + ", ".join(_initiative_short(i) for i in found))
    return Check(
        label,
        NOT_MET,
        f"không có sáng kiến, đề tài {level_name} trở lên trong {span(years[0], years[-1])}",
    )


def no_reuse_check(ctx: Context, years: list[int]) -> Check:
    """One achievement, one form: the window must not feed an earlier award of this code."""
    name = ctx.rule.name
    earlier = [y for y in years if y < ctx.year]
    period = span(earlier[0], earlier[-1])
    label = f"Các năm {period} chưa tính cho lần {name} trước"
    used = []
    for year in earlier:
        for award in counted_awards(ctx, ctx.nominee, (ctx.rule.code,), year):
            ctx.use(award_text(award))
            used.append(f"{name} năm {year} ({decision_ref(award)})")
    if used:
        return Check(label, NOT_MET, "các năm trong chuỗi đã dùng cho " + "; ".join(used))
    return Check(label, MET, f"chưa có {name} trong {period}")


def _members(ctx: Context) -> tuple[list[Nominee] | None, str | None]:
    members = ctx.nominee.members
    if members is None:
        return None, "thiếu danh sách thành viên"
    if not members:
        return None, "danh sách thành viên trống"
    ctx.use(f"Danh sách thành viên năm {ctx.year}: {len(members)} người")
    return members, None


def _member_context(ctx: Context) -> Context:
    # Members' own histories feed counts, not the verdict's list of records.
    return Context(
        ctx.nominee, ctx.proposal, ctx.rule, ctx.catalogue, ctx.on, records=[], record=False
    )


def _names(items: list[str]) -> str:
    shown = items[:_MEMBER_LIST_LIMIT]
    more = len(items) - len(shown)
    return "; ".join(shown) + (f" và {more} thành viên khác" if more else "")


def member_share_check(ctx: Context, code: str, share: Fraction) -> Check:
    name = NAMES[code]
    label = f"Ít nhất {pct(share)} thành viên đạt {name} năm {ctx.year}"
    members, missing = _members(ctx)
    if members is None:
        return Check(label, UNKNOWN, missing)
    quiet = _member_context(ctx)
    yes, unknown = 0, []
    for member in members:
        status, reason = title_in_year(quiet, member, code, ctx.year)
        if status == MET:
            yes += 1
        elif status == UNKNOWN:
            unknown.append(f"{member.name}: {reason}")
    n = len(members)
    low, high = Fraction(yes, n), Fraction(yes + len(unknown), n)
    if low >= share:
        return Check(label, MET, f"{yes}/{n} thành viên ({pct(low)}) đạt {name} năm {ctx.year}")
    if high < share:
        detail = f"chỉ {yes}/{n} thành viên ({pct(low)}) đạt {name} năm {ctx.year}"
        if unknown:
            detail += f", kể cả {len(unknown)} thành viên chưa đủ dữ liệu cũng chỉ {pct(high)}"
        return Check(label, NOT_MET, f"{detail}, dưới {pct(share)}")
    return Check(
        label,
        UNKNOWN,
        f"{yes}/{n} thành viên ({pct(low)}) chắc chắn đạt {name} năm {ctx.year}; "
        f"chưa đủ dữ liệu: {_names(unknown)}",
    )


def _year_flag_check(ctx: Context, person: Nominee, label: str) -> Check:
    year = ctx.year
    record = person.years.get(year)
    if record is not None and record.maternity_leave and record.in_emulation is not True:
        return Check(label, MET, f"nghỉ thai sản năm {year}, được tính là thời gian công tác")
    if record is None or record.in_emulation is None:
        return Check(label, UNKNOWN, f"thiếu thông tin tham gia phong trào thi đua năm {year}")
    if record.in_emulation:
        return Check(label, MET, f"có tham gia phong trào thi đua năm {year}")
    return Check(label, NOT_MET, f"không tham gia phong trào thi đua năm {year}")


def _rating_label(year: int, minimum: str, who: str = "") -> str:
    if minimum == "HTXS":
        return f"{who}Hoàn thành xuất sắc nhiệm vụ năm {year}"
    return f"{who}Xếp loại năm {year} từ {minimum} trở lên"


# --- the rules ---------------------------------------------------------------------------


def ldtt(ctx: Context) -> Outcome:
    """Lao động tiên tiến (Law Art 24)."""
    y, minimum = ctx.year, ctx.params["min_rating"]
    status, detail = rating_check(ctx, ctx.nominee, y, minimum)
    return _all(
        [
            Check(_rating_label(y, minimum), status, detail),
            _year_flag_check(ctx, ctx.nominee, f"Tham gia phong trào thi đua năm {y}"),
        ]
    )


def cstdcs(ctx: Context) -> Outcome:
    """Chiến sĩ thi đua cơ sở (Law Art 23): LĐTT the same year and one extra merit."""
    y, p = ctx.year, ctx.params
    prerequisite = _title_check(
        ctx, f"Đạt {NAMES[p['prerequisite']]} năm {y}", p["prerequisite"], y
    )
    label = f"Hoàn thành xuất sắc nhiệm vụ, có sáng kiến hoặc đề tài năm {y}"
    excluded = excluded_year(ctx.nominee, y)
    if excluded:
        return _all([prerequisite, Check(label, NOT_MET, f"năm {y} {excluded}")])
    found = []
    record = ctx.nominee.years.get(y)
    rating = record.rating if record else None
    if rating == p["excellent_rating"]:
        found.append(f"xếp loại năm {y}: {rating}")
    for item in initiatives_in(ctx.nominee, [y], p["initiative_level"]):
        ctx.use(initiative_text(item))
        found.append(_initiative_short(item))
    if ctx.proposal.combat_ingenuity:
        found.append("mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu")
    if found:
        merit = Check(label, MET, ", ".join(found))
    elif rating is None:
        merit = Check(label, UNKNOWN, f"thiếu xếp loại năm {y}; không có sáng kiến, đề tài năm {y}")
    else:
        merit = Check(
            label, NOT_MET, f"xếp loại năm {y}: {rating}; không có sáng kiến, đề tài năm {y}"
        )
    return _all([prerequisite, merit])


def _chain_rule(ctx: Context) -> Outcome:
    """CSTĐ tỉnh (Law Art 22) and CSTĐ toàn quốc (Law Art 21)."""
    p, y = ctx.params, ctx.year
    code, count, step = p["chain_code"], p["chain_count"], p["chain_step"]
    years = [y - step * (count - 1 - i) for i in range(count)]
    window = list(range(y - step * count + 1, y + 1))
    unit = "năm" if step == 1 else "lần"
    label = f"{NAMES[code]} {count} {unit} liên tục ({', '.join(map(str, years))})"
    return _all(
        [
            chain_check(ctx, code, years, label, unit),
            initiative_check(ctx, window, p["initiative_level"]),
            no_reuse_check(ctx, window),
        ]
    )


def cstd_tinh(ctx: Context) -> Outcome:
    """Chiến sĩ thi đua cấp tỉnh (Law Art 22)."""
    return _chain_rule(ctx)


def cstd_tq(ctx: Context) -> Outcome:
    """Chiến sĩ thi đua toàn quốc (Law Art 21)."""
    return _chain_rule(ctx)


def _member_discipline_check(ctx: Context, minimum: str) -> Check:
    label = f"Không có thành viên bị kỷ luật từ {DISCIPLINE_NAMES[minimum]} trở lên năm {ctx.year}"
    members, missing = _members(ctx)
    if members is None:
        return Check(label, UNKNOWN, missing)
    hit, unknown = [], []
    for member in members:
        record = member.years.get(ctx.year)
        if record is None:
            unknown.append(member.name)
        elif record.discipline and discipline_at_least(record.discipline, minimum):
            hit.append(f"{member.name} ({DISCIPLINE_NAMES[record.discipline]})")
    if hit:
        return Check(label, NOT_MET, f"thành viên bị kỷ luật năm {ctx.year}: {_names(hit)}")
    if unknown:
        return Check(label, UNKNOWN, f"thiếu dữ liệu năm {ctx.year} của: {_names(unknown)}")
    return Check(
        label,
        MET,
        f"không thành viên nào bị kỷ luật từ {DISCIPLINE_NAMES[minimum]} trở lên năm {ctx.year}",
    )


def ttldtt(ctx: Context) -> Outcome:
    """Tập thể lao động tiên tiến (Law Art 28)."""
    p, y = ctx.params, ctx.year
    status, detail = rating_check(ctx, ctx.nominee, y, p["min_rating"])
    return _all(
        [
            Check(_rating_label(y, p["min_rating"], "Tập thể: "), status, detail),
            _year_flag_check(ctx, ctx.nominee, f"Tập thể tham gia phong trào thi đua năm {y}"),
            member_share_check(ctx, p["member_code"], p["member_share"]),
            _member_discipline_check(ctx, p["member_discipline_from"]),
        ]
    )


def _members_rating_check(ctx: Context, minimum: str) -> Check:
    label = f"100% thành viên xếp loại từ {minimum} trở lên năm {ctx.year}"
    members, missing = _members(ctx)
    if members is None:
        return Check(label, UNKNOWN, missing)
    quiet = _member_context(ctx)
    below, unknown = [], []
    for member in members:
        status, detail = rating_check(quiet, member, ctx.year, minimum)
        if status == NOT_MET:
            below.append(f"{member.name}: {detail}")
        elif status == UNKNOWN:
            unknown.append(f"{member.name}: {detail}")
    if below:
        return Check(label, NOT_MET, f"có thành viên không đạt: {_names(below)}")
    if unknown:
        return Check(label, UNKNOWN, f"chưa đủ dữ liệu: {_names(unknown)}")
    return Check(
        label, MET, f"{len(members)}/{len(members)} thành viên từ {minimum} trở lên năm {ctx.year}"
    )


def _members_with_title_check(ctx: Context, code: str, minimum: int) -> Check:
    name = NAMES[code]
    label = f"Có ít nhất {minimum} thành viên đạt {name} năm {ctx.year}"
    members, missing = _members(ctx)
    if members is None:
        return Check(label, UNKNOWN, missing)
    quiet = _member_context(ctx)
    yes, unknown = [], []
    for member in members:
        status, reason = title_in_year(quiet, member, code, ctx.year)
        if status == MET:
            yes.append(member.name)
        elif status == UNKNOWN:
            unknown.append(f"{member.name}: {reason}")
    if len(yes) >= minimum:
        return Check(label, MET, f"{len(yes)} thành viên đạt {name} năm {ctx.year}: {_names(yes)}")
    if len(yes) + len(unknown) >= minimum:
        return Check(label, UNKNOWN, f"chưa đủ dữ liệu: {_names(unknown)}")
    return Check(label, NOT_MET, f"chỉ {len(yes)} thành viên đạt {name} năm {ctx.year}")


def ttldxs(ctx: Context) -> Outcome:
    """Tập thể lao động xuất sắc (Law Art 27)."""
    p, y = ctx.params, ctx.year
    status, detail = rating_check(ctx, ctx.nominee, y, p["min_rating"])
    return _all(
        [
            Check(_rating_label(y, p["min_rating"], "Tập thể: "), status, detail),
            _members_rating_check(ctx, p["member_min_rating"]),
            member_share_check(ctx, p["member_code"], p["member_share"]),
            _members_with_title_check(ctx, "CSTDCS", p["min_cstdcs"]),
        ]
    )


def _leads_cluster_check(ctx: Context) -> Check:
    y = ctx.year
    label = f"Dẫn đầu cụm, khối thi đua năm {y}"
    leads = ctx.proposal.leads_cluster
    if leads is None:
        return Check(label, UNKNOWN, f"chưa có kết quả suy tôn dẫn đầu cụm, khối thi đua năm {y}")
    if leads:
        return Check(label, MET, f"được suy tôn dẫn đầu cụm, khối thi đua năm {y}")
    return Check(label, NOT_MET, f"không dẫn đầu cụm, khối thi đua năm {y}")


def co_td_tinh(ctx: Context) -> Outcome:
    """Cờ thi đua cấp tỉnh (Law Art 26)."""
    return _all([_leads_cluster_check(ctx)])


def co_td_cp(ctx: Context) -> Outcome:
    """Cờ thi đua của Chính phủ (Law Art 25); the 20 % cap is a list-level check."""
    proposal = ctx.proposal
    check = _leads_cluster_check(ctx)
    if check.status != MET:
        if proposal.leads_central_cluster:
            check = Check(
                check.label, MET, f"dẫn đầu cụm, khối do Trung ương tổ chức năm {ctx.year}"
            )
        elif proposal.leads_pm_campaign:
            check = Check(
                check.label,
                MET,
                "dẫn đầu phong trào thi đua do Thủ tướng phát động từ 5 năm trở lên",
            )
    return _all([check])


def _flag_check(label: str, flag: bool, yes: str, no: str) -> Check:
    return Check(label, MET, yes) if flag else Check(label, NOT_MET, no)


def _unexpected(ctx: Context) -> Check:
    return _flag_check(
        "Có thành tích đột xuất",
        ctx.proposal.unexpected_achievement,
        "có thành tích đột xuất",
        "hồ sơ không nêu thành tích đột xuất",
    )


def _campaign(ctx: Context) -> Check:
    return _flag_check(
        "Có thành tích trong phong trào thi đua",
        ctx.proposal.campaign_achievement,
        "có thành tích trong phong trào thi đua",
        "hồ sơ không nêu thành tích trong phong trào thi đua",
    )


def _contribution(ctx: Context) -> Check:
    return _flag_check(
        "Có đóng góp cho sự nghiệp xây dựng và phát triển",
        ctx.proposal.contribution,
        "có đóng góp cho sự nghiệp xây dựng và phát triển",
        "hồ sơ không nêu đóng góp",
    )


def giay_khen(ctx: Context) -> Outcome:
    """Giấy khen (Law Art 75)."""
    kind, award_type, y = ctx.nominee.kind, ctx.proposal.award_type, ctx.year
    if award_type == "dot_xuat":
        return _all([_unexpected(ctx)])
    if award_type == "chuyen_de" or kind == "household":
        achievement = _campaign(ctx)
        if kind == "household" and achievement.status != MET:
            achievement = _contribution(ctx)
        return _all([achievement])
    minimum = ctx.params["min_rating"]
    status, detail = rating_check(ctx, ctx.nominee, y, minimum)
    return _all([Check(_rating_label(y, minimum), status, detail), _campaign(ctx)])


def _htxs_initiatives_check(ctx: Context) -> Check:
    p, y = ctx.params, ctx.year
    years = list(range(y - p["htxs_years"] + 1, y + 1))
    need = p["min_initiatives"]
    label = (
        f"Hoàn thành xuất sắc nhiệm vụ {len(years)} năm liên tục ({span(years[0], y)}) "
        f"và có ít nhất {need} sáng kiến (hoặc {need} đề tài) trong thời gian đó"
    )
    ratings = [rating_check(ctx, ctx.nominee, year, "HTXS") for year in years]
    ratings_status = all_of(s for s, _ in ratings)
    level = p["initiative_level"]
    ideas = initiatives_in(ctx.nominee, years, level, ("sang_kien", "giai_phap"))
    topics = initiatives_in(ctx.nominee, years, level, ("de_tai",))
    enough = ideas if len(ideas) >= need else topics if len(topics) >= need else None
    if ratings_status == NOT_MET or (enough is None and ratings_status == MET):
        problems = [d for s, d in ratings if s == NOT_MET]
        if enough is None:
            problems.append(
                f"chỉ có {len(ideas)} sáng kiến, {len(topics)} đề tài trong {span(years[0], y)}"
            )
        return Check(label, NOT_MET, "; ".join(problems))
    if ratings_status == UNKNOWN:
        problems = [d for s, d in ratings if s == UNKNOWN]
        if enough is None:
            problems.append(
                f"chỉ có {len(ideas)} sáng kiến, {len(topics)} đề tài trong {span(years[0], y)}"
            )
        return Check(label, UNKNOWN, "; ".join(problems))
    for item in enough:
        ctx.use(initiative_text(item))
    return Check(
        label,
        MET,
        f"HTXS {', '.join(map(str, years))}; " + ", ".join(_initiative_short(i) for i in enough),
    )


def bang_khen_tinh(ctx: Context) -> Outcome:
    """Bằng khen cấp bộ, tỉnh (Law Art 74): any one of the paths of the award type."""
    p, y = ctx.params, ctx.year
    checks = []
    for path in p["paths"][ctx.proposal.award_type]:
        if path == "cstdcs_chain" and ctx.nominee.kind == "individual":
            years = list(range(y - p["cstdcs_count"] + 1, y + 1))
            label = f"Chiến sĩ thi đua cơ sở {len(years)} năm liên tục ({span(years[0], y)})"
            checks.append(chain_check(ctx, "CSTDCS", years, label, "năm"))
        elif path == "htxs_initiatives" and ctx.nominee.kind == "individual":
            checks.append(_htxs_initiatives_check(ctx))
        elif path == "contribution":
            checks.append(_contribution(ctx))
        elif path == "campaign":
            checks.append(_campaign(ctx))
        elif path == "unexpected":
            checks.append(_unexpected(ctx))
    return Outcome(any_of(c.status for c in checks), checks)


def _after_base(ctx: Context) -> Outcome:
    """Bằng khen Thủ tướng 1b and Huân chương Lao động hạng Ba 1e: base award, then a window."""
    p, y, person = ctx.params, ctx.year, ctx.nominee
    need_years = p["window_years"]
    latest_base = y - need_years
    base_names = ", ".join(NAMES[c] for c in p["base_codes"])
    base_label = f"Đã được tặng {base_names} từ năm {latest_base} trở về trước"
    previous = [
        a.year
        for a in person.awards
        if a.code == ctx.rule.code and a.year < y and a.award_type not in p["non_chain_award_types"]
    ]
    last_same = max(previous) if previous else None
    bases, notes = [], []
    for award in sorted(person.awards, key=lambda a: -a.year):
        if award.code not in p["base_codes"]:
            continue
        if award.award_type in p["non_chain_award_types"]:
            ctx.use(award_text(award))
            kind = AWARD_TYPE_NAMES[award.award_type]
            notes.append(f"{NAMES[award.code]} năm {award.year} là khen {kind}, không tính")
        elif award.year > latest_base:
            notes.append(f"{NAMES[award.code]} năm {award.year} chưa đủ {need_years} năm tiếp theo")
        elif excluded_year(person, award.year):
            notes.append(
                f"{NAMES[award.code]} năm {award.year} {excluded_year(person, award.year)}"
            )
        elif last_same is not None and award.year <= last_same:
            notes.append(
                f"{NAMES[award.code]} năm {award.year} đã dùng cho {ctx.rule.name} năm {last_same}"
            )
        else:
            bases.append(award)
    if not bases:
        detail = f"không có {base_names} (khen công trạng) từ năm {latest_base} trở về trước"
        if notes:
            detail += ": " + "; ".join(notes)
        window = list(range(latest_base + 1, y + 1))
        checks = [Check(base_label, NOT_MET, detail)] + _window_checks(ctx, window)
        return Outcome(NOT_MET, checks)
    tried = []
    for base in bases:  # newest first: the shortest window
        window = list(range(base.year + 1, y + 1))
        base_check = Check(
            base_label, MET, f"{NAMES[base.code]} năm {base.year} ({decision_ref(base)})"
        )
        sub = Context(person, ctx.proposal, ctx.rule, ctx.catalogue, ctx.on, records=[])
        checks = [base_check] + _window_checks(sub, window)
        tried.append((all_of(c.status for c in checks), base, sub.records, checks))
    chosen = next((t for t in tried if t[0] == MET), None)
    chosen = chosen or next((t for t in tried if t[0] == UNKNOWN), tried[0])
    status, base, records, checks = chosen
    ctx.use(award_text(base))
    for text in records:
        ctx.use(text)
    return Outcome(status, checks)


def _window_checks(ctx: Context, window: list[int]) -> list[Check]:
    p = ctx.params
    first, last = window[0], window[-1]
    minimum = p["min_rating"]
    ratings = [(year, *rating_check(ctx, ctx.nominee, year, minimum)) for year in window]
    met_ratings = {year: ctx.nominee.years[year].rating for year, s, _ in ratings if s == MET}
    status = all_of(s for _, s, _ in ratings)
    label = f"{p['window_years']} năm liên tục trở lên xếp loại từ {minimum} trở lên sau đó"
    if status == MET:
        listed = ", ".join(f"{year}: {rating}" for year, rating in met_ratings.items())
        rating = Check(label, MET, f"{span(first, last)} đều từ {minimum} trở lên ({listed})")
    else:
        rating = Check(label, status, "; ".join(d for _, s, d in ratings if s == status))
    checks = [rating]
    if p["min_htxs"]:
        htxs = [year for year, rating in met_ratings.items() if rating == "HTXS"]
        label = (
            f"Ít nhất {p['min_htxs']} năm hoàn thành xuất sắc nhiệm vụ trong {span(first, last)}"
        )
        if len(htxs) >= p["min_htxs"]:
            checks.append(Check(label, MET, "HTXS năm " + ", ".join(map(str, htxs))))
        elif any(s == UNKNOWN for _, s, _ in ratings):
            missing = "; ".join(d for _, s, d in ratings if s == UNKNOWN)
            checks.append(Check(label, UNKNOWN, missing))
        else:
            checks.append(Check(label, NOT_MET, f"không có năm HTXS trong {span(first, last)}"))
    results = [(year, *title_in_year(ctx, ctx.nominee, "CSTDCS", year)) for year in window]
    yes = [(year, r) for year, s, r in results if s == MET]
    unknown = [(year, r) for year, s, r in results if s == UNKNOWN]
    need = p["min_cstdcs"]
    label = f"Ít nhất {need} lần Chiến sĩ thi đua cơ sở trong {span(first, last)}"
    listed = ", ".join(str(year) for year, _ in yes)
    refs = "; ".join(r for _, r in yes)
    if len(yes) >= need:
        checks.append(Check(label, MET, f"{len(yes)} lần: {listed} ({refs})"))
    elif len(yes) + len(unknown) >= need:
        missing = "; ".join(f"năm {year}: {r}" for year, r in unknown)
        checks.append(Check(label, UNKNOWN, f"{len(yes)} lần chắc chắn; chưa đủ dữ liệu {missing}"))
    else:
        detail = f"chỉ {len(yes)} lần" + (f": {listed}" if yes else "")
        checks.append(Check(label, NOT_MET, detail))
    return checks


def bang_khen_ttg(ctx: Context) -> Outcome:
    """Bằng khen của Thủ tướng Chính phủ, individual, point 1b (Law Art 73.1.b)."""
    return _after_base(ctx)


def hcld_3(ctx: Context) -> Outcome:
    """Huân chương Lao động hạng Ba, individual, point 1e (Law Art 44.1.e)."""
    return _after_base(ctx)


RULES: dict[str, Callable[[Context], Outcome]] = {
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
RULE_CODES: tuple[str, ...] = tuple(RULES)
