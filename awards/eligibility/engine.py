"""Evaluate proposals against the rules in force: met, not met, or cannot tell.

``evaluate`` picks the catalogue version in force on ``on`` (today by default), applies the
principles every rule shares (Law Art 5, NĐ 152 Art 4: right kind of nominee and award type,
suspension while disciplined or investigated, one achievement one form), then the rule of
the code, and writes one Vietnamese paragraph that cites the article and the records used.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import Any

from .catalogue import CATALOGUE, NAMES, Catalogue
from .rules import (
    MET,
    NOT_MET,
    RULE_CODES,
    RULES,
    UNKNOWN,
    Check,
    Context,
    Outcome,
    award_text,
    decision_ref,
    fmt_date,
    pct,
    suspension,
)
from .schema import AWARD_TYPE_NAMES, Nominee, Proposal, nominee_from_dict, proposal_from_dict

PREFIXES = {MET: "Đạt", NOT_MET: "Không đạt", UNKNOWN: "Chưa đủ dữ liệu"}
KIND_NAMES = {"individual": "cá nhân", "collective": "tập thể", "household": "hộ gia đình"}


@dataclass(frozen=True)
class Verdict:
    """The answer for one nominee and one proposal."""

    status: str
    code: str
    explanation: str
    citation: str
    records_used: list[str] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    nominee_key: str = ""
    year: int | None = None
    rule_version: str = ""  # effective_from of the catalogue entry applied, ISO date
    basis: str = ""  # the texts that entry rests on
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "code": self.code,
            "nominee_key": self.nominee_key,
            "year": self.year,
            "explanation": self.explanation,
            "citation": self.citation,
            "records_used": list(self.records_used),
            "checks": [
                {"label": c.label, "status": c.status, "detail": c.detail} for c in self.checks
            ],
            "rule_version": self.rule_version,
            "basis": self.basis,
            "warnings": list(self.warnings),
        }


def _explain(status: str, checks: list[Check], citation: str, prefix: str | None = None) -> str:
    body = "; ".join(c.detail for c in checks if c.status == status)
    return f"{prefix or PREFIXES[status]}: {body} — {citation}."


def _gate(ctx: Context) -> Check | None:
    """The shared principles; a failing one decides the verdict alone."""
    nominee, proposal, rule = ctx.nominee, ctx.proposal, ctx.rule
    if nominee.kind not in rule.kinds:
        allowed = ", ".join(KIND_NAMES[k] for k in rule.kinds)
        return Check(
            "Đối tượng được xét",
            NOT_MET,
            f"{rule.name} chỉ xét cho {allowed}, không xét cho {KIND_NAMES[nominee.kind]}",
        )
    if proposal.award_type not in rule.award_types:
        allowed = ", ".join(AWARD_TYPE_NAMES[t] for t in rule.award_types)
        return Check(
            "Loại hình khen thưởng",
            NOT_MET,
            f"{rule.name} chỉ xét theo loại hình {allowed}, "
            f"không theo loại hình {AWARD_TYPE_NAMES[proposal.award_type]}",
        )
    suspended = suspension(nominee, ctx.on)
    if suspended:
        return Check(
            "Không trong thời gian kỷ luật, thanh tra, khiếu nại",
            NOT_MET,
            f"{suspended}: tạm dừng xét khen thưởng",
        )
    for award in nominee.awards:
        if (award.code, award.year, award.award_type) == (
            proposal.code,
            proposal.year,
            proposal.award_type,
        ):
            ctx.use(award_text(award))
            return Check(
                "Một thành tích chỉ khen một lần",
                NOT_MET,
                f"đã được tặng {rule.name} năm {award.year} ({decision_ref(award)})",
            )
    return None


def evaluate(
    nominee: Nominee,
    proposal: Proposal,
    *,
    on: date | None = None,
    catalogue: Catalogue | None = None,
) -> Verdict:
    """Evaluate one proposal. ``on`` chooses the rule version in force (default: today)
    and is the date a discipline is compared with."""
    if proposal.code not in RULES:
        raise ValueError(f"unknown rule code {proposal.code!r}; known: {', '.join(RULE_CODES)}")
    on = on or date.today()
    catalogue = catalogue or CATALOGUE
    name = NAMES[proposal.code]
    rule = catalogue.rule(proposal.code, on)
    if rule is None:
        return Verdict(
            status=UNKNOWN,
            code=proposal.code,
            explanation=(
                f"Chưa đủ dữ liệu: danh mục không có tiêu chí {name} có hiệu lực "
                f"ngày {fmt_date(on)}."
            ),
            citation="",
            nominee_key=nominee.key,
            year=proposal.year,
        )
    warnings = [
        f"{p.text} có hiệu lực từ ngày {fmt_date(p.effective_from)}; danh mục chưa cập nhật "
        f"tiêu chí theo văn bản này, kết quả tính theo quy định có hiệu lực từ ngày "
        f"{fmt_date(rule.effective_from)}"
        for p in catalogue.pending_for(rule, on)
    ]
    ctx = Context(nominee=nominee, proposal=proposal, rule=rule, catalogue=catalogue, on=on)
    gate = _gate(ctx)
    if gate is not None:
        prefix = "Không đạt (tạm dừng xét)" if "tạm dừng" in gate.detail else None
        outcome = Outcome(NOT_MET, [gate])
        explanation = _explain(NOT_MET, outcome.checks, rule.citation, prefix)
    else:
        outcome = RULES[proposal.code](ctx)
        explanation = _explain(outcome.status, outcome.checks, rule.citation)
    return Verdict(
        status=outcome.status,
        code=proposal.code,
        explanation=explanation,
        citation=rule.citation,
        records_used=list(ctx.records),
        checks=list(outcome.checks),
        nominee_key=nominee.key,
        year=proposal.year,
        rule_version=rule.effective_from.isoformat(),
        basis=rule.basis,
        warnings=warnings,
    )


def evaluate_many(
    items: Iterable, *, on: date | None = None, catalogue: Catalogue | None = None
) -> list[Verdict]:
    """Evaluate ``(nominee, proposal)`` pairs or ``{"nominee": …, "proposal": …}`` items;
    in the latter the values may be objects or JSON dicts (see ``schema``)."""
    verdicts = []
    for item in items:
        if isinstance(item, dict):
            nominee, proposal = item["nominee"], item["proposal"]
        else:
            nominee, proposal = item
        if isinstance(nominee, dict):
            nominee = nominee_from_dict(nominee)
        if isinstance(proposal, dict):
            proposal = proposal_from_dict(proposal)
        verdicts.append(evaluate(nominee, proposal, on=on, catalogue=catalogue))
    return verdicts


def vote_threshold(
    code: str, on: date | None = None, *, catalogue: Catalogue | None = None
) -> Fraction | None:
    """Share of all council members needed for ``code`` on ``on``; None if no council vote."""
    entry = (catalogue or CATALOGUE).vote(code, on or date.today())
    return entry.share if entry else None


def vote_passes(
    code: str,
    yes: int,
    total_members: int,
    on: date | None = None,
    *,
    catalogue: Catalogue | None = None,
) -> bool:
    """Whether ``yes`` votes out of ALL ``total_members`` (absent ones vote in writing) pass."""
    if total_members <= 0 or not 0 <= yes <= total_members:
        raise ValueError(f"invalid vote: {yes} of {total_members}")
    share = vote_threshold(code, on, catalogue=catalogue)
    if share is None:
        raise ValueError(f"no council vote threshold for {code!r}")
    return Fraction(yes, total_members) >= share


def check_government_flag_share(
    n_nominated: int,
    n_cluster_leaders: int,
    *,
    on: date | None = None,
    catalogue: Catalogue | None = None,
) -> Check:
    """List-level cap on Cờ thi đua của Chính phủ nominations (≤ 20 % of cluster leaders)."""
    on = on or date.today()
    cap = (catalogue or CATALOGUE).cap("CO_TD_CP", on)
    label = "Số đề nghị Cờ thi đua của Chính phủ trong giới hạn"
    if cap is None:
        return Check(label, UNKNOWN, f"chưa có giới hạn tỉ lệ có hiệu lực ngày {fmt_date(on)}")
    if n_nominated < 0 or n_cluster_leaders < 0:
        raise ValueError("counts must not be negative")
    allowed = int(cap.share * n_cluster_leaders)  # floor: a cap is never rounded up
    detail = (
        f"{n_nominated} đề nghị trên {n_cluster_leaders} đơn vị dẫn đầu cụm, khối; "
        f"tối đa {pct(cap.share)} là {allowed} ({cap.citation})"
    )
    return Check(label, MET if n_nominated <= allowed else NOT_MET, detail)
