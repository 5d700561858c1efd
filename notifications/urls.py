from django.urls import path

from . import views

app_name = "notifications"

urlpatterns = [
    path("", views.NotificationListView.as_view(), name="notification-list"),
    path("<int:pk>/da-doc/", views.NotificationMarkReadView.as_view(), name="notification-read"),
    path("da-doc-het/", views.NotificationMarkAllReadView.as_view(), name="notification-read-all"),
    path("hang-doi/", views.QueueView.as_view(), name="queue"),
    path("hang-doi/<int:pk>/thu-lai/", views.ReminderRetryView.as_view(), name="reminder-retry"),
    path("lich-tdkt/", views.CalendarEntryListView.as_view(), name="calendar-list"),
    path("lich-tdkt/them/", views.CalendarEntryCreateView.as_view(), name="calendar-create"),
    path("lich-tdkt/mau/", views.CalendarSeedView.as_view(), name="calendar-seed"),
    path(
        "lich-tdkt/<int:pk>/sua/", views.CalendarEntryUpdateView.as_view(), name="calendar-update"
    ),
    path(
        "lich-tdkt/<int:pk>/xoa/", views.CalendarEntryDeleteView.as_view(), name="calendar-delete"
    ),
    path("cach-nhac/", views.PolicyUpdateView.as_view(), name="policy-update"),
    path("tuy-chon/", views.PreferenceUpdateView.as_view(), name="preference-update"),
    path("tuy-chon/lich-moi/", views.PreferenceTokenView.as_view(), name="preference-token"),
    path("lich/<slug:token>.ics", views.CalendarFeedView.as_view(), name="feed"),
]
