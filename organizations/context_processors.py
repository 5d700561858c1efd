def current_organization(request):
    return {
        "current_organization": getattr(request, "organization", None),
        "current_roles": getattr(request, "roles", frozenset()),
        "user_organizations": getattr(request, "user_organizations", []),
    }
