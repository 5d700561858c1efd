"""PDF output: WeasyPrint renders the print template, pyHanko adds empty signature fields."""

import logging
from io import BytesIO

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigFieldSpec, append_signature_field
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration

from .assets import SCHEME, AssetFetcher, DocumentRenderError, check_fonts

TEMPLATE = "documents/print/document.html"
PX_TO_PT = 0.75  # WeasyPrint lays out in CSS px (1/96 in); PDF speaks points (1/72 in)
MM = 72 / 25.4
SEAL_FIELD = "DauCoQuan"
# Seal field: top right of page 1, in the top margin above the quốc hiệu (x from the left
# edge, y from the top, in mm).
SEAL_BOX_MM = (135, 2, 195, 19)

logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)


def render_html(layout):
    return render_to_string(TEMPLATE, {"layout": layout})


def render_weasy(html, *, fetcher=None):
    """Lay out ``html``; returns the WeasyPrint document (pages are checked against the limit)."""
    check_fonts()
    fetcher = fetcher or AssetFetcher()
    document = HTML(string=html, base_url=f"{SCHEME}:static/", url_fetcher=fetcher).render(
        font_config=FontConfiguration()
    )
    if len(document.pages) > settings.DOCUMENT_MAX_PAGES:
        raise DocumentRenderError(
            _(
                "Văn bản dài %(pages)s trang, vượt giới hạn %(limit)s trang. Hãy tách thành "
                "nhiều văn bản hoặc phụ lục."
            )
            % {"pages": len(document.pages), "limit": settings.DOCUMENT_MAX_PAGES}
        )
    return document


def signature_boxes(document, layout):
    """``[(field_name, page_index, (x1, y1, x2, y2))]`` in PDF points for each signer."""
    boxes = []
    for i, signer in enumerate(layout.signers):
        anchor = f"sig-{i}"
        for index, page in enumerate(document.pages):
            if anchor in page.anchors:
                x1, y1, x2, y2 = page.anchors[anchor]
                height = page.height * PX_TO_PT
                box = (
                    round(x1 * PX_TO_PT, 2),
                    round(height - y2 * PX_TO_PT, 2),
                    round(x2 * PX_TO_PT, 2),
                    round(height - y1 * PX_TO_PT, 2),
                )
                boxes.append((signer.field_name, index, box))
                break
    return boxes


def render_pdf(layout, *, fetcher=None):
    """``(pdf_bytes, page_count)`` for a ``layout.Layout``."""
    document = render_weasy(render_html(layout), fetcher=fetcher)
    document.metadata.title = layout.meta_title
    document.metadata.authors = [layout.meta_author]
    document.metadata.description = layout.meta_subject
    document.metadata.generator = "tdkt"
    fields = signature_boxes(document, layout)
    if layout.seal and document.pages:
        page_height = document.pages[0].height * PX_TO_PT
        x1, top, x2, bottom = (v * MM for v in SEAL_BOX_MM)
        fields.append((SEAL_FIELD, 0, (x1, page_height - bottom, x2, page_height - top)))
    pdf = document.write_pdf()
    return add_signature_fields(pdf, fields), len(document.pages)


def add_signature_fields(pdf, fields):
    """Append empty signature fields (AcroForm /Sig widgets) for signing tools to fill."""
    if not fields:
        return pdf
    writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    for name, page, box in fields:
        append_signature_field(writer, SigFieldSpec(sig_field_name=name, on_page=page, box=box))
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
