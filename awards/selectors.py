"""Reads: scoped querysets, and the bridge from models to the eligibility engine."""

import re
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from types import MappingProxyType

from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404

from core.text import fold

from . import eligibility
from .enums import SENT_STATUSES, DossierStatus
from .models import (
    AwardKind,
    AwardRecord,
    AwardRule,
    Collective,
    Dossier,
    DossierFile,
    DossierNominee,
    Person,
)

# ---- dossiers -----------------------------------------------------------------------------


def dossiers_for_organization(*, organization, query="", status="", year=None, track=""):
    """Own dossiers, and those sent to this organisation (never another's draft)."""
    qs = Dossier.objects.filter(
        Q(organization=organization) | Q(recipient=organization, status__in=SENT_STATUSES)
    ).select_related("organization", "recipient")
    for word in fold(query).split():
        qs = qs.filter(search_text__contains=word)
    if status:
        qs = qs.filter(status=status)
    if year:
        qs = qs.filter(year=year)
    if track:
        qs = qs.filter(track=track)
    return qs.annotate(line_count=Count("lines")).order_by("-year", "-created_at", "-id")


def dossier_for_organization(*, organization, pk):
    return get_object_or_404(
        dossiers_for_organization(organization=organization).select_related("created_by"), pk=pk
    )


def dossier_files(*, dossier):
    return dossier.files.select_related("line__person", "line__collective", "uploaded_by")


def dossier_file_for_organization(*, organization, pk):
    dossiers = dossiers_for_organization(organization=organization).values("pk")
    return get_object_or_404(
        DossierFile.objects.select_related("dossier__organization", "dossier__recipient"),
        dossier__in=dossiers,
        pk=pk,
    )


def dossier_status_counts(*, organization):
    rows = (
        dossiers_for_organization(organization=organization)
        .order_by()
        .values("status")
        .annotate(n=Count("id", distinct=True))
    )
    found = {row["status"]: row["n"] for row in rows}
    return [(status, found.get(status.value, 0)) for status in DossierStatus]


# ---- nominees and history -------------------------------------------------------------------


def _person_history():
    return (
        "yearratings",
        Prefetch("awardrecords", queryset=AwardRecord.objects.select_related("award")),
        "initiatives",
        "discipline_periods",
    )


def with_history(persons):
    """Persons with everything the engine reads, in a fixed number of queries."""
    return persons.prefetch_related(*_person_history())


def persons_for_organization(*, organization, query="", unit=None, gender=""):
    qs = Person.objects.filter(organization__path__startswith=organization.path).select_related(
        "organization"
    )
    for word in fold(query).split():
        qs = qs.filter(search_text__contains=word)
    if unit:
        qs = qs.filter(organization=unit)
    if gender:
        qs = qs.filter(gender=gender)
    return qs.order_by("name_key", "id")


def person_for_organization(*, organization, pk):
    return get_object_or_404(
        with_history(persons_for_organization(organization=organization)), pk=pk
    )


def collectives_for_organization(*, organization, query=""):
    qs = Collective.objects.filter(organization__path__startswith=organization.path).select_related(
        "organization"
    )
    for word in fold(query).split():
        qs = qs.filter(search_text__contains=word)
    return qs.annotate(member_count=Count("members")).order_by("organization__path", "name", "id")


def collective_for_organization(*, organization, pk):
    qs = Collective.objects.filter(organization__path__startswith=organization.path)
    return get_object_or_404(
        qs.select_related("organization").prefetch_related(
            "yearratings",
            Prefetch("awardrecords", queryset=AwardRecord.objects.select_related("award")),
            Prefetch("members", queryset=with_history(Person.objects.order_by("name_key"))),
        ),
        pk=pk,
    )


@dataclass
class DuplicateGroup:
    reason: str
    persons: list


