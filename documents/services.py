"""Rendering official documents, freezing issued PDFs, and queued render jobs.

``render_document`` is the one entry point: any kind, PDF or DOCX, from structured data.
"""

import hashlib
import json
import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from core.text import fold

from . import layout as layouts
from .assets import DocumentRenderError
from .models import RenderJob, StoredDocument
from .schema import SchemaError, from_dict
from .signing import sign_pdf

logger = logging.getLogger(__name__)

# Bump when a template, the print CSS or the layout code changes what is printed: cached
# render jobs of an older version are then not reused.
TEMPLATE_VERSION = "2026.1"
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
_FILE_PREFIX = {
    "plan": "ke-hoach",
    "plan_appendix": "phu-luc-ke-hoach",
    "decision": "quyet-dinh",
    "minutes": "bien-ban",
    "submission": "to-trinh",
}


@dataclass(frozen=True)
class Rendered:
    content: bytes
    content_type: str
    filename: str
    pages: int | None
    sha256: str


def _filename(document, fmt):
    stem = _FILE_PREFIX[document.kind]
    if document.number_symbol:
        safe = "".join(c if c.isalnum() else "-" for c in document.number_symbol)
        stem = f"{stem}-{safe}"
    stem = f"{stem}-{document.year}" if document.year else stem
    ascii_stem = fold(stem).encode("ascii", "ignore").decode() or "van-ban"
    return f"{ascii_stem.lower()}.{fmt}"


def render_document(*, kind, data, fmt, fetcher=None):
    """Render ``data`` (see ``documents.schema``) as ``fmt`` ("pdf" or "docx").

    Raises ``SchemaError`` for bad data and ``DocumentRenderError`` when the document cannot
    be printed as the format requires (missing fonts, too many pages).
    """
    if fmt not in CONTENT_TYPES:
        raise SchemaError(f"Định dạng “{fmt}” không được hỗ trợ (chỉ nhận pdf hoặc docx).")
    document = from_dict(kind, data)
    layout = layouts.build(document)
    if fmt == "pdf":
        from .pdf import render_pdf

        content, pages = render_pdf(layout, fetcher=fetcher)
    else:
        from .docx_writer import render_docx

        content, pages = render_docx(layout), None
    return Rendered(
        content=content,
        content_type=CONTENT_TYPES[fmt],
        filename=_filename(document, fmt),
        pages=pages,
        sha256=hashlib.sha256(content).hexdigest(),
    )


def content_hash(*, kind, data, fmt):
    """SHA-256 of the canonical JSON of what decides the output."""
    canonical = json.dumps(
        {"kind": kind, "fmt": fmt, "data": data, "version": TEMPLATE_VERSION},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def document_freeze(*, organization, kind, data, source, by):
    """Render the PDF once and keep its bytes and SHA-256; a frozen file is never re-rendered.

    Where a PKCS#12 key is configured (``DOCUMENT_SIGNING_PKCS12``), the first signer's field
    is signed with it before the bytes are kept.
    """
    rendered = render_document(kind=kind, data=data, fmt="pdf")
    document = from_dict(kind, data)
    content = rendered.content
    if settings.DOCUMENT_SIGNING_PKCS12 and document.signers:
        content = sign_pdf(
            content,
            field_name=document.signers[0].field_name,
            pkcs12_path=settings.DOCUMENT_SIGNING_PKCS12,
            passphrase=settings.DOCUMENT_SIGNING_PASSPHRASE,
        )
    with transaction.atomic():
        stored = StoredDocument(
            organization=organization,
            kind=kind,
            content_type=ContentType.objects.get_for_model(source),
            object_id=source.pk,
            number_symbol=document.number_symbol,
            sha256=hashlib.sha256(content).hexdigest(),
            size=len(content),
            created_by=by,
        )
        stored.file.save(rendered.filename, ContentFile(content), save=False)
        stored.save()
    logger.info("Frozen %s %s as %s", kind, stored.number_symbol, stored.sha256)
    return stored


def stored_document_read(*, stored):
    """The frozen bytes, after checking them against the SHA-256 kept at freezing."""
    with stored.file.open("rb") as handle:
        content = handle.read()
    if hashlib.sha256(content).hexdigest() != stored.sha256:
        raise DocumentRenderError(
            "Tệp văn bản đã lưu không còn nguyên vẹn (mã băm SHA-256 không khớp)."
        )
    return content


def render_request(*, organization, kind, data, fmt, by):
    """A render job for this data: a finished identical one at once, else a new queued one."""
    from .tasks import render_job_task  # tasks import this module

    from_dict(kind, data)  # bad data fails here, in the request, not later in the worker
    digest = content_hash(kind=kind, data=data, fmt=fmt)
    done = (
        RenderJob.objects.filter(
            organization=organization, content_hash=digest, status=RenderJob.Status.DONE
        )
        .order_by("-finished_at")
        .first()
    )
    if done is not None:
        return done
    with transaction.atomic():
        job = RenderJob.objects.create(
            organization=organization,
            kind=kind,
            fmt=fmt,
            data=data,
            content_hash=digest,
            created_by=by,
        )
        transaction.on_commit(lambda: render_job_task.delay(job_id=job.pk))
    return job


def render_job_run(*, job_id):
    """Run a queued job; safe to call twice (a job that is not queued is left alone)."""
    with transaction.atomic():
        job = RenderJob.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.status != RenderJob.Status.QUEUED:
            return job
        job.status = RenderJob.Status.RUNNING
        job.started_at = timezone.now()
        job.save(update_fields=["status", "started_at"])
    try:
        rendered = render_document(kind=job.kind, data=job.data, fmt=job.fmt)
    except (SchemaError, DocumentRenderError) as exc:
        job.status = RenderJob.Status.FAILED
        job.error = exc.message
    except Exception:
        logger.exception("Render job %s failed", job.pk)
        job.status = RenderJob.Status.FAILED
        job.error = "Lỗi không mong đợi khi tạo tệp; quản trị viên đã được ghi nhận."
    else:
        job.file.save(rendered.filename, ContentFile(rendered.content), save=False)
        job.filename = rendered.filename
        job.sha256 = rendered.sha256
        job.pages = rendered.pages
        job.status = RenderJob.Status.DONE
    job.finished_at = timezone.now()
    job.save()
    return job
