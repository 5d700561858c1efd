"""Demo data: persons of xã Phong Thổ with five years of history, a collective, a possible
duplicate, and dossiers in several states (run by ``manage.py seed_demo``)."""

from datetime import date

from django.core.files.base import ContentFile
from django.utils import timezone

from .enums import AwardType, DossierPart, Gender, InitiativeLevel, Rating, RecordSource
from .models import AwardKind, Dossier, Person
from .services import (
    award_record_add,
    collective_create,
    discipline_period_add,
    dossier_add_nominee,
    dossier_create,
    dossier_file_add,
    dossier_post_publicly,
    dossier_receive,
    dossier_send,
    dossier_start_appraisal,
    dossier_submit_to_council,
    initiative_add,
    person_create,
    year_rating_set,
)

DISTRICT = "UBND huyện Phong Thổ"
YEARS = range(2020, 2025)
PDF = b"%PDF-1.4\n% tdkt demo\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def _person(unit, name, born, gender, position, national_id, ratings, titles=()):
    person = Person.objects.filter(national_id=national_id).first()
    if person:
        return person
    person = person_create(
        full_name=name,
        birth_date=born,
        gender=gender,
        position=position,
        organization=unit,
        national_id=national_id,
    )
    for year, rating in zip(YEARS, ratings, strict=True):
        year_rating_set(person=person, year=year, rating=rating)
    for code, year, number, day in titles:
        award_record_add(
            person=person,
            award=AwardKind.objects.get(code=code),
            year=year,
            decision_number=number,
            decision_date=day,
            deciding_office=DISTRICT if year < 2025 else "UBND xã Phong Thổ",
            source=RecordSource.OUTSIDE,
        )
    return person


def _pdf(name):
    return ContentFile(PDF, name=name)


def _attach(dossier, by, *parts, lines=()):
    for part in parts:
        dossier_file_add(dossier=dossier, by=by, upload=_pdf(f"{part}.pdf"), part=part)
    for line in lines:
        dossier_file_add(
            dossier=dossier,
            by=by,
            upload=_pdf("bao-cao-thanh-tich.pdf"),
            part=DossierPart.REPORT,
            line=line,
        )


