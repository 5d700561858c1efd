from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, ListView, TemplateView

from core.mixins import FilteredListMixin
from organizations.mixins import OrganizationPermissionMixin
from organizations.selectors import organizations_in_subtree

from ..forms import (
    AwardRecordForm,
    CatalogueFilterForm,
    CollectiveFilterForm,
    CollectiveForm,
    DisciplineForm,
    InitiativeForm,
    MergeForm,
    PersonFilterForm,
    PersonForm,
    YearRatingForm,
)
from ..selectors import (
    catalogue_with_rules,
    collective_for_organization,
    collectives_for_organization,
    duplicate_groups,
    person_for_organization,
    persons_for_organization,
    rules_in_force,
)
from ..services import (
    award_record_add,
    collective_create,
    discipline_period_add,
    initiative_add,
    person_create,
    person_merge,
    person_update,
    year_rating_set,
)

__all__ = [
    "CatalogueView",
    "CollectiveCreateView",
    "CollectiveDetailView",
    "CollectiveListView",
    "DuplicateListView",
    "HistoryAddView",
    "PersonCreateView",
    "PersonDetailView",
    "PersonListView",
    "PersonMergeView",
    "PersonUpdateView",
]


def _units(request):
    return organizations_in_subtree(organization=request.organization)


class PersonListView(FilteredListMixin, OrganizationPermissionMixin, ListView):
    permission_required = "awards.view_person"
    template_name = "awards/person_list.html"
    paginate_by = 50

    def get_queryset(self):
        filters = self.filters(PersonFilterForm, units=_units(self.request))
        return persons_for_organization(
            organization=self.request.organization,
            query=filters.get("q", ""),
            unit=filters.get("unit"),
            gender=filters.get("gender", ""),
        )


class PersonCreateView(OrganizationPermissionMixin, FormView):
    permission_required = "awards.manage_person"
    template_name = "awards/person_form.html"
    form_class = PersonForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["units"] = _units(self.request)
        kwargs["initial"] = {"organization": self.request.organization}
        return kwargs

    def form_valid(self, form):
        person = person_create(by=self.request.user, **form.cleaned_data)
        messages.success(self.request, _("Đã thêm “%s”.") % person.full_name)
        return redirect("awards:person-detail", pk=person.pk)


class PersonMixin:
    def get_person(self):
        if not hasattr(self, "_person"):
            self._person = person_for_organization(
                organization=self.request.organization, pk=self.kwargs["pk"]
            )
        return self._person


class PersonUpdateView(PersonMixin, OrganizationPermissionMixin, FormView):
    permission_required = "awards.manage_person"
    template_name = "awards/person_form.html"
    form_class = PersonForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["units"] = _units(self.request)
        kwargs["instance"] = self.get_person()
        return kwargs

    def form_valid(self, form):
        person = person_update(person=self.get_person(), by=self.request.user, **form.cleaned_data)
        return redirect("awards:person-detail", pk=person.pk)


class PersonDetailView(PersonMixin, OrganizationPermissionMixin, TemplateView):
    permission_required = "awards.view_person"
    template_name = "awards/person_detail.html"

    def get_context_data(self, **kwargs):
        person = self.get_person()
        return super().get_context_data(
            person=person,
            proposals=person.proposals.select_related("dossier", "award").order_by(
                "-dossier__year"
            ),
            merges=person.merges.select_related("merged_by"),
            **kwargs,
        )


HISTORY_FORMS = {
    "xep-loai": (YearRatingForm, gettext_lazy("Thêm xếp loại năm")),
    "khen-thuong": (AwardRecordForm, gettext_lazy("Thêm khen thưởng đã nhận")),
    "sang-kien": (InitiativeForm, gettext_lazy("Thêm sáng kiến, đề tài")),
    "ky-luat": (DisciplineForm, gettext_lazy("Thêm thời gian kỷ luật")),
}
COLLECTIVE_HISTORY = ("xep-loai", "khen-thuong")


