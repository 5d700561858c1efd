"""Persons and collectives scoped to an organisation, with their history; possible duplicates."""

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404

from core.text import fold

from ..models import AwardRecord, Collective, Person

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
