from django.contrib import admin

from .models import (
    AwardKind,
    AwardRecord,
    AwardRule,
    Collective,
    DisciplinePeriod,
    Dossier,
    DossierEvent,
    DossierFile,
    DossierNominee,
    Initiative,
    Person,
    PersonMerge,
    YearRating,
)


class AwardRuleInline(admin.StackedInline):
    model = AwardRule
    extra = 0


@admin.register(AwardKind)
class AwardKindAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "category", "for_individual", "for_collective", "is_active")
    list_filter = ("category", "is_active")
    search_fields = ("code", "name", "aliases")
    inlines = [AwardRuleInline]


@admin.register(AwardRule)
class AwardRuleAdmin(admin.ModelAdmin):
    list_display = ("award", "effective_from", "effective_to", "conferred_by", "vote_share")
    list_filter = ("conferred_by", "effective_from")
    search_fields = ("award__name", "award__code", "citation")


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ("full_name", "birth_date", "organization", "national_id")
    search_fields = ("search_text",)
    raw_id_fields = ("organization",)


@admin.register(Collective)
class CollectiveAdmin(admin.ModelAdmin):
    list_display = ("__str__", "organization")
    raw_id_fields = ("organization", "members")


for model in (AwardRecord, YearRating, Initiative, DisciplinePeriod, PersonMerge):
    admin.site.register(
        model, raw_id_fields=[f for f in ("person", "collective", "kept") if hasattr(model, f)]
    )


class DossierEventInline(admin.TabularInline):
    model = DossierEvent
    extra = 0
    readonly_fields = ("actor", "action", "from_status", "to_status", "note", "at")


@admin.register(Dossier)
class DossierAdmin(admin.ModelAdmin):
    list_display = ("title", "organization", "recipient", "year", "status")
    list_filter = ("status", "track", "year")
    raw_id_fields = ("organization", "recipient", "created_by")
    inlines = [DossierEventInline]


admin.site.register(DossierNominee, raw_id_fields=["dossier", "person", "collective"])
admin.site.register(DossierFile, raw_id_fields=["dossier", "line"])
