"""Reads: scoped querysets, and the bridge from models to the eligibility engine."""

from .catalogue import award_kinds, catalogue_with_rules, rules_in_force
from .dossiers import (
    FormCompleteness,
    dossier_completeness,
    dossier_file_for_organization,
    dossier_files,
    dossier_for_organization,
    dossier_status_counts,
    dossiers_for_organization,
)
from .engine import (
    LineVerdict,
    dossier_lines_with_history,
    engine_catalogue,
    lines_for_organization,
    nominee_for_engine,
    params_from_json,
    params_to_json,
    proposal_for_line,
    verdicts_for_lines,
)
from .nominees import (
    DuplicateGroup,
    collective_for_organization,
    collectives_for_organization,
    duplicate_groups,
    person_for_organization,
    persons_for_organization,
    with_history,
)

__all__ = [
    "DuplicateGroup",
    "FormCompleteness",
    "LineVerdict",
    "award_kinds",
    "catalogue_with_rules",
    "collective_for_organization",
    "collectives_for_organization",
    "dossier_completeness",
    "dossier_file_for_organization",
    "dossier_files",
    "dossier_for_organization",
    "dossier_lines_with_history",
    "dossier_status_counts",
    "dossiers_for_organization",
    "duplicate_groups",
    "engine_catalogue",
    "lines_for_organization",
    "nominee_for_engine",
    "params_from_json",
    "params_to_json",
    "person_for_organization",
    "persons_for_organization",
    "proposal_for_line",
    "rules_in_force",
    "verdicts_for_lines",
    "with_history",
]
