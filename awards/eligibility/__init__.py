"""Eligibility rule engine for titles and forms (xét điều kiện khen thưởng), pure Python.

    from awards.eligibility import Nominee, Proposal, evaluate
    verdict = evaluate(nominee, Proposal(code="CSTD_TINH", year=2023), on=date(2024, 1, 10))

See ``schema`` for the inputs and their JSON shape, ``rules`` for the reading of each chain,
``catalogue`` for the versioned thresholds and citations.
"""

from .catalogue import CATALOGUE, Catalogue, PendingChange, RuleVersion, ShareCap, VoteShare
from .engine import (
    Verdict,
    check_government_flag_share,
    evaluate,
    evaluate_many,
    vote_passes,
    vote_threshold,
)
from .rules import MET, NOT_MET, RULE_CODES, UNKNOWN, Check
from .schema import (
    AwardRecord,
    Initiative,
    Nominee,
    Proposal,
    YearRecord,
    nominee_from_dict,
    proposal_from_dict,
)

__all__ = [
    "CATALOGUE",
    "MET",
    "NOT_MET",
    "RULE_CODES",
    "UNKNOWN",
    "AwardRecord",
    "Catalogue",
    "Check",
    "Initiative",
    "Nominee",
    "PendingChange",
    "Proposal",
    "RuleVersion",
    "ShareCap",
    "Verdict",
    "VoteShare",
    "YearRecord",
    "check_government_flag_share",
    "evaluate",
    "evaluate_many",
    "nominee_from_dict",
    "proposal_from_dict",
    "vote_passes",
    "vote_threshold",
]
