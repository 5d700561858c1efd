"""Checks for uploaded files: by content (never by name), size, and zip bombs.

Uploaded files are stored under MEDIA_ROOT with generated names and served only through views
that check permissions, as downloads.
"""

import io
import os
import uuid
import zipfile

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

MAX_UNCOMPRESSED = 100 * 1024 * 1024
MAX_RATIO = 100
MAX_MEMBERS = 2000

LABELS = {
    "pdf": "PDF",
    "docx": "Word (.docx)",
    "xlsx": "Excel (.xlsx)",
    "png": "PNG",
    "jpeg": "JPEG",
}


class UploadRejected(ValueError):
    """The file is refused; the message says why, in Vietnamese."""


def sniff(head, data_for_zip):
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"PK\x03\x04"):
        names = zip_names(data_for_zip)
        if "[Content_Types].xml" in names:
            if any(n.startswith("word/") for n in names):
                return "docx"
            if any(n.startswith("xl/") for n in names):
                return "xlsx"
        return "zip"
    return None


def zip_names(fileobj):
    try:
        with zipfile.ZipFile(fileobj) as archive:
            check_zip_bomb(archive)
            return set(archive.namelist())
    except zipfile.BadZipFile as exc:
        raise UploadRejected(_("Tệp nén bị hỏng hoặc không đọc được.")) from exc


def check_zip_bomb(archive):
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise UploadRejected(
            _("Tệp chứa quá nhiều thành phần, có dấu hiệu tệp độc hại (zip bomb).")
        )
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UploadRejected(
                _("Tệp có tỉ lệ nén bất thường, có dấu hiệu tệp độc hại (zip bomb).")
            )
    if total > MAX_UNCOMPRESSED:
        raise UploadRejected(_("Tệp khi giải nén quá lớn, có dấu hiệu tệp độc hại (zip bomb)."))


def check_upload(upload, *, allowed=("pdf", "docx", "xlsx", "png", "jpeg"), max_bytes=None):
    """Return the detected kind of an uploaded file, or raise UploadRejected."""
    max_bytes = max_bytes or settings.UPLOAD_MAX_BYTES
    if upload.size == 0:
        raise UploadRejected(_("Tệp rỗng."))
    if upload.size > max_bytes:
        raise UploadRejected(
            _("Tệp quá lớn (%(size).1f MB, tối đa %(max).0f MB).")
            % {"size": upload.size / 1024 / 1024, "max": max_bytes / 1024 / 1024}
        )
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    data = io.BytesIO(upload.read()) if head.startswith(b"PK") else None
    upload.seek(0)
    kind = sniff(head, data)
    if kind not in allowed:
        wanted = ", ".join(LABELS.get(k, k) for k in allowed)
        raise UploadRejected(_("Định dạng tệp không được chấp nhận. Chỉ nhận: %s.") % wanted)
    return kind


def generated_name(instance, filename):
    """upload_to: a random name under a dated folder, keeping only a safe extension."""
    extension = os.path.splitext(filename)[1].lower()
    if extension not in (".pdf", ".docx", ".xlsx", ".png", ".jpg", ".jpeg"):
        extension = ""
    today = timezone.localdate()
    return f"uploads/{today:%Y/%m}/{uuid.uuid4().hex}{extension}"
