"""Collective titles: TTLĐTT, TTLĐXS, Cờ thi đua cấp tỉnh, Cờ thi đua của Chính phủ."""

from __future__ import annotations

from fractions import Fraction

from ..catalogue import NAMES
from ..schema import DISCIPLINE_NAMES, Nominee, discipline_at_least
from .common import (
    MET,
    NOT_MET,
    UNKNOWN,
    Check,
    Context,
    Outcome,
    _all,
    _rating_label,
    _year_flag_check,
    pct,
    rating_check,
    title_in_year,
)

_MEMBER_LIST_LIMIT = 5


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
