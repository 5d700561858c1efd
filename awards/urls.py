from django.urls import path

from . import views

app_name = "awards"

urlpatterns = [
    path("", views.DossierListView.as_view(), name="dossier-list"),
    path("them/", views.DossierCreateView.as_view(), name="dossier-create"),
    path("<int:pk>/", views.DossierDetailView.as_view(), name="dossier-detail"),
    path("<int:pk>/sua/", views.DossierUpdateView.as_view(), name="dossier-update"),
    path("<int:pk>/de-nghi/them/", views.LineCreateView.as_view(), name="line-create"),
    path("<int:pk>/de-nghi/<int:line_pk>/xoa/", views.LineDeleteView.as_view(), name="line-delete"),
    path("<int:pk>/tep/them/", views.FileUploadView.as_view(), name="file-upload"),
    path("<int:pk>/niem-yet/", views.DossierPostView.as_view(), name="dossier-post"),
    path("<int:pk>/gui/", views.DossierSendView.as_view(), name="dossier-send"),
    path("<int:pk>/tiep-nhan/", views.DossierReceiveView.as_view(), name="dossier-receive"),
    path("<int:pk>/tra-lai/", views.DossierReturnView.as_view(), name="dossier-return"),
    path("<int:pk>/tham-dinh/", views.DossierAppraiseView.as_view(), name="dossier-appraise"),
    path(
        "<int:pk>/trinh-hoi-dong/", views.DossierToCouncilView.as_view(), name="dossier-to-council"
    ),
    path("<int:pk>/nhap/", views.DossierImportView.as_view(), name="dossier-import"),
    path(
        "<int:pk>/nhap/<int:batch_pk>/",
        views.DossierImportConfirmView.as_view(),
        name="dossier-import-confirm",
    ),
    path("<int:pk>/danh-sach.xlsx", views.DossierExportView.as_view(), name="dossier-export"),
    path("tep/<int:pk>/", views.FileDownloadView.as_view(), name="file-download"),
    path("tep/<int:pk>/xoa/", views.FileDeleteView.as_view(), name="file-delete"),
    path("mau-danh-sach.xlsx", views.NomineeTemplateView.as_view(), name="nominee-template"),
    path("xet-dieu-kien/", views.EligibilityListView.as_view(), name="eligibility-list"),
    path("ca-nhan/", views.PersonListView.as_view(), name="person-list"),
    path("ca-nhan/them/", views.PersonCreateView.as_view(), name="person-create"),
    path("ca-nhan/trung-lap/", views.DuplicateListView.as_view(), name="duplicate-list"),
    path("ca-nhan/gop/", views.PersonMergeView.as_view(), name="person-merge"),
    path("ca-nhan/<int:pk>/", views.PersonDetailView.as_view(), name="person-detail"),
    path("ca-nhan/<int:pk>/sua/", views.PersonUpdateView.as_view(), name="person-update"),
    path(
        "ca-nhan/<int:pk>/<slug:kind>/them/",
        views.HistoryAddView.as_view(holder_kind="person"),
        name="person-history-add",
    ),
    path("tap-the/", views.CollectiveListView.as_view(), name="collective-list"),
    path("tap-the/them/", views.CollectiveCreateView.as_view(), name="collective-create"),
    path("tap-the/<int:pk>/", views.CollectiveDetailView.as_view(), name="collective-detail"),
    path(
        "tap-the/<int:pk>/<slug:kind>/them/",
        views.HistoryAddView.as_view(holder_kind="collective"),
        name="collective-history-add",
    ),
    path("danh-muc/", views.CatalogueView.as_view(), name="catalogue"),
]
