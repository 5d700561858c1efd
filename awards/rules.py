"""Who may do what with dossiers and nominees.

A dossier is handled by two organisations: the proposing one (``organization``) drafts and
sends it; the recipient (its superior) receives, returns and appraises it once sent.
Officers and leaders act; reporters and council members only read.
"""

import rules

from organizations.enums import Role
from organizations.rules import has_role, is_member
from organizations.selectors import roles_for

from .enums import EDITABLE_STATUSES, SENT_STATUSES, DossierStatus

STAFF = frozenset({Role.OFFICER, Role.LEADER})

is_staff_here = has_role(Role.OFFICER, Role.LEADER)


def _staff_of(user, organization):
    return bool(roles_for(user=user, organization=organization) & STAFF)


@rules.predicate
def is_proposer_member(user, dossier):
    return bool(roles_for(user=user, organization=dossier.organization))


@rules.predicate
def is_recipient_member(user, dossier):
    return dossier.status in SENT_STATUSES and bool(
        roles_for(user=user, organization=dossier.recipient)
    )


@rules.predicate
def is_proposer_staff(user, dossier):
    return _staff_of(user, dossier.organization)


@rules.predicate
def is_recipient_staff(user, dossier):
    return dossier.status in SENT_STATUSES and _staff_of(user, dossier.recipient)


@rules.predicate
def is_editable(user, dossier):
    return dossier.status in EDITABLE_STATUSES


@rules.predicate
def can_be_posted(user, dossier):
    return dossier.status in EDITABLE_STATUSES


@rules.predicate
def can_be_sent(user, dossier):
    return dossier.status in EDITABLE_STATUSES | {DossierStatus.POSTING}


@rules.predicate
def is_sent(user, dossier):
    return dossier.status == DossierStatus.SENT


@rules.predicate
def can_be_returned(user, dossier):
    return dossier.status in {
        DossierStatus.SENT,
        DossierStatus.RECEIVED,
        DossierStatus.APPRAISING,
    }


@rules.predicate
def is_received(user, dossier):
    return dossier.status == DossierStatus.RECEIVED


@rules.predicate
def is_appraising(user, dossier):
    return dossier.status == DossierStatus.APPRAISING


# On the current organisation (lists, creation, nominees and their history).
rules.add_perm("awards.view_dossier_list", is_member)
rules.add_perm("awards.add_dossier", is_staff_here)
rules.add_perm("awards.view_person", is_member)
rules.add_perm("awards.manage_person", is_staff_here)
rules.add_perm("awards.view_catalogue", is_member)

# On one dossier.
rules.add_perm("awards.view_dossier", is_proposer_member | is_recipient_member)
rules.add_perm("awards.change_dossier", is_proposer_staff & is_editable)
rules.add_perm("awards.post_dossier", is_proposer_staff & can_be_posted)
rules.add_perm("awards.send_dossier", is_proposer_staff & can_be_sent)
rules.add_perm("awards.receive_dossier", is_recipient_staff & is_sent)
rules.add_perm("awards.return_dossier", is_recipient_staff & can_be_returned)
rules.add_perm("awards.appraise_dossier", is_recipient_staff & is_received)
rules.add_perm("awards.finish_appraisal_dossier", is_recipient_staff & is_appraising)
