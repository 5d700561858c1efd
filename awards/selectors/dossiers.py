"""Dossiers scoped to an organisation, their files, and what each proposed form still lacks."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Q
from django.shortcuts import get_object_or_404

from core.text import fold

from ..enums import PER_NOMINEE_PARTS, SENT_STATUSES, DossierPart, DossierStatus
from ..models import AwardKind, AwardRule, Dossier, DossierFile
from .catalogue import rules_in_force

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
