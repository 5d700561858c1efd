from .importing import PlanImportConfirmView, PlanImportView
from .parts import (
    AttachmentCreateView,
    AttachmentDeleteView,
    LegalBasisCreateView,
    LegalBasisDeleteView,
    SectionDeleteView,
    SectionEditView,
    TaskDeleteView,
    TaskEditView,
    TaskMoveView,
)
from .plans import (
    PlanActionView,
    PlanAttachmentDownloadView,
    PlanCreateView,
    PlanDetailView,
    PlanFromSuperiorView,
    PlanHeaderUpdateView,
    PlanListView,
    PlanPdfView,
    PlanPreviewView,
)
from .tracking import TaskBoardView, TaskDetailView

__all__ = [
    "AttachmentCreateView",
    "AttachmentDeleteView",
    "PlanAttachmentDownloadView",
    "LegalBasisCreateView",
    "LegalBasisDeleteView",
    "PlanActionView",
    "PlanCreateView",
    "PlanDetailView",
    "PlanFromSuperiorView",
    "PlanHeaderUpdateView",
    "PlanImportConfirmView",
    "PlanImportView",
    "PlanListView",
    "PlanPdfView",
    "PlanPreviewView",
    "SectionDeleteView",
    "SectionEditView",
    "TaskBoardView",
    "TaskDeleteView",
    "TaskEditView",
    "TaskMoveView",
    "TaskDetailView",
]
