from .catalogue import AwardKind, AwardRule
from .dossiers import Dossier, DossierEvent, DossierFile, DossierNominee, ImportBatch
from .nominees import (
    AwardRecord,
    Collective,
    DisciplinePeriod,
    Initiative,
    Person,
    PersonMerge,
    YearRating,
)

__all__ = [
    "AwardKind",
    "AwardRecord",
    "AwardRule",
    "Collective",
    "DisciplinePeriod",
    "Dossier",
    "DossierEvent",
    "DossierFile",
    "DossierNominee",
    "ImportBatch",
    "Initiative",
    "Person",
    "PersonMerge",
    "YearRating",
]
