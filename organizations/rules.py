"""Permission predicates reused by every app.

A predicate receives the user and an object; the organisation is the object itself or its
``organization`` attribute. Roles are those the user holds *in that organisation*.
"""

import rules

from .enums import Role
from .models import Organization
from .selectors import roles_for


def organization_of(obj):
    if obj is None:
        return None
    if isinstance(obj, Organization):
        return obj
    return getattr(obj, "organization", None)


def has_role(*roles):
    wanted = frozenset(roles)

    @rules.predicate(name=f"has_role({','.join(sorted(wanted))})")
    def predicate(user, obj=None):
        return bool(roles_for(user=user, organization=organization_of(obj)) & wanted)

    return predicate


is_member = has_role(*Role.values)
is_officer = has_role(Role.OFFICER)
is_leader = has_role(Role.LEADER)
is_org_admin = has_role(Role.ADMIN)
is_council_member = has_role(Role.COUNCIL_MEMBER, Role.COUNCIL_SECRETARY)
is_council_secretary = has_role(Role.COUNCIL_SECRETARY)
is_reporter = has_role(Role.REPORTER)
is_officer_or_admin = is_officer | is_org_admin

rules.add_perm("organizations.view_organization", is_member)
rules.add_perm("organizations.manage_organization", is_officer_or_admin)
rules.add_perm("organizations.import_organization", is_officer_or_admin)