def duplicate_groups(*, organization):
    """Persons that may be the same human in several records: the same national ID, or the
    same folded name and birth date. Two grouped queries and one fetch."""
    base = Person.objects.filter(organization__path__startswith=organization.path)
    by_id = (
        base.exclude(national_id="")
        .values("national_id")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
        .values_list("national_id", flat=True)
    )
    by_name = (
        base.filter(birth_date__isnull=False)
        .values("name_key", "birth_date")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
        .values_list("name_key", "birth_date")
    )
    ids = set(by_id)
    names = set(by_name)
    if not ids and not names:
        return []
    cond = Q(national_id__in=ids)
    for key, born in names:
        cond |= Q(name_key=key, birth_date=born)
    persons = list(
        base.filter(cond)
        .select_related("organization")
        .annotate(record_count=Count("awardrecords", distinct=True))
        .order_by("name_key", "id")
    )
    groups = {}
    seen = set()
    for person in persons:
        if person.national_id in ids:
            groups.setdefault(("id", person.national_id), []).append(person)
            seen.add(person.pk)
    for person in persons:
        if person.pk not in seen and (person.name_key, person.birth_date) in names:
            groups.setdefault(("name", person.name_key, person.birth_date), []).append(person)
    result = []
    for key, members in groups.items():
        if len(members) < 2:
            continue
        reason = "Trùng số CCCD" if key[0] == "id" else "Trùng họ tên và ngày sinh"
        result.append(DuplicateGroup(reason=reason, persons=members))
    return result


# ---- catalogue ------------------------------------------------------------------------------


def award_kinds(*, active=True):
    qs = AwardKind.objects.all()
    if active:
        qs = qs.filter(is_active=True)
    return qs.order_by("rank", "code")


def catalogue_with_rules(*, query="", category="", beneficiary=""):
    qs = award_kinds(active=True).prefetch_related(
        Prefetch("rules", queryset=AwardRule.objects.order_by("effective_from"))
    )
    if category:
        qs = qs.filter(category=category)
    if beneficiary:
        qs = qs.filter(**{f"for_{beneficiary}": True})
    if query:
        words = fold(query).split()
        qs = [k for k in qs if all(w in fold(f"{k.name} {k.code} {k.aliases}") for w in words)]
    return qs


def rules_in_force(*, on):
    """The rule version of each award in force on ``on``, keyed by award id."""
    rules = AwardRule.objects.filter(effective_from__lte=on).filter(
        Q(effective_to__isnull=True) | Q(effective_to__gte=on)
    )
    latest = {}
    for rule in rules.order_by("award_id", "effective_from"):
        latest[rule.award_id] = rule
    return latest


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


# ---- completeness ---------------------------------------------------------------------------


@dataclass
class FormCompleteness:
    """What one proposed title or form still lacks in a dossier."""

    award: AwardKind
    rule: AwardRule | None
    missing: list  # labels of dossier-level parts
    missing_by_nominee: list  # (line, [labels])

    @property
    def ok(self):
        return self.rule is not None and not self.missing and not self.missing_by_nominee

    def messages(self):
        if self.rule is None:
            return [f"{self.award.name}: chưa có quy định có hiệu lực về thành phần hồ sơ"]
        result = []
        if self.missing:
            result.append(f"{self.award.name}: thiếu {', '.join(self.missing)}")
        for line, labels in self.missing_by_nominee:
            result.append(f"{self.award.name} — {line.nominee}: thiếu {', '.join(labels)}")
        return result


def dossier_completeness(*, dossier, on=None):
    """Per proposed title or form, the parts required by the rule in force that are missing.
    Parts such as the achievement report are one per nominee; the others one per dossier."""
    from .enums import PER_NOMINEE_PARTS, DossierPart

    rules = rules_in_force(on=on or date.today())
    lines = list(
        dossier.lines.select_related("award", "person", "collective__organization").order_by(
            "award__rank", "position", "id"
        )
    )
    files = list(dossier.files.values_list("part", "line_id"))
    dossier_parts = {part for part, line_id in files if line_id is None}
    line_parts = {(line_id, part) for part, line_id in files if line_id is not None}
    forms = {}
    for line in lines:
        rule = rules.get(line.award_id)
        form = forms.setdefault(
            line.award_id,
            FormCompleteness(award=line.award, rule=rule, missing=[], missing_by_nominee=[]),
        )
        if rule is None:
            continue
        missing = [
            str(DossierPart(p).label)
            for p in rule.required_parts
            if p in PER_NOMINEE_PARTS and (line.pk, p) not in line_parts
        ]
        if missing:
            form.missing_by_nominee.append((line, missing))
    for form in forms.values():
        if form.rule is not None:
            form.missing = [
                str(DossierPart(p).label)
                for p in form.rule.required_parts
                if p not in PER_NOMINEE_PARTS and p not in dossier_parts
            ]
    return list(forms.values())
