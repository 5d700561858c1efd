"""The catalogue of titles and forms, and the rule versions in force."""

from django.db.models import Prefetch, Q

from core.text import fold

from ..models import AwardKind, AwardRule

# ---- catalogue ------------------------------------------------------------------------------


def award_kinds(*, active=True):
    qs = AwardKind.objects.all()
    if active:
        qs = qs.filter(is_active=True)
    return qs.order_by("rank", "code")


def catalogue_with_rules(*, query="", category="", beneficiary=""):
    qs = award_kinds(active=True).prefetch_related(
        Prefetch("rules", queryset=AwardRule.objects.order_by("effective_from"))
    )
    if category:
        qs = qs.filter(category=category)
    if beneficiary:
        qs = qs.filter(**{f"for_{beneficiary}": True})
    if query:
        words = fold(query).split()
        qs = [k for k in qs if all(w in fold(f"{k.name} {k.code} {k.aliases}") for w in words)]
    return qs


def rules_in_force(*, on):
    """The rule version of each award in force on ``on``, keyed by award id."""
    rules = AwardRule.objects.filter(effective_from__lte=on).filter(
        Q(effective_to__isnull=True) | Q(effective_to__gte=on)
    )
    latest = {}
    for rule in rules.order_by("award_id", "effective_from"):
        latest[rule.award_id] = rule
    return latest
