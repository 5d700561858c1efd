from django.contrib import admin

from .models import Membership, Organization


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ("name", "level", "kind", "abbreviation", "parent", "valid_to")
    list_filter = ("level", "kind")
    search_fields = ("name", "slug", "search_text")
    raw_id_fields = ("parent", "successor")


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ("user", "organization", "role", "position", "is_active")
    list_filter = ("role", "is_active")
    raw_id_fields = ("user", "organization")
