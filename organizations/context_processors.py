from .enums import Role


def current_organization(request):
    roles = getattr(request, "roles", frozenset())
    return {
        "current_organization": getattr(request, "organization", None),
        "current_roles": roles,
        "current_role_labels": [label for value, label in Role.choices if value in roles],
        "user_organizations": getattr(request, "user_organizations", []),
    }