def seed(context):
    orgs, users = context["orgs"], context["users"]
    xa, tinh = orgs["xa-phong-tho"], orgs["tinh"]
    school, culture, youth = orgs["pt-truong-th"], orgs["pt-van-hoa"], orgs["pt-doan"]
    officer, province_officer = users["xa.chuyenvien"], users["tinh.chuyenvien"]
    ldtt = [("LDTT", y, f"{10 + y - 2020}/QĐ-UBND", date(y, 12, 20)) for y in YEARS]
    huong = _person(
        school,
        "Lò Thị Hương",
        date(1985, 3, 12),
        Gender.FEMALE,
        "Giáo viên",
        "012185000111",
        [Rating.HTT, Rating.HTXS, Rating.HTXS, Rating.HTXS, Rating.HTXS],
        ldtt
        + [
            ("CSTDCS", 2021, "45/QĐ-UBND", date(2021, 12, 28)),
            ("CSTDCS", 2022, "52/QĐ-UBND", date(2022, 12, 27)),
            ("CSTDCS", 2023, "61/QĐ-UBND", date(2023, 12, 26)),
        ],
    )
    if not huong.initiatives.exists():
        initiative_add(
            person=huong,
            title="Dạy tiếng Việt cho học sinh dân tộc Mông qua trò chơi",
            level=InitiativeLevel.PROVINCE,
            year=2023,
            recognised_by="Hội đồng sáng kiến tỉnh Lai Châu",
        )
    su = _person(
        culture,
        "Vàng A Sử",
        date(1990, 7, 1),
        Gender.MALE,
        "Công chức văn hóa - xã hội",
        "012090000222",
        [Rating.HTT] * 5,
        ldtt,
    )
    mai = _person(
        school,
        "Tẩn Thị Mai",
        date(1988, 11, 5),
        Gender.FEMALE,
        "Tổ trưởng chuyên môn",
        "012188000333",
        [Rating.HTT, Rating.HTXS, Rating.HTXS, Rating.HTT, Rating.HTXS],
        ldtt
        + [
            ("CSTDCS", 2021, "45/QĐ-UBND", date(2021, 12, 28)),
            ("CSTDCS", 2022, "52/QĐ-UBND", date(2022, 12, 27)),
        ],
    )
    lu = _person(
        culture,
        "Sùng Văn Lử",
        date(1979, 2, 14),
        Gender.MALE,
        "Cán bộ địa chính",
        "012079000444",
        [Rating.HTT, Rating.HT, Rating.HTT, Rating.HTT, Rating.HTT],
    )
    if not lu.discipline_periods.exists():
        discipline_period_add(
            person=lu,
            discipline="khien_trach",
            starts_on=date(2024, 3, 1),
            ends_on=date(2025, 2, 28),
            decision_number="08/QĐ-UBND",
        )
    # The same teacher entered again by the Youth Union, without her ID: a possible duplicate.
    if not Person.objects.filter(organization=youth, name_key="lo thi huong").exists():
        person_create(
            full_name="Lò Thị  Hương",
            birth_date=date(1985, 3, 12),
            gender=Gender.FEMALE,
            position="Bí thư chi đoàn",
            organization=youth,
        )
    team = school.award_collectives.filter(name="Tổ chuyên môn 1").first()
    if team is None:
        team = collective_create(organization=school, name="Tổ chuyên môn 1", members=[huong, mai])
        for year in YEARS:
            year_rating_set(collective=team, year=year, rating=Rating.HTXS)
    if Dossier.objects.filter(organization=xa).exists():
        return
    award = {a.code: a for a in AwardKind.objects.all()}

    sent = dossier_create(
        organization=xa,
        recipient=tinh,
        title="Đề nghị tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2023",
        year=2023,
        track=AwardType.ACHIEVEMENT,
        by=officer,
        number="112/TTr-UBND",
    )
    line = dossier_add_nominee(dossier=sent, by=officer, award=award["CSTD_TINH"], person=huong)
    _attach(sent, officer, DossierPart.SUBMISSION, DossierPart.MINUTES, lines=[line])
    dossier_file_add(
        dossier=sent,
        by=officer,
        upload=_pdf("sang-kien.pdf"),
        part=DossierPart.INITIATIVE,
        line=line,
    )
    dossier_send(dossier=sent, by=officer)

    draft = dossier_create(
        organization=xa,
        recipient=tinh,
        title="Đề nghị công nhận danh hiệu thi đua năm 2024",
        year=2024,
        track=AwardType.ACHIEVEMENT,
        by=officer,
    )
    dossier_add_nominee(dossier=draft, by=officer, award=award["LDTT"], person=su)
    dossier_add_nominee(dossier=draft, by=officer, award=award["LDTT"], person=lu)
    dossier_add_nominee(dossier=draft, by=officer, award=award["TTLDTT"], collective=team)

    posted = dossier_create(
        organization=xa,
        recipient=tinh,
        title="Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2022",
        year=2022,
        track=AwardType.ACHIEVEMENT,
        by=officer,
    )
    dossier_add_nominee(dossier=posted, by=officer, award=award["BANG_KHEN_TINH"], person=mai)
    dossier_post_publicly(dossier=posted, by=officer, starts_on=timezone.localdate())

    council = dossier_create(
        organization=xa,
        recipient=tinh,
        title="Đề nghị tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2024",
        year=2024,
        track=AwardType.ACHIEVEMENT,
        by=officer,
    )
    line = dossier_add_nominee(dossier=council, by=officer, award=award["CSTDCS"], person=huong)
    _attach(council, officer, DossierPart.SUBMISSION, DossierPart.MINUTES, lines=[line])
    council = dossier_send(dossier=council, by=officer)
    council = dossier_receive(dossier=council, by=province_officer)
    council = dossier_start_appraisal(dossier=council, by=province_officer)
    dossier_submit_to_council(
        dossier=council,
        by=province_officer,
        notes="Hồ sơ đầy đủ, đúng quy trình; đủ tiêu chuẩn trình Hội đồng.",
    )
