"""Fonts and print files that WeasyPrint may load, and nothing else.

Every URL in a print template uses the internal scheme ``tdkt-asset:`` (``tdkt-asset:font/…``
for the fonts in ``settings.DOCUMENT_FONT_DIR``, ``tdkt-asset:static/…`` for files in
``static/documents/``). ``AssetFetcher`` serves those and refuses everything else (http,
file://, data: …), so a document can never read the server's files or call the network,
whatever text a user typed.
"""

import mimetypes
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _
from weasyprint.urls import URLFetcher, URLFetcherResponse

SCHEME = "tdkt-asset"
STATIC_DIR = Path(settings.BASE_DIR) / "static" / "documents"
# Liberation Serif 2.x is metric-compatible with Times New Roman and covers Vietnamese.
FONT_FILES = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bold_italic": "LiberationSerif-BoldItalic.ttf",
}


class DocumentRenderError(Exception):
    """A document cannot be rendered; ``message`` is a Vietnamese sentence for the user."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def font_dir():
    return Path(settings.DOCUMENT_FONT_DIR)


def check_fonts():
    """Stop unless every font file is there: a fallback font would change the pagination."""
    missing = [name for name in FONT_FILES.values() if not (font_dir() / name).is_file()]
    if missing:
        raise DocumentRenderError(
            _(
                "Không tìm thấy phông chữ Liberation Serif (%(files)s) trong thư mục "
                "%(dir)s. Hãy cài gói fonts-liberation2 hoặc đặt DOCUMENT_FONT_DIR đúng; "
                "văn bản không được in bằng phông chữ khác."
            )
            % {"files": ", ".join(missing), "dir": font_dir()}
        )


def _resolve(url):
    """The file behind an allowed URL, or None."""
    if not url.startswith(f"{SCHEME}:"):
        return None
    area, _sep, name = url[len(SCHEME) + 1 :].partition("/")
    if area == "font":
        return font_dir() / name if name in FONT_FILES.values() else None
    if area == "static":
        path = (STATIC_DIR / name).resolve()
        if path.is_file() and path.parent == STATIC_DIR.resolve():
            return path
    return None


class AssetFetcher(URLFetcher):
    """WeasyPrint URL fetcher that serves our fonts and print files only.

    ``seen`` records every URL WeasyPrint asked for (tests check that user text never
    reaches the fetcher).
    """

    def __init__(self):
        super().__init__(allowed_protocols=(SCHEME,), allow_redirects=False, timeout=1)
        self.seen = []

    def fetch(self, url, headers=None):
        self.seen.append(url)
        path = _resolve(url)
        if path is None:
            raise ValueError(f"Refused by the document URL fetcher: {url[:200]}")
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if path.suffix == ".ttf":
            content_type = "font/ttf"
        return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": content_type})
