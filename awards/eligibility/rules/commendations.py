"""Commendations and orders: Giấy khen, Bằng khen cấp tỉnh, Bằng khen Thủ tướng, Huân chương
Lao động hạng Ba."""

from __future__ import annotations

from ..catalogue import NAMES
from ..schema import AWARD_TYPE_NAMES
from .common import (
    MET,
    NOT_MET,
    UNKNOWN,
    Check,
    Context,
    Outcome,
    _all,
    _initiative_short,
    _rating_label,
    all_of,
    any_of,
    award_text,
    chain_check,
    decision_ref,
    excluded_year,
    initiative_text,
    initiatives_in,
    rating_check,
    span,
    title_in_year,
)


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
