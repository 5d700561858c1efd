from django.db.models import Q
from django.shortcuts import get_object_or_404

from core.text import fold

from .models import Membership, Organization


def memberships_for_user(*, user):
    return (
        Membership.objects.filter(user=user, is_active=True)
        .select_related("organization")
        .order_by("organization__path", "role")
    )


def roles_for(*, user, organization):
    """The roles a user holds in one organisation, cached on the user for the request."""
    if not user.is_authenticated or organization is None:
        return frozenset()
    cache = getattr(user, "_tdkt_roles", None)
    if cache is None:
        cache = {}
        for membership in Membership.objects.filter(user=user, is_active=True).only(
            "organization_id", "role"
        ):
            cache.setdefault(membership.organization_id, set()).add(membership.role)
        user._tdkt_roles = cache
    return frozenset(cache.get(organization.pk, ()))


def organizations_in_subtree(*, organization, query="", level="", kind="", active=None):
    """The organisation and everything under it, filtered; search ignores diacritics."""
    qs = Organization.objects.filter(path__startswith=organization.path).select_related(
        "parent", "successor"
    )
    if query:
        for word in fold(query).split():
            qs = qs.filter(search_text__contains=word)
    if level:
        qs = qs.filter(level=level)
    if kind:
        qs = qs.filter(kind=kind)
    if active is True:
        qs = qs.filter(valid_to__isnull=True)
    elif active is False:
        qs = qs.filter(valid_to__isnull=False)
    return qs.order_by("path")


def organization_in_subtree(*, organization, pk):
    """One organisation of the subtree; anything else answers 404."""
    return get_object_or_404(
        Organization.objects.select_related("parent", "successor"),
        Q(path__startswith=organization.path),
        pk=pk,
    )


def organization_leaders(*, organization):
    return (
        Membership.objects.filter(organization=organization, role="leader", is_active=True)
        .select_related("user")
        .order_by("id")
    )


def organization_history(*, organization):
    """The chain of predecessors (merged or renamed units) that led to this organisation."""
    seen = []
    frontier = [organization]
    while frontier:
        preds = list(Organization.objects.filter(successor__in=frontier).exclude(pk__in=seen))
        seen.extend(p.pk for p in preds)
        frontier = preds
    return Organization.objects.filter(pk__in=seen).order_by("-valid_to", "name")
