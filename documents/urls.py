from django.urls import path

from . import views

app_name = "documents"

urlpatterns = [
    path("tep/<int:pk>/", views.RenderJobDetailView.as_view(), name="job-detail"),
    path("tep/<int:pk>/trang-thai/", views.RenderJobStatusView.as_view(), name="job-status"),
    path("tep/<int:pk>/tai-ve/", views.RenderJobDownloadView.as_view(), name="job-download"),
    path(
        "luu-tru/<int:pk>/tai-ve/",
        views.StoredDocumentDownloadView.as_view(),
        name="stored-download",
    ),
]
