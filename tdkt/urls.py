from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("core.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("tai-khoan/", include("accounts.urls")),
    path("don-vi/", include("organizations.urls")),
    path("ke-hoach/", include("plans.urls")),
    path("khen-thuong/", include("awards.urls")),
    path("van-ban/", include("documents.urls")),
    path("thong-bao/", include("notifications.urls")),
    path("quan-tri/", admin.site.urls),
]

handler403 = "core.views.permission_denied"
handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
