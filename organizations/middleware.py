from .selectors import memberships_for_user

SESSION_KEY = "current_organization_id"


class CurrentOrganizationMiddleware:
    """Resolve the current organisation once per request, from the user's memberships.

    Sets ``request.organization`` (or None), ``request.roles`` (roles held there) and
    ``request.user_organizations``. A user in several organisations switches with
    ``organizations:switch``; a stale choice in the session falls back to the first one.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.organization = None
        request.roles = frozenset()
        request.user_organizations = []
        if request.user.is_authenticated:
            self._resolve(request)
        return self.get_response(request)

    @staticmethod
    def _resolve(request):
        roles = {}
        organizations = {}
        for membership in memberships_for_user(user=request.user):
            organizations.setdefault(membership.organization_id, membership.organization)
            roles.setdefault(membership.organization_id, set()).add(membership.role)
        # Shared with organizations.selectors.roles_for so predicates need no query.
        request.user._tdkt_roles = roles
        request.user_organizations = list(organizations.values())
        chosen = request.session.get(SESSION_KEY)
        if chosen not in organizations and organizations:
            chosen = next(iter(organizations))
            request.session[SESSION_KEY] = chosen
        if chosen in organizations:
            request.organization = organizations[chosen]
            request.roles = frozenset(roles[chosen])
