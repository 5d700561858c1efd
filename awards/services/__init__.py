"""Writes. Each service runs in a transaction, checks the state it needs, writes and logs."""

from .dossiers import (
    dossier_add_nominee,
    dossier_create,
    dossier_post_publicly,
    dossier_receive,
    dossier_remove_nominee,
    dossier_return,
    dossier_send,
    dossier_start_appraisal,
    dossier_submit_to_council,
    dossier_update,
)
from .files import UploadRefused, check_upload, dossier_file_add, dossier_file_delete
from .importing import dossier_import_confirm, dossier_import_preview
from .nominees import (
    award_record_add,
    collective_create,
    discipline_period_add,
    initiative_add,
    person_create,
    person_merge,
    person_update,
    year_rating_set,
)

__all__ = [
    "UploadRefused",
    "award_record_add",
    "check_upload",
    "collective_create",
    "discipline_period_add",
    "dossier_add_nominee",
    "dossier_create",
    "dossier_file_add",
    "dossier_file_delete",
    "dossier_import_confirm",
    "dossier_import_preview",
    "dossier_post_publicly",
    "dossier_receive",
    "dossier_remove_nominee",
    "dossier_return",
    "dossier_send",
    "dossier_start_appraisal",
    "dossier_submit_to_council",
    "dossier_update",
    "initiative_add",
    "person_create",
    "person_merge",
    "person_update",
    "year_rating_set",
]
