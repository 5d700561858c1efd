from django.urls import path

from . import views

app_name = "organizations"

urlpatterns = [
    path("", views.OrganizationListView.as_view(), name="organization-list"),
    path("them/", views.OrganizationCreateView.as_view(), name="organization-create"),
    path("nhap/", views.OrganizationImportView.as_view(), name="organization-import"),
    path(
        "nhap/mau.csv",
        views.OrganizationImportTemplateView.as_view(),
        name="organization-import-template",
    ),
    path("chuyen/", views.OrganizationSwitchView.as_view(), name="switch"),
    path("<int:pk>/", views.OrganizationDetailView.as_view(), name="organization-detail"),
    path("<int:pk>/sua/", views.OrganizationUpdateView.as_view(), name="organization-update"),
]
