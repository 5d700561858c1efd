from django.db import transaction

from ..models import DocumentRegister


def register_next_number(*, organization, year, doc_type):
    """Take the next number from the organisation's register for ``year``.

    The register row is locked (SELECT … FOR UPDATE) until the caller's transaction ends, so
    two leaders issuing at the same moment get consecutive numbers, never the same one; the
    row is created with ON CONFLICT DO NOTHING so the first issue of a year cannot race either.
    Must be called inside the transaction that stores the number.
    """
    register = _locked_register(organization=organization, year=year, doc_type=doc_type)
    register.last_number += 1
    register.save(update_fields=["last_number"])
    return register.last_number


def register_reserve(*, organization, year, doc_type, number):
    """Record that ``number`` is taken (an imported issued plan), so it is never given again."""
    register = _locked_register(organization=organization, year=year, doc_type=doc_type)
    if register.last_number < number:
        register.last_number = number
        register.save(update_fields=["last_number"])


def _locked_register(*, organization, year, doc_type):
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("the register must be used inside a transaction")
    key = "" if organization.shared_register else doc_type
    DocumentRegister.objects.bulk_create(
        [DocumentRegister(organization=organization, year=year, doc_type=key)],
        ignore_conflicts=True,
    )
    return DocumentRegister.objects.select_for_update().get(
        organization=organization, year=year, doc_type=key
    )
