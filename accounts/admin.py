from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from .models import User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    fieldsets = (*BaseUserAdmin.fieldsets, ("tdkt", {"fields": ("full_name", "phone")}))
    list_display = ("username", "full_name", "email", "is_active")
    search_fields = ("username", "full_name", "email")
