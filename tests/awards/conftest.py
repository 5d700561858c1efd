import io
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from awards.enums import AwardType, DossierPart, Rating
from awards.models import AwardKind
from awards.services import (
    award_record_add,
    dossier_add_nominee,
    dossier_create,
    dossier_file_add,
    initiative_add,
    person_create,
    year_rating_set,
)
from organizations.enums import Level, Role
from tests.factories import OrganizationFactory, member

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def province(db):
    return OrganizationFactory(
        name="UBND tỉnh Lai Châu", level=Level.PROVINCE, place_name="Lai Châu"
    )


@pytest.fixture
def province_officer(province):
    return member(province, Role.OFFICER)


@pytest.fixture
def province_council(province):
    return member(province, Role.COUNCIL_MEMBER)


@pytest.fixture
def third_org(db):
    return OrganizationFactory(name="UBND xã Mường Tè", place_name="Mường Tè")


@pytest.fixture
def third_officer(third_org):
    return member(third_org, Role.OFFICER)


@pytest.fixture
def awards(db):
    return {a.code: a for a in AwardKind.objects.all()}


def pdf(name="to-trinh.pdf"):
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


def make_person(org, name="Nguyễn Thị Lan", **fields):
    fields.setdefault("birth_date", date(1985, 3, 12))
    return person_create(full_name=name, organization=org, **fields)


def make_dossier(org, recipient, by, **fields):
    values = dict(title="Đề nghị khen thưởng năm 2024", year=2024, track=AwardType.ACHIEVEMENT)
    values.update(fields)
    return dossier_create(organization=org, recipient=recipient, by=by, **values)


def cstdcs_history(person, awards):
    """Five years HTXS, LĐTT every year, CSTĐCS 2021–2023, a provincial initiative in 2023."""
    for year in range(2019, 2024):
        year_rating_set(person=person, year=year, rating=Rating.HTXS)
        award_record_add(person=person, award=awards["LDTT"], year=year)
    for year, number, day in (
        (2021, "45/QĐ-UBND", date(2021, 12, 28)),
        (2022, "52/QĐ-UBND", date(2022, 12, 27)),
        (2023, "61/QĐ-UBND", date(2023, 12, 26)),
    ):
        award_record_add(
            person=person,
            award=awards["CSTDCS"],
            year=year,
            decision_number=number,
            decision_date=day,
            deciding_office="UBND huyện Phong Thổ",
        )
    initiative_add(
        person=person,
        title="Số hóa hồ sơ khen thưởng",
        level="tinh",
        year=2023,
        recognised_by="Hội đồng sáng kiến tỉnh",
    )
    return person


def complete_dossier(org, recipient, by, awards, person=None):
    """A dossier proposing LĐTT for one person, with every required part attached."""
    dossier = make_dossier(org, recipient, by)
    person = person or make_person(org)
    line = dossier_add_nominee(dossier=dossier, by=by, award=awards["LDTT"], person=person)
    for part in (DossierPart.SUBMISSION, DossierPart.MINUTES):
        dossier_file_add(dossier=dossier, by=by, upload=pdf(f"{part}.pdf"), part=part)
    return dossier, line


def xlsx_bytes(book):
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
