"""What every rule shares: outcomes and checks, formatting, and the reading of a history."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import NamedTuple

from ..catalogue import NAMES, Catalogue, RuleVersion
from ..schema import (
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
    rating_at_least,
)

MET, NOT_MET, UNKNOWN = "met", "not_met", "unknown"


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


# The rule of each code, filled in by the package ``__init__`` once every family module is
# loaded; ``title_in_year`` reads it to evaluate a title considered in the same session.
RULES: dict[str, Callable[[Context], Outcome]] = {}
