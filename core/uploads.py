"""Checks for uploaded files, shared by every app: by content (never by name), size, and
decompression bombs. Files are stored under generated names below MEDIA_ROOT and served only
through views that check permissions, as downloads.
"""

import uuid
import zipfile
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _

from core.text import nfc


class FileKind(models.TextChoices):
    PDF = "pdf", "PDF"
    DOCX = "docx", "Word (.docx)"
    XLSX = "xlsx", "Excel (.xlsx)"
    PNG = "png", "PNG"
    JPEG = "jpeg", "JPEG"


EXTENSIONS = {
    ".pdf": FileKind.PDF,
    ".docx": FileKind.DOCX,
    ".xlsx": FileKind.XLSX,
    ".png": FileKind.PNG,
    ".jpg": FileKind.JPEG,
    ".jpeg": FileKind.JPEG,
}
CONTENT_TYPES = {
    FileKind.PDF: "application/pdf",
    FileKind.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    FileKind.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    FileKind.PNG: "image/png",
    FileKind.JPEG: "image/jpeg",
}
# An Office file compresses XML about 5-20 times; far beyond that is a decompression bomb.
MAX_ZIP_RATIO = 100
MAX_ZIP_ENTRIES = 10_000


class UploadRefused(ValidationError):
    pass


def _mb(n):
    return f"{n / (1024 * 1024):.1f}".replace(".", ",")


def max_uncompressed_bytes():
    return getattr(settings, "UPLOAD_MAX_UNCOMPRESSED_BYTES", 10 * settings.UPLOAD_MAX_BYTES)


def _zip_kind(upload, name):
    """DOCX or XLSX, judged from the central directory only: nothing is decompressed."""
    try:
        with zipfile.ZipFile(upload) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise UploadRefused(_("Tệp “%s” bị hỏng, không đọc được.") % name) from exc
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if (
        len(infos) > MAX_ZIP_ENTRIES
        or total > max_uncompressed_bytes()
        or total / packed > MAX_ZIP_RATIO
    ):
        raise UploadRefused(
            _(
                "Tệp “%s” là tệp nén có dung lượng giải nén bất thường (nghi là “bom nén”); "
                "hệ thống từ chối tệp này."
            )
            % name
        )
    names = {i.filename for i in infos}
    if "[Content_Types].xml" in names:
        if any(n.startswith("word/") for n in names):
            return FileKind.DOCX
        if any(n.startswith("xl/") for n in names):
            return FileKind.XLSX
    raise UploadRefused(_("Tệp “%s” là tệp nén nhưng không phải tài liệu Word hoặc Excel.") % name)


def check_upload(upload, *, allowed=tuple(FileKind)):
    """The real kind of an uploaded file, or ``UploadRefused`` with a Vietnamese message.

    Checks, in order: size, content (magic bytes; for zip containers the directory, its
    uncompressed size and ratio), then that the name's extension agrees with the content.
    """
    name = nfc(PurePosixPath(upload.name or "").name) or "tệp"
    limit = settings.UPLOAD_MAX_BYTES
    if upload.size > limit:
        raise UploadRefused(
            _("Tệp “%(name)s” quá lớn (%(size)s MB); dung lượng tối đa là %(max)s MB.")
            % {"name": name, "size": _mb(upload.size), "max": _mb(limit)}
        )
    if upload.size == 0:
        raise UploadRefused(_("Tệp “%s” rỗng.") % name)
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        kind = FileKind.PDF
    elif head.startswith(b"\x89PNG\r\n\x1a\n"):
        kind = FileKind.PNG
    elif head.startswith(b"\xff\xd8\xff"):
        kind = FileKind.JPEG
    elif head.startswith(b"PK\x03\x04"):
        kind = _zip_kind(upload, name)
        upload.seek(0)
    else:
        raise UploadRefused(
            _(
                "Nội dung tệp “%s” không phải PDF, Word (.docx), Excel (.xlsx), PNG hoặc JPEG; "
                "hệ thống từ chối tệp này."
            )
            % name
        )
    if EXTENSIONS.get(PurePosixPath(name).suffix.lower()) != kind:
        raise UploadRefused(
            _("Phần mở rộng của tệp “%(name)s” không khớp với nội dung (nội dung là %(kind)s).")
            % {"name": name, "kind": kind.label}
        )
    if kind not in allowed:
        raise UploadRefused(_("Chỉ nhận tệp %s.") % ", ".join(FileKind(k).label for k in allowed))
    return kind


def generated_name(instance, filename):
    """upload_to: a random name under a dated folder, keeping only a known extension."""
    extension = PurePosixPath(filename).suffix.lower()
    if extension not in EXTENSIONS:
        extension = ""
    today = timezone.localdate()
    return f"uploads/{today:%Y/%m}/{uuid.uuid4().hex}{extension}"
