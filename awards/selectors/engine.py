"""The bridge from models to the eligibility engine: its catalogue, nominees and verdicts."""

import re
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from types import MappingProxyType

from django.db.models import Prefetch, Q

from core.text import fold

from .. import eligibility
from ..models import AwardRecord, AwardRule, DossierNominee, Person
from .dossiers import dossiers_for_organization
from .nominees import _person_history, with_history

# ---- the engine's catalogue from the database ---------------------------------------------

_FRACTION = re.compile(r"^(\d+)/(\d+)$")


def params_to_json(value):
    """Engine parameters to JSON: fractions as "70/100", tuples as lists."""
    if isinstance(value, Fraction):
        return f"{value.numerator}/{value.denominator}"
    if isinstance(value, (MappingProxyType, dict)):
        return {k: params_to_json(v) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return [params_to_json(v) for v in value]
    return value


def params_from_json(value):
    if isinstance(value, str) and _FRACTION.match(value):
        num, den = _FRACTION.match(value).groups()
        return Fraction(int(num), int(den))
    if isinstance(value, dict):
        return MappingProxyType({k: params_from_json(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(params_from_json(v) for v in value)
    return value


def engine_catalogue(*, on):
    """The engine's ``Catalogue`` built from ``AwardRule`` rows in force on ``on`` (so an
    administrator's edit in the admin changes the verdicts). One query."""
    versions = []
    rows = (
        AwardRule.objects.filter(award__code__in=eligibility.RULE_CODES, effective_from__lte=on)
        .filter(Q(effective_to__isnull=True) | Q(effective_to__gte=on))
        .exclude(engine_params={})
        .select_related("award")
    )
    for rule in rows:
        versions.append(
            eligibility.RuleVersion(
                code=rule.award.code,
                effective_from=rule.effective_from,
                citation=rule.citation,
                basis=rule.basis,
                kinds=tuple(rule.nominee_kinds),
                award_types=tuple(rule.award_types),
                params=params_from_json(rule.engine_params),
            )
        )
    base = eligibility.CATALOGUE
    return eligibility.Catalogue(
        rules=tuple(versions), votes=base.votes, caps=base.caps, pending=base.pending
    )


# ---- the engine's view of a nominee ---------------------------------------------------------


def _years(ratings):
    return {
        r.year: eligibility.YearRecord(
            year=r.year,
            rating=r.rating,
            in_emulation=r.in_emulation,
            discipline=r.discipline or None,
            maternity_leave=r.maternity_leave,
        )
        for r in ratings
    }


def _awards(records):
    return [
        eligibility.AwardRecord(
            code=r.award.code,
            year=r.year,
            award_type=r.award_type,
            decision_number=r.decision_number or None,
            decision_date=r.decision_date,
            office=r.deciding_office or None,
        )
        for r in records
    ]


def _person_for_engine(person):
    ends = [p.ends_on for p in person.discipline_periods.all()]
    return eligibility.Nominee(
        kind="individual",
        name=person.full_name,
        key=f"cn-{person.pk}",
        years=_years(person.yearratings.all()),
        awards=_awards(person.awardrecords.all()),
        initiatives=[
            eligibility.Initiative(
                title=i.title,
                year=i.year,
                level=i.level,
                kind=i.kind,
                recognised_by=i.recognised_by or None,
            )
            for i in person.initiatives.all()
        ],
        disciplined_until=max(ends) if ends else None,
        under_investigation=person.under_investigation,
    )


def nominee_for_engine(nominee):
    """``eligibility.Nominee`` from a ``Person`` or ``Collective`` whose history was
    prefetched (``with_history``, ``dossier_lines_with_history``): no query of its own."""
    if isinstance(nominee, Person):
        return _person_for_engine(nominee)
    members = [_person_for_engine(p) for p in nominee.members.all()]
    return eligibility.Nominee(
        kind="collective",
        name=nominee.display_name,
        key=f"tt-{nominee.pk}",
        years=_years(nominee.yearratings.all()),
        awards=_awards(nominee.awardrecords.all()),
        # A collective without recorded members: the member list is unknown, not empty.
        members=members or None,
    )


def proposal_for_line(line):
    return eligibility.Proposal(
        code=line.award.code,
        year=line.dossier.year,
        award_type=line.dossier.track,
        leads_cluster=line.leads_cluster,
        campaign_achievement=line.campaign_achievement,
        unexpected_achievement=line.unexpected_achievement,
        contribution=line.contribution,
    )


def dossier_lines_with_history(lines):
    member_persons = with_history(Person.objects.order_by("name_key", "id"))
    return lines.select_related(
        "dossier", "person__organization", "collective__organization", "award"
    ).prefetch_related(
        *(
            f"person__{p}" if isinstance(p, str) else _prefixed(p, "person")
            for p in _person_history()
        ),
        "collective__yearratings",
        Prefetch("collective__awardrecords", queryset=AwardRecord.objects.select_related("award")),
        Prefetch("collective__members", queryset=member_persons),
    )


def _prefixed(prefetch, prefix):
    return Prefetch(f"{prefix}__{prefetch.prefetch_through}", queryset=prefetch.queryset)


def lines_for_organization(*, organization, query="", year=None, status="", award=None):
    """Nominee lines of every dossier the organisation may see (for the bulk eligibility view)."""
    dossiers = dossiers_for_organization(organization=organization, status=status, year=year)
    qs = DossierNominee.objects.filter(dossier__in=dossiers.values("pk"))
    for word in fold(query).split():
        qs = qs.filter(
            Q(person__search_text__contains=word) | Q(collective__search_text__contains=word)
        )
    if award:
        qs = qs.filter(award=award)
    return dossier_lines_with_history(qs).order_by("-dossier__year", "dossier_id", "position", "id")


@dataclass
class LineVerdict:
    line: DossierNominee
    verdict: eligibility.Verdict


def _unknown_verdict(line):
    return eligibility.Verdict(
        status=eligibility.UNKNOWN,
        code=line.award.code,
        explanation=(
            f"Chưa đủ dữ liệu: {line.award.name} chưa có tiêu chí xét tự động; "
            "Hội đồng Thi đua - Khen thưởng xem xét theo hồ sơ."
        ),
        citation="",
        year=line.dossier.year,
    )


def verdicts_for_lines(lines, *, on=None):
    """The engine's verdict for each nominee line (lines from ``dossier_lines_with_history``)."""
    on = on or date.today()
    catalogue = engine_catalogue(on=on)
    result = []
    for line in lines:
        if line.award.code not in eligibility.RULE_CODES:
            verdict = _unknown_verdict(line)
        else:
            verdict = eligibility.evaluate(
                nominee_for_engine(line.nominee),
                proposal_for_line(line),
                on=on,
                catalogue=catalogue,
            )
        result.append(LineVerdict(line=line, verdict=verdict))
    return result
