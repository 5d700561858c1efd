from .selectors import dossier_status_counts


def dossier_counts(*, request):
    """Dashboard: the organisation's dossiers (own and received) by status."""
    organization = getattr(request, "organization", None)
    if organization is None:
        return None
    counts = dossier_status_counts(organization=organization)
    return {"counts": counts, "total": sum(n for _status, n in counts)}
