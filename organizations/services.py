import csv
import io
import re
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from core.text import fold, nfc

from .enums import Kind, Level
from .models import Organization


def _path_for(organization):
    parent_path = organization.parent.path if organization.parent_id else "/"
    return f"{parent_path}{organization.pk}/"


@transaction.atomic
def organization_create(*, by=None, **fields):
    organization = Organization(**fields)
    organization.full_clean(exclude=["path", "slug"] if not fields.get("slug") else ["path"])
    if not organization.slug:
        organization.slug = unique_slug(organization.name)
    organization.save()
    organization.path = _path_for(organization)
    organization.save(update_fields=["path"])
    return organization


@transaction.atomic
def organization_update(*, organization, by=None, **fields):
    old_path = organization.path
    for name, value in fields.items():
        setattr(organization, name, value)
    organization.full_clean(exclude=["path"])
    organization.save()
    new_path = _path_for(organization)
    if new_path != old_path:
        # The unit moved in the tree: re-root every descendant's path in one pass.
        for descendant in Organization.objects.filter(path__startswith=old_path).exclude(
            pk=organization.pk
        ):
            descendant.path = new_path + descendant.path[len(old_path) :]
            descendant.save(update_fields=["path"])
        organization.path = new_path
        organization.save(update_fields=["path"])
    return organization


def unique_slug(name):
    base = slugify(fold(name))[:60] or "don-vi"
    slug, n = base, 1
    while Organization.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


# ---- import from CSV / XLSX ---------------------------------------------------------------

# The headings of the import file as printed in our template, and the field each fills;
# a file's headings are matched without diacritics.
IMPORT_HEADINGS = {
    "Mã": "slug",
    "Tên": "name",
    "Mã đơn vị cấp trên": "parent",
    "Cấp": "level",
    "Loại": "kind",
    "Tên in trên văn bản": "header_name",
    "Cơ quan chủ quản": "header_parent",
    "Viết tắt": "abbreviation",
    "Địa danh": "place_name",
}
IMPORT_COLUMNS = {fold(heading): field for heading, field in IMPORT_HEADINGS.items()}
REQUIRED = ("name", "level", "kind", "header_name", "abbreviation", "place_name")


@dataclass
class ImportReport:
    created: list = field(default_factory=list)
    errors: list = field(default_factory=list)  # (row number, column, message)

    @property
    def ok(self):
        return not self.errors


def _words(value):
    return re.sub(r"[^a-z0-9]+", " ", fold(str(value))).strip()


def _choice(value, choices):
    """A choice by its code or its Vietnamese label, with or without diacritics; a label
    may be shortened to its first words ("Cơ quan" for "Cơ quan, đơn vị trực thuộc")."""
    key = _words(value)
    if not key:
        return None
    for code, label in choices:
        if key in (_words(code), _words(label)) or _words(label).startswith(key + " "):
            return code
    return None


def read_table(data, filename):
    """Rows of a CSV (UTF-8) or XLSX file as lists of strings, header first."""
    name = filename.lower()
    if name.endswith(".xlsx"):
        from openpyxl import load_workbook

        try:
            # Not read-only: blank rows must keep their place so errors cite real row numbers.
            sheet = load_workbook(io.BytesIO(data), data_only=True).active
        except Exception as exc:
            raise ValueError(
                _("Không đọc được tệp Excel: tệp hỏng hoặc không phải .xlsx.")
            ) from exc
        return [
            ["" if c is None else str(c) for c in row] for row in sheet.iter_rows(values_only=True)
        ]
    if name.endswith(".csv"):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValueError(_("Tệp CSV phải được lưu với bảng mã UTF-8.")) from exc
        return list(csv.reader(io.StringIO(text)))
    raise ValueError(_("Chỉ nhận tệp .csv hoặc .xlsx."))


def _header_index(rows, *, scan=10):
    """The header row: the first of the top rows naming at least three known columns, so that
    title rows ("DANH SÁCH ĐƠN VỊ…") above it are skipped."""
    for index, row in enumerate(rows[:scan]):
        if sum(fold(cell).strip() in IMPORT_COLUMNS for cell in row) >= 3:
            return index
    return None


@transaction.atomic
def organization_import(*, root, rows, by=None, dry_run=False):
    """Create units under ``root`` from table rows; all or nothing, errors row by row."""
    report = ImportReport()
    rows = [[nfc(c).strip() for c in row] for row in rows]
    start = _header_index(rows)
    if start is None:
        report.errors.append(
            (0, "", _("Không tìm thấy dòng tiêu đề (Mã, Tên, Cấp, Loại…) trong tệp."))
        )
        return report
    header = [IMPORT_COLUMNS.get(fold(h).strip()) for h in rows[start]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        report.errors.append((1, ", ".join(missing), _("Thiếu cột bắt buộc trong dòng tiêu đề.")))
        return report
    known = {o.slug: o for o in Organization.objects.filter(path__startswith=root.path)}
    pending = []
    for number, raw in enumerate(rows[start + 1 :], start=start + 2):
        if not any(raw):
            continue
        values = {key: (raw[i] if i < len(raw) else "") for i, key in enumerate(header) if key}
        row_errors = []
        for key in REQUIRED:
            if not values.get(key):
                row_errors.append((number, key, _("Không được để trống.")))
        level = _choice(values.get("level", ""), Level.choices)
        kind = _choice(values.get("kind", ""), Kind.choices)
        if values.get("level") and level is None:
            row_errors.append((number, "level", _("Cấp “%s” không hợp lệ.") % values["level"]))
        if values.get("kind") and kind is None:
            row_errors.append((number, "kind", _("Loại “%s” không hợp lệ.") % values["kind"]))
        slug = values.get("slug") or ""
        if slug and (slug in known or Organization.objects.filter(slug=slug).exists()):
            row_errors.append((number, "slug", _("Mã “%s” đã tồn tại.") % slug))
        parent_slug = values.get("parent") or ""
        if parent_slug and parent_slug not in known:
            row_errors.append(
                (
                    number,
                    "parent",
                    _("Không tìm thấy đơn vị cấp trên “%s” trong cây của bạn.") % parent_slug,
                )
            )
        if row_errors:
            report.errors.extend(row_errors)
            continue
        header_name = values["header_name"].replace(" / ", "\n")
        pending.append(
            (
                parent_slug,
                slug,
                dict(
                    name=values["name"],
                    level=level,
                    kind=kind,
                    header_name=header_name,
                    header_parent=values.get("header_parent", ""),
                    abbreviation=values["abbreviation"],
                    place_name=values["place_name"],
                ),
            )
        )
        if slug:
            known[slug] = None  # reserved; resolved when created
    if report.errors or dry_run:
        transaction.set_rollback(True)
        return report
    for parent_slug, slug, fields in pending:
        parent = known.get(parent_slug) if parent_slug else root
        organization = organization_create(by=by, parent=parent, slug=slug, **fields)
        if slug:
            known[slug] = organization
        report.created.append(organization)
    return report
