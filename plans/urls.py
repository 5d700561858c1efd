from django.urls import path

from . import views

app_name = "plans"

urlpatterns = [
    path("", views.PlanListView.as_view(), name="plan-list"),
    path("tao/", views.PlanCreateView.as_view(), name="plan-create"),
    path(
        "tao/thuc-hien/<int:pk>/", views.PlanFromSuperiorView.as_view(), name="plan-from-superior"
    ),
    path("nhap/", views.PlanImportView.as_view(), name="plan-import"),
    path("nhap/xac-nhan/", views.PlanImportConfirmView.as_view(), name="plan-import-confirm"),
    path("viec/", views.TaskBoardView.as_view(), name="task-board"),
    path("viec/<int:pk>/", views.TaskDetailView.as_view(), name="task-detail"),
    path("<int:pk>/", views.PlanDetailView.as_view(), name="plan-detail"),
    path("<int:pk>/thong-tin/", views.PlanHeaderUpdateView.as_view(), name="plan-update"),
    path("<int:pk>/xem-truoc/", views.PlanPreviewView.as_view(), name="plan-preview"),
    path("<int:pk>/tai-ve/", views.PlanPdfView.as_view(), name="plan-download"),
    path("<int:pk>/thao-tac/<slug:action>/", views.PlanActionView.as_view(), name="plan-action"),
    path("<int:pk>/can-cu/them/", views.LegalBasisCreateView.as_view(), name="basis-create"),
    path(
        "<int:pk>/can-cu/<int:basis>/xoa/",
        views.LegalBasisDeleteView.as_view(),
        name="basis-delete",
    ),
    path("<int:pk>/tep/them/", views.AttachmentCreateView.as_view(), name="attachment-create"),
    path(
        "<int:pk>/tep/<int:attachment>/",
        views.PlanAttachmentDownloadView.as_view(),
        name="attachment-download",
    ),
    path(
        "<int:pk>/tep/<int:attachment>/xoa/",
        views.AttachmentDeleteView.as_view(),
        name="attachment-delete",
    ),
    path("<int:pk>/phan/them/", views.SectionEditView.as_view(), name="section-create"),
    path("<int:pk>/phan/<int:section>/", views.SectionEditView.as_view(), name="section-update"),
    path(
        "<int:pk>/phan/<int:section>/xoa/", views.SectionDeleteView.as_view(), name="section-delete"
    ),
    path("<int:pk>/nhiem-vu/them/", views.TaskEditView.as_view(), name="task-create"),
    path("<int:pk>/nhiem-vu/<int:task>/", views.TaskEditView.as_view(), name="task-update"),
    path("<int:pk>/nhiem-vu/<int:task>/xoa/", views.TaskDeleteView.as_view(), name="task-delete"),
    path(
        "<int:pk>/nhiem-vu/<int:task>/<slug:direction>/",
        views.TaskMoveView.as_view(),
        name="task-move",
    ),
]
