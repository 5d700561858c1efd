from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import DetailView, FormView, ListView

from core.mixins import FilteredListMixin
from organizations.mixins import ObjectPermissionMixin, OrganizationPermissionMixin

from ..enums import DossierStatus
from ..forms import DossierFilterForm, DossierForm, EligibilityFilterForm, LineForm
from ..models import AwardKind
from ..selectors import (
    collectives_for_organization,
    dossier_completeness,
    dossier_files,
    dossier_for_organization,
    dossier_lines_with_history,
    dossiers_for_organization,
    lines_for_organization,
    persons_for_organization,
    verdicts_for_lines,
)
from ..services import dossier_add_nominee, dossier_create, dossier_remove_nominee, dossier_update

__all__ = [
    "DossierCreateView",
    "DossierDetailView",
    "DossierListView",
    "DossierUpdateView",
    "EligibilityListView",
    "LineCreateView",
    "LineDeleteView",
]


def _errors(exc):
    return exc.messages if hasattr(exc, "messages") else [str(exc)]


class DossierMixin(ObjectPermissionMixin):
    """A view of one dossier, found through the tenancy selector (other organisation: 404)."""

    context_object_name = "dossier"

    def get_scoped_object(self):
        return dossier_for_organization(
            organization=self.request.organization, pk=self.kwargs["pk"]
        )

    @property
    def dossier(self):
        return self.get_object()

    def get_context_data(self, **kwargs):
        kwargs.setdefault("dossier", self.dossier)
        return super().get_context_data(**kwargs)


class DossierListView(FilteredListMixin, OrganizationPermissionMixin, ListView):
    permission_required = "awards.view_dossier_list"
    template_name = "awards/dossier_list.html"
    paginate_by = 30

    def get_queryset(self):
        filters = self.filters(DossierFilterForm)
        return dossiers_for_organization(
            organization=self.request.organization,
            query=filters.get("q", ""),
            status=filters.get("status", ""),
            year=filters.get("year"),
            track=filters.get("track", ""),
        )


class DossierCreateView(OrganizationPermissionMixin, FormView):
    permission_required = "awards.add_dossier"
    template_name = "awards/dossier_form.html"
    form_class = DossierForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["organization"] = self.request.organization
        kwargs["initial"] = {"year": timezone.localdate().year}
        return kwargs

    def form_valid(self, form):
        dossier = dossier_create(
            organization=self.request.organization, by=self.request.user, **form.cleaned_data
        )
        messages.success(self.request, _("Đã tạo hồ sơ “%s”.") % dossier.title)
        return redirect("awards:dossier-detail", pk=dossier.pk)


class DossierUpdateView(DossierMixin, FormView):
    permission_required = "awards.change_dossier"
    template_name = "awards/dossier_form.html"
    form_class = DossierForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["organization"] = self.dossier.organization
        kwargs["instance"] = self.dossier
        return kwargs

    def form_valid(self, form):
        try:
            dossier_update(dossier=self.dossier, by=self.request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
            return self.form_invalid(form)
        return redirect("awards:dossier-detail", pk=self.dossier.pk)


class DossierDetailView(DossierMixin, DetailView):
    permission_required = "awards.view_dossier"
    template_name = "awards/dossier_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        dossier = self.object
        lines = dossier_lines_with_history(dossier.lines.all()).order_by("position", "id")
        context["verdicts"] = verdicts_for_lines(lines, on=timezone.localdate())
        context["completeness"] = dossier_completeness(dossier=dossier)
        context["files"] = dossier_files(dossier=dossier)
        context["events"] = dossier.events.select_related("actor")
        context["posting_open"] = (
            dossier.status == DossierStatus.POSTING and timezone.localdate() <= dossier.posted_until
        )
        return context


class LineCreateView(DossierMixin, FormView):
    permission_required = "awards.change_dossier"
    template_name = "awards/line_form.html"
    form_class = LineForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        organization = self.dossier.organization
        kwargs["persons"] = persons_for_organization(organization=organization)
        kwargs["collectives"] = collectives_for_organization(organization=organization)
        kwargs["awards"] = AwardKind.objects.filter(is_active=True)
        return kwargs

    def form_valid(self, form):
        try:
            dossier_add_nominee(dossier=self.dossier, by=self.request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
            return self.form_invalid(form)
        return redirect("awards:dossier-detail", pk=self.dossier.pk)


class LineDeleteView(DossierMixin, View):
    permission_required = "awards.change_dossier"

    def post(self, request, pk, line_pk):
        line = get_object_or_404(self.dossier.lines, pk=line_pk)
        dossier_remove_nominee(line=line, by=request.user)
        messages.success(request, _("Đã xóa khỏi danh sách đề nghị."))
        return redirect("awards:dossier-detail", pk=pk)


class EligibilityListView(FilteredListMixin, OrganizationPermissionMixin, ListView):
    """The engine's verdicts over every nominee of the dossiers this organisation sees."""

    permission_required = "awards.view_dossier_list"
    template_name = "awards/eligibility_list.html"
    paginate_by = 50

    def get_queryset(self):
        filters = self.filters(EligibilityFilterForm)
        return lines_for_organization(
            organization=self.request.organization,
            query=filters.get("q", ""),
            year=filters.get("year"),
            status=filters.get("status", ""),
            award=filters.get("award"),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["verdicts"] = verdicts_for_lines(context["object_list"], on=timezone.localdate())
        return context
