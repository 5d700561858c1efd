"""Persons, collectives and their history; merging duplicate persons."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ..models import (
    AwardRecord,
    Collective,
    DisciplinePeriod,
    DossierNominee,
    Initiative,
    Person,
    PersonMerge,
    YearRating,
)

SNAPSHOT_FIELDS = (
    "full_name",
    "gender",
    "birth_date",
    "position",
    "organization_id",
    "national_id",
    "phone",
    "email",
)
FILLABLE = ("gender", "birth_date", "position", "national_id", "phone", "email")


@transaction.atomic
def person_create(*, by=None, **fields):
    person = Person(**fields)
    person.prepare()
    person.full_clean()
    person.save()
    return person


@transaction.atomic
def person_update(*, person, by=None, **fields):
    for name, value in fields.items():
        setattr(person, name, value)
    person.prepare()
    person.full_clean()
    person.save()
    return person


@transaction.atomic
def collective_create(*, organization, name="", members=(), by=None):
    collective = Collective(organization=organization, name=name)
    collective.full_clean()
    collective.save()
    if members:
        collective.members.set(members)
    return collective


def _holder(person, collective):
    if (person is None) == (collective is None):
        raise ValidationError(_("Chọn một cá nhân hoặc một tập thể."))
    return {"person": person, "collective": collective}


@transaction.atomic
def year_rating_set(*, year, rating, person=None, collective=None, by=None, **fields):
    """Xếp loại của một năm: replaces the year's rating if there is one."""
    holder = _holder(person, collective)
    record, _created = YearRating.objects.update_or_create(
        **holder, year=year, defaults={"rating": rating, **fields}
    )
    return record


@transaction.atomic
def award_record_add(*, award, year, person=None, collective=None, by=None, **fields):
    record = AwardRecord(award=award, year=year, **_holder(person, collective), **fields)
    record.full_clean()
    record.save()
    return record


@transaction.atomic
def initiative_add(*, person, title, level, year, by=None, **fields):
    item = Initiative(person=person, title=title, level=level, year=year, **fields)
    item.full_clean()
    item.save()
    return item


@transaction.atomic
def discipline_period_add(*, person, discipline, starts_on, ends_on, by=None, **fields):
    period = DisciplinePeriod(
        person=person, discipline=discipline, starts_on=starts_on, ends_on=ends_on, **fields
    )
    period.full_clean()
    period.save()
    return period


@transaction.atomic
def person_merge(*, kept, others, by):
    """Fold duplicate records of one human into ``kept``: every rating, award, initiative,
    discipline, proposal and collective membership moves; a year rated in both keeps the
    kept person's rating and the other is saved in the merge record, so nothing is lost."""
    kept = Person.objects.select_for_update().get(pk=kept.pk)
    merges = []
    for other in others:
        other = Person.objects.select_for_update().get(pk=other.pk)
        if other.pk == kept.pk:
            raise ValidationError(_("Không thể gộp một người với chính mình."))
        snapshot = {
            name: (str(getattr(other, name)) if getattr(other, name) is not None else None)
            for name in SNAPSHOT_FIELDS
        }
        kept_years = set(kept.yearratings.values_list("year", flat=True))
        clashing = list(other.yearratings.filter(year__in=kept_years))
        snapshot["ratings_not_moved"] = [
            {"year": r.year, "rating": r.rating, "discipline": r.discipline} for r in clashing
        ]
        YearRating.objects.filter(pk__in=[r.pk for r in clashing]).delete()
        moved = {
            "ratings": YearRating.objects.filter(person=other).update(person=kept),
            "awards": AwardRecord.objects.filter(person=other).update(person=kept),
            "initiatives": Initiative.objects.filter(person=other).update(person=kept),
            "disciplines": DisciplinePeriod.objects.filter(person=other).update(person=kept),
        }
        already = DossierNominee.objects.filter(person=kept).values_list("dossier_id", "award_id")
        same_line = [
            line
            for line in DossierNominee.objects.filter(person=other)
            if (line.dossier_id, line.award_id) in set(already)
        ]
        snapshot["proposals_not_moved"] = [
            {"dossier": line.dossier_id, "award": line.award_id} for line in same_line
        ]
        for line in same_line:
            line.delete()
        moved["proposals"] = DossierNominee.objects.filter(person=other).update(person=kept)
        collectives = list(other.collectives.all())
        for collective in collectives:
            collective.members.add(kept)
        moved["collectives"] = len(collectives)
        for name in FILLABLE:
            if not getattr(kept, name) and getattr(other, name):
                setattr(kept, name, getattr(other, name))
        merges.append(
            PersonMerge(
                kept=kept,
                removed_id=other.pk,
                removed_snapshot=snapshot,
                moved=moved,
                merged_by=by,
            )
        )
        other.delete()
    kept.save()
    PersonMerge.objects.bulk_create(merges)
    return kept
