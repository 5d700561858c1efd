"""Uploaded files: checked by content, never trusted by name, stored under generated names."""

import hashlib
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from core.text import nfc
from core.uploads import UploadRefused, check_upload

from ..enums import EDITABLE_STATUSES, PER_NOMINEE_PARTS
from ..models import DossierFile

__all__ = ["UploadRefused", "check_upload", "dossier_file_add", "dossier_file_delete"]


def _sha256(upload):
    digest = hashlib.sha256()
    upload.seek(0)
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


@transaction.atomic
def dossier_file_add(*, dossier, by, upload, part, line=None):
    if dossier.status not in EDITABLE_STATUSES:
        raise ValidationError(_("Hồ sơ đã gửi, không đính kèm thêm được."))
    if line is not None and line.dossier_id != dossier.pk:
        raise ValidationError(_("Người, tập thể được chọn không thuộc hồ sơ này."))
    if part in PER_NOMINEE_PARTS and line is None:
        raise ValidationError(
            _("Thành phần này nộp cho từng người, tập thể: hãy chọn người, tập thể.")
        )
    kind = check_upload(upload)
    name = nfc(PurePosixPath(upload.name).name)[:255]
    attached = DossierFile(
        dossier=dossier,
        line=line,
        part=part,
        original_name=name,
        kind=kind,
        size=upload.size,
        sha256=_sha256(upload),
        uploaded_by=by,
    )
    attached.file.save(name, upload, save=False)
    stored = attached.file.name
    try:
        attached.save()
    except Exception:
        attached.file.storage.delete(stored)
        raise
    return attached


@transaction.atomic
def dossier_file_delete(*, attached, by):
    if attached.dossier.status not in EDITABLE_STATUSES:
        raise ValidationError(_("Hồ sơ đã gửi, không xóa tệp được."))
    storage, name = attached.file.storage, attached.file.name
    attached.delete()
    transaction.on_commit(lambda: storage.delete(name))
