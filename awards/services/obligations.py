"""Dossier deadlines as obligations for notifications: appraisal within 20 working days.

Central-level practice (domain.md §9): appraisal 20 working days from a complete file. Public
holidays are not modelled; weekends are skipped.
"""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from ..enums import DossierStatus

APPRAISAL_WORKING_DAYS = 20
WAITING = (DossierStatus.SENT, DossierStatus.RECEIVED, DossierStatus.APPRAISING)


def add_working_days(start, days):
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def dossier_obligation_sync(*, dossier):
    """While a dossier waits at the recipient, its officers are reminded of the appraisal."""
    from notifications.services import obligation_done, obligation_sync

    if dossier.status in WAITING and dossier.sent_at:
        sent_on = timezone.localdate(dossier.sent_at)
        obligation_sync(
            source=dossier,
            kind="dossier_appraisal_overdue",
            title=f"Thẩm định hồ sơ “{dossier.title}” của {dossier.organization.name}",
            due_date=add_working_days(sent_on, APPRAISAL_WORKING_DAYS),
            organization=dossier.recipient,
            responsible_organization=dossier.recipient,
            url=reverse("awards:dossier-detail", args=[dossier.pk]),
        )
    else:
        obligation_done(source=dossier)
