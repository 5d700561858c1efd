"""Ready to sign: empty signature fields at the signers' places; signing validates."""

import datetime
import io

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from documents.examples import example
from documents.services import render_document
from documents.signing import sign_pdf

from .helpers import MM, find, open_pdf

pytestmark = pytest.mark.pdf


def _fields(content):
    reader = PdfFileReader(io.BytesIO(content))
    out = {}
    for ref in reader.root["/AcroForm"]["/Fields"]:
        field = ref.get_object()
        page_ref = field["/P"]
        page_index = (
            next(
                i
                for i in range(len(reader.root["/Pages"]["/Kids"]))
                if reader.root["/Pages"]["/Kids"][i].get_object() == page_ref.get_object()
            )
            if "/P" in field
            else None
        )
        out[str(field["/T"])] = ([float(v) for v in field["/Rect"]], str(field["/FT"]), page_index)
    return out


def test_signature_field_sits_over_the_signature_space():
    data = example("cai_rang")
    rendered = render_document(kind="plan", data=data, fmt="pdf")
    fields = _fields(rendered.content)
    assert list(fields) == ["ChuKy_ChuTich"]
    (x1, y1, x2, y2), kind, _page = fields["ChuKy_ChuTich"]
    assert kind == "/Sig"
    with open_pdf(rendered.content) as pdf:
        last = pdf.pages[-1]
        height = last.height
        position = find(last, "CHỦ TỊCH")
        name = find(last, "Lê Thanh Tâm")
        authority = find(last, "TM. ỦY BAN NHÂN DÂN")
        # Between the position line and the name, within the signing column.
        assert height - y2 >= position["bottom"] - 0.5
        assert height - y1 <= name["top"] + 0.5
        assert x1 >= authority["x0"] - 60 and x2 <= 195 * MM + 0.5
        assert x1 > 100 * MM
        centre = (x1 + x2) / 2
        assert abs(centre - (name["x0"] + name["x1"]) / 2) < 1
        assert y2 - y1 == pytest.approx(28 * MM, abs=0.5)


def test_seal_field_at_top_right_of_page_one_when_asked():
    data = example("cai_rang")
    data["seal"] = True
    rendered = render_document(kind="plan", data=data, fmt="pdf")
    fields = _fields(rendered.content)
    assert sorted(fields) == ["ChuKy_ChuTich", "DauCoQuan"]
    (x1, y1, x2, y2), kind, page = fields["DauCoQuan"]
    assert kind == "/Sig"
    assert page == 0
    assert x2 == pytest.approx(195 * MM, abs=0.5)
    assert y2 > 841.9 - 20 * MM


def test_minutes_has_one_field_per_signer():
    rendered = render_document(kind="minutes", data=example("minutes"), fmt="pdf")
    assert sorted(_fields(rendered.content)) == ["ChuKy_ChuToa", "ChuKy_ThuKy"]


def _self_signed(tmp_path):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.COMMON_NAME, "UBND quận Cái Răng (thử nghiệm)"),
        ]
    )
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    path = tmp_path / "khoa.p12"
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"thu-nghiem", key, cert, None, serialization.BestAvailableEncryption(b"mat-khau")
        )
    )
    return path, cert


def test_signing_with_a_pkcs12_key_validates(tmp_path):
    rendered = render_document(kind="plan", data=example("cai_rang"), fmt="pdf")
    path, cert = _self_signed(tmp_path)
    signed = sign_pdf(
        rendered.content, field_name="ChuKy_ChuTich", pkcs12_path=path, passphrase="mat-khau"
    )
    reader = PdfFileReader(io.BytesIO(signed))
    assert len(reader.embedded_signatures) == 1
    signature = reader.embedded_signatures[0]
    assert signature.field_name == "ChuKy_ChuTich"
    trusted = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    status = validate_pdf_signature(signature, ValidationContext(trust_roots=[trusted]))
    assert status.intact is True
    assert status.valid is True
    assert status.trusted is True


def test_issued_plan_is_signed_at_freezing_when_a_key_is_configured(
    tmp_path, settings, org, officer, leader
):
    from documents.models import StoredDocument
    from documents.services import stored_document_read
    from tests.factories.plans import issued_plan

    path, cert = _self_signed(tmp_path)
    settings.DOCUMENT_SIGNING_PKCS12 = str(path)
    settings.DOCUMENT_SIGNING_PASSPHRASE = "mat-khau"
    plan = issued_plan(org, officer, leader)
    stored = StoredDocument.objects.get(pk=plan.stored_document_id)
    content = stored_document_read(stored=stored)
    reader = PdfFileReader(io.BytesIO(content))
    assert [s.field_name for s in reader.embedded_signatures] == ["ChuKy_ChuTich"]
    trusted = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    status = validate_pdf_signature(
        reader.embedded_signatures[0], ValidationContext(trust_roots=[trusted])
    )
    assert (status.intact, status.valid) == (True, True)
    assert plan.pdf_sha256 == stored.sha256
