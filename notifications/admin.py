from django.contrib import admin

from .models import CalendarEntry, Notification, Obligation, Reminder, ReminderPolicy


@admin.register(Obligation)
class ObligationAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "due_date", "organization", "status"]
    list_filter = ["kind", "status"]
    search_fields = ["title"]
    raw_id_fields = ["organization", "responsible_organization"]


@admin.register(Reminder)
class ReminderAdmin(admin.ModelAdmin):
    list_display = ["obligation", "user", "kind", "send_on", "status", "attempts"]
    list_filter = ["status", "kind"]
    raw_id_fields = ["obligation", "user"]


admin.site.register(Notification)
admin.site.register(ReminderPolicy)
admin.site.register(CalendarEntry)
