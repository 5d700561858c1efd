from django.db import transaction

from ..models import DocumentRegister


def register_next_number(*, organization, year, doc_type):
    """Take the next number from the organisation's register for ``year``.

    The register row is locked (SELECT … FOR UPDATE) until the caller's transaction ends, so
    two leaders issuing at the same moment get consecutive numbers, never the same one; the
    row is created with ON CONFLICT DO NOTHING so the first issue of a year cannot race either.
    Must be called inside the transaction that stores the number.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("register_next_number must run inside a transaction")
    key = "" if organization.shared_register else doc_type
    DocumentRegister.objects.bulk_create(
        [DocumentRegister(organization=organization, year=year, doc_type=key)],
        ignore_conflicts=True,
    )
    register = DocumentRegister.objects.select_for_update().get(
        organization=organization, year=year, doc_type=key
    )
    register.last_number += 1
    register.save(update_fields=["last_number"])
    return register.last_number
