"""Import a list of nominees from Excel in two steps: preview (parse, validate, keep the
result server-side in ``ImportBatch``) then confirm (write everything, or only the valid
rows when the officer accepts that)."""

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from organizations.models import Organization

from ..enums import EDITABLE_STATUSES, FileKind
from ..models import AwardKind, Collective, DossierNominee, ImportBatch, Person
from ..models.nominees import name_key
from ..spreadsheets import COLLECTIVE, INDIVIDUAL, Lookup, read_sheet
from .files import check_upload

BATCH_LIFETIME = timedelta(days=1)


def lookup_for(dossier):
    return Lookup(
        awards=AwardKind.objects.filter(is_active=True),
        units=Organization.objects.filter(path__startswith=dossier.organization.path).order_by(
            "path"
        ),
        default_unit=dossier.organization,
    )


@transaction.atomic
def dossier_import_preview(*, dossier, by, upload, kind=INDIVIDUAL):
    """Check the file and every row; nothing is written to the dossier."""
    if dossier.status not in EDITABLE_STATUSES:
        raise ValidationError(
            _("Hồ sơ ở trạng thái “%s” không sửa được.") % dossier.get_status_display()
        )
    check_upload(upload, allowed=(FileKind.XLSX,))
    upload.seek(0)
    result = read_sheet(upload.read(), kind=kind, lookup=lookup_for(dossier))
    ImportBatch.objects.filter(created_at__lt=timezone.now() - BATCH_LIFETIME).delete()
    present = set(
        dossier.lines.values_list(
            "person_id" if kind == INDIVIDUAL else "collective_id", "award_id"
        )
    )
    rows, errors = [], list(result.errors)
    existing = _existing(dossier, kind, result.rows)
    label = "Họ và tên" if kind == INDIVIDUAL else "Tên tập thể"
    for row in result.rows:
        row["existing_id"] = existing.get(tuple(row["match_key"]))
        if row["existing_id"] and (row["existing_id"], row["award_id"]) in present:
            errors.append((row["row"], label, _("Đã có trong danh sách đề nghị của hồ sơ.")))
            continue
        rows.append(row)
    errors.sort(key=lambda e: e[0])
    return ImportBatch.objects.create(
        dossier=dossier,
        uploaded_by=by,
        kind=kind,
        filename=upload.name[:255],
        rows=rows,
        errors=[list(e) for e in errors],
        total_rows=result.total,
    )


def _existing(dossier, kind, rows):
    """Existing persons (by national ID, else by name, birth date and unit) or collectives."""
    scope = dossier.organization.path
    found = {}
    if kind == COLLECTIVE:
        names = {r["match_key"][0] for r in rows}
        for c in Collective.objects.filter(organization__path__startswith=scope).select_related(
            "organization"
        ):
            key = (name_key(c.display_name), c.organization_id)
            if key[0] in names:
                found.setdefault(key, c.pk)
        return found
    ids = [r["national_id"] for r in rows if r["national_id"]]
    persons = Person.objects.filter(organization__path__startswith=scope)
    for pk, national_id in persons.filter(national_id__in=ids).values_list("pk", "national_id"):
        found.setdefault(("id", national_id), pk)
    names = {r["match_key"][1] for r in rows if r["match_key"][0] == "name"}
    for pk, key, born, unit in persons.filter(name_key__in=names, national_id="").values_list(
        "pk", "name_key", "birth_date", "organization_id"
    ):
        found.setdefault(("name", key, born.isoformat() if born else None, unit), pk)
    return found


@transaction.atomic
def dossier_import_confirm(*, batch, by, accept_valid=False):
    """Write the batch's rows into its dossier; returns the number of lines added."""
    dossier = batch.dossier
    if dossier.status not in EDITABLE_STATUSES:
        raise ValidationError(
            _("Hồ sơ ở trạng thái “%s” không sửa được.") % dossier.get_status_display()
        )
    if batch.errors and not accept_valid:
        raise ValidationError(
            _("Danh sách còn %d lỗi: sửa tệp rồi tải lên lại, hoặc chọn chỉ nhập các dòng hợp lệ.")
            % len(batch.errors)
        )
    if batch.kind == COLLECTIVE:
        holders = _collectives_for(batch.rows)
        holder_field = "collective_id"
    else:
        holders = _persons_for(batch.rows)
        holder_field = "person_id"
    present = set(dossier.lines.values_list(holder_field, "award_id"))
    position = dossier.lines.aggregate(m=Max("position"))["m"] or 0
    lines = []
    for row, holder_id in zip(batch.rows, holders, strict=True):
        if (holder_id, row["award_id"]) in present:
            continue
        present.add((holder_id, row["award_id"]))
        position += 1
        lines.append(
            DossierNominee(
                dossier=dossier,
                position=position,
                award_id=row["award_id"],
                achievement=row["achievement"],
                **{holder_field: holder_id},
            )
        )
    DossierNominee.objects.bulk_create(lines, batch_size=2000)
    batch.delete()
    return len(lines)


def _persons_for(rows):
    """The person id of each row: existing, or created once per distinct person."""
    new = {}
    for row in rows:
        key = tuple(row["match_key"])
        if not row["existing_id"] and key not in new:
            person = Person(
                full_name=row["full_name"],
                gender=row["gender"],
                birth_date=date.fromisoformat(row["birth_date"]) if row["birth_date"] else None,
                position=row["position"],
                organization_id=row["unit_id"],
                national_id=row["national_id"],
                phone=row["phone"],
                email=row["email"],
            )
            person.prepare()
            new[key] = person
    Person.objects.bulk_create(new.values(), batch_size=2000)
    return [row["existing_id"] or new[tuple(row["match_key"])].pk for row in rows]


def _collectives_for(rows):
    new = {}
    for row in rows:
        key = tuple(row["match_key"])
        if not row["existing_id"] and key not in new:
            new[key] = Collective.objects.create(organization_id=row["unit_id"], name=row["name"])
    return [row["existing_id"] or new[tuple(row["match_key"])].pk for row in rows]
