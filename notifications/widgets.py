from organizations.selectors import roles_for

from .selectors import queue_counts_for_organization, upcoming_obligations_for_organization
from .services import local_today


def dashboard_widget(*, request):
    """Upcoming deadlines of the current organisation; queue health for its officers."""
    organization = getattr(request, "organization", None)
    if organization is None:
        return None
    data = {
        "upcoming": list(
            upcoming_obligations_for_organization(organization=organization, since=local_today())
        )
    }
    if roles_for(user=request.user, organization=organization) & {"officer", "admin"}:
        data["counts"] = queue_counts_for_organization(organization=organization)
    return data
