"""Individual titles: LĐTT, CSTĐ cơ sở, CSTĐ cấp tỉnh, CSTĐ toàn quốc."""

from __future__ import annotations

from ..catalogue import NAMES
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
    _title_check,
    _year_flag_check,
    chain_check,
    excluded_year,
    initiative_check,
    initiative_text,
    initiatives_in,
    no_reuse_check,
    rating_check,
)

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
