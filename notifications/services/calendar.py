"""The yearly TĐKT calendar of each organisation, turned into obligations year by year."""

import calendar
from datetime import date

from django.db import transaction

from ..enums import ObligationKind
from ..models import CalendarEntry, CalendarOccurrence
from .obligations import local_today, obligation_cancel, obligation_sync

# The usual yearly TĐKT calendar (spec/domain.md §3); each organisation edits its own copy.
DEFAULT_CALENDAR = [
    (1, 15, "Ban hành kế hoạch công tác thi đua, khen thưởng năm", ObligationKind.YEARLY_CALENDAR),
    (3, 31, "Đăng ký thi đua của tập thể, cá nhân", ObligationKind.CAMPAIGN_REGISTRATION),
    (3, 31, "Ký giao ước thi đua, bảng chấm điểm của cụm, khối", ObligationKind.CLUSTER_SCORING),
    (6, 30, "Hồ sơ đề nghị Cờ thi đua của Chính phủ", ObligationKind.DOSSIER_DEADLINE),
    (6, 30, "Họp Hội đồng Thi đua - Khen thưởng 6 tháng đầu năm", ObligationKind.COUNCIL_SESSION),
    (7, 10, "Hồ sơ khen thưởng năm học (ngành giáo dục)", ObligationKind.DOSSIER_DEADLINE),
    (7, 15, "Sơ kết 6 tháng công tác thi đua (30/6–15/7)", ObligationKind.CAMPAIGN_MIDTERM_REVIEW),
    (11, 30, "Cụm, khối tự chấm điểm; kiểm tra phong trào", ObligationKind.CLUSTER_SCORING),
    (12, 10, "Gửi hồ sơ khen thưởng cuối năm lên cấp trên", ObligationKind.DOSSIER_DEADLINE),
    (12, 15, "Báo cáo thống kê thi đua, khen thưởng năm", ObligationKind.YEARLY_CALENDAR),
    (12, 25, "Bình xét danh hiệu; Hội đồng TĐKT họp xét cuối năm", ObligationKind.COUNCIL_SESSION),
]


# ---- yearly calendar ------------------------------------------------------------------------


def calendar_seed_defaults(*, organization):
    """Give an organisation the usual yearly calendar; entries it already has are kept."""
    created = 0
    for month, day, title, kind in DEFAULT_CALENDAR:
        _, was_created = CalendarEntry.objects.get_or_create(
            organization=organization, month=month, day=day, title=title, defaults={"kind": kind}
        )
        created += was_created
    return created


def _day_in(year, month, day):
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def calendar_entry_materialise(*, entry, year):
    occurrence, _ = CalendarOccurrence.objects.get_or_create(entry=entry, year=year)
    return obligation_sync(
        source=occurrence,
        kind=entry.kind,
        title=entry.title,
        due_date=_day_in(year, entry.month, entry.day),
        organization=entry.organization,
        url="/thong-bao/lich-tdkt/",
    )


def calendar_materialise(*, year, organization=None, only_missing=True):
    """Turn calendar entries into the obligations of ``year``. Idempotent: with
    ``only_missing`` entries that already have that year's obligation are skipped."""
    entries = CalendarEntry.objects.select_related("organization")
    if organization is not None:
        entries = entries.filter(organization=organization)
    if only_missing:
        entries = entries.exclude(occurrences__year=year)
    count = 0
    for entry in entries.order_by("id"):
        calendar_entry_materialise(entry=entry, year=year)
        count += 1
    return count


def calendar_entry_save(*, entry):
    """Save an entry and re-plan this year's obligation (if its day has not passed)."""
    with transaction.atomic():
        entry.save()
        year = local_today().year
        if _day_in(year, entry.month, entry.day) >= local_today():
            calendar_entry_materialise(entry=entry, year=year)
    return entry


def calendar_entry_delete(*, entry):
    with transaction.atomic():
        for occurrence in entry.occurrences.all():
            obligation_cancel(source=occurrence)
        entry.delete()
