"""Signing a rendered PDF in one of its empty signature fields with a PKCS#12 key (pyHanko)."""

from io import BytesIO

from django.utils.translation import gettext as _
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers

from .assets import DocumentRenderError


def sign_pdf(pdf_bytes, *, field_name, pkcs12_path, passphrase):
    """The PDF signed in ``field_name`` (PAdES baseline) with the key in ``pkcs12_path``."""
    if isinstance(passphrase, str):
        passphrase = passphrase.encode()
    try:
        signer = signers.SimpleSigner.load_pkcs12(pfx_file=str(pkcs12_path), passphrase=passphrase)
    except Exception as exc:
        raise DocumentRenderError(_("Không đọc được tệp khóa ký số (PKCS#12).")) from exc
    if signer is None:
        raise DocumentRenderError(_("Không đọc được tệp khóa ký số (PKCS#12)."))
    writer = IncrementalPdfFileWriter(BytesIO(pdf_bytes), strict=False)
    metadata = signers.PdfSignatureMetadata(field_name=field_name)
    out = signers.sign_pdf(writer, metadata, signer=signer, existing_fields_only=True)
    return out.getvalue()
