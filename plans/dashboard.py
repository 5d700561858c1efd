from django.utils import timezone

from .selectors import overdue_count, progress_rollup


def plan_widget(*, request):
    organization = request.organization
    year = timezone.localdate().year
    return {
        "year": year,
        "rollup": progress_rollup(organization=organization, year=year),
        "overdue": overdue_count(organization=organization),
    }