class HistoryAddView(OrganizationPermissionMixin, FormView):
    """Add one record to the history of a person or a collective."""

    permission_required = "awards.manage_person"
    template_name = "awards/history_form.html"
    holder_kind = "person"

    def dispatch(self, request, *args, **kwargs):
        allowed = COLLECTIVE_HISTORY if self.holder_kind == "collective" else HISTORY_FORMS
        if kwargs["kind"] not in allowed:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_holder(self):
        if not hasattr(self, "_holder"):
            find = (
                collective_for_organization
                if self.holder_kind == "collective"
                else person_for_organization
            )
            self._holder = find(organization=self.request.organization, pk=self.kwargs["pk"])
        return self._holder

    def get_form_class(self):
        return HISTORY_FORMS[self.kwargs["kind"]][0]

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        # The model's own checks (person or collective) see the holder while validating.
        kwargs["instance"] = self.get_form_class()._meta.model(
            **{self.holder_kind: self.get_holder()}
        )
        return kwargs

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            holder=self.get_holder(), title=HISTORY_FORMS[self.kwargs["kind"]][1], **kwargs
        )

    def _back(self):
        name = (
            "awards:collective-detail"
            if self.holder_kind == "collective"
            else "awards:person-detail"
        )
        return redirect(name, pk=self.get_holder().pk)

    def form_valid(self, form):
        holder = {self.holder_kind: self.get_holder()}
        data = form.cleaned_data
        kind = self.kwargs["kind"]
        try:
            if kind == "xep-loai":
                year_rating_set(by=self.request.user, **holder, **data)
            elif kind == "khen-thuong":
                award_record_add(by=self.request.user, **holder, **data)
            elif kind == "sang-kien":
                initiative_add(by=self.request.user, **holder, **data)
            else:
                discipline_period_add(by=self.request.user, **holder, **data)
        except ValidationError as exc:
            form.add_error(None, exc)
            return self.form_invalid(form)
        return self._back()


class CollectiveListView(FilteredListMixin, OrganizationPermissionMixin, ListView):
    permission_required = "awards.view_person"
    template_name = "awards/collective_list.html"
    paginate_by = 50

    def get_queryset(self):
        query = self.filters(CollectiveFilterForm).get("q", "")
        return collectives_for_organization(organization=self.request.organization, query=query)


class CollectiveCreateView(OrganizationPermissionMixin, FormView):
    permission_required = "awards.manage_person"
    template_name = "awards/collective_form.html"
    form_class = CollectiveForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["units"] = _units(self.request)
        kwargs["persons"] = persons_for_organization(organization=self.request.organization)
        kwargs["initial"] = {"organization": self.request.organization}
        return kwargs

    def form_valid(self, form):
        collective = collective_create(by=self.request.user, **form.cleaned_data)
        return redirect("awards:collective-detail", pk=collective.pk)


class CollectiveDetailView(OrganizationPermissionMixin, TemplateView):
    permission_required = "awards.view_person"
    template_name = "awards/collective_detail.html"

    def get_context_data(self, **kwargs):
        collective = collective_for_organization(
            organization=self.request.organization, pk=self.kwargs["pk"]
        )
        return super().get_context_data(collective=collective, **kwargs)


class DuplicateListView(OrganizationPermissionMixin, TemplateView):
    """Possible duplicates across units, for the officer to merge."""

    permission_required = "awards.manage_person"
    template_name = "awards/duplicate_list.html"

    def get_context_data(self, **kwargs):
        groups = duplicate_groups(organization=self.request.organization)
        return super().get_context_data(groups=groups, **kwargs)


class PersonMergeView(OrganizationPermissionMixin, FormView):
    permission_required = "awards.manage_person"
    template_name = "awards/duplicate_list.html"
    form_class = MergeForm
    http_method_names = ["post"]

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["persons"] = persons_for_organization(organization=self.request.organization)
        return kwargs

    def form_invalid(self, form):
        for errors in form.errors.values():
            for error in errors:
                messages.error(self.request, error)
        return redirect("awards:duplicate-list")

    def form_valid(self, form):
        kept = person_merge(
            kept=form.cleaned_data["kept"], others=form.cleaned_data["others"], by=self.request.user
        )
        messages.success(self.request, _("Đã gộp hồ sơ vào “%s”.") % kept.full_name)
        return redirect("awards:person-detail", pk=kept.pk)


class CatalogueView(OrganizationPermissionMixin, TemplateView):
    permission_required = "awards.view_catalogue"
    template_name = "awards/catalogue.html"

    def get_context_data(self, **kwargs):
        form = CatalogueFilterForm(self.request.GET or None)
        filters = form.cleaned_data if form.is_valid() else {}
        today = timezone.localdate()
        kinds = list(
            catalogue_with_rules(
                query=filters.get("q", ""),
                category=filters.get("category", ""),
                beneficiary=filters.get("beneficiary", ""),
            )
        )
        in_force = rules_in_force(on=today)
        rows = [(kind, in_force.get(kind.pk)) for kind in kinds]
        return super().get_context_data(filter_form=form, rows=rows, today=today, **kwargs)
