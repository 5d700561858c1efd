from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import CreateView, DetailView, FormView, ListView, UpdateView

from core.mixins import FilteredListMixin

from .forms import OrganizationFilterForm, OrganizationForm, OrganizationImportForm
from .middleware import SESSION_KEY
from .mixins import ObjectPermissionMixin, OrganizationPermissionMixin
from .selectors import (
    organization_history,
    organization_in_subtree,
    organizations_in_subtree,
)
from .services import (
    IMPORT_HEADINGS,
    organization_create,
    organization_import,
    organization_update,
    read_table,
)


class OrganizationListView(FilteredListMixin, OrganizationPermissionMixin, ListView):
    permission_required = "organizations.view_organization"
    template_name = "organizations/organization_list.html"
    paginate_by = 50

    def get_queryset(self):
        filters = self.filters(OrganizationFilterForm)
        return organizations_in_subtree(
            organization=self.request.organization,
            query=filters.get("q", ""),
            level=filters.get("level", ""),
            kind=filters.get("kind", ""),
        )


class OrganizationDetailView(ObjectPermissionMixin, DetailView):
    permission_required = "organizations.view_organization"
    template_name = "organizations/organization_detail.html"
    context_object_name = "unit"

    def get_scoped_object(self):
        return organization_in_subtree(organization=self.request.organization, pk=self.kwargs["pk"])

    def get_permission_object(self):
        # Roles are held in the current organisation; the unit is somewhere under it.
        self.get_object()
        return self.request.organization

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["children"] = self.object.children.all().order_by("name")
        context["history"] = organization_history(organization=self.object)
        return context


class OrganizationCreateView(OrganizationPermissionMixin, CreateView):
    permission_required = "organizations.manage_organization"
    template_name = "organizations/organization_form.html"
    form_class = OrganizationForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["subtree"] = organizations_in_subtree(organization=self.request.organization)
        kwargs["initial"] = {"parent": self.request.organization}
        return kwargs

    def form_valid(self, form):
        unit = organization_create(by=self.request.user, **form.cleaned_data)
        messages.success(self.request, _("Đã thêm đơn vị “%s”.") % unit.name)
        return redirect("organizations:organization-detail", pk=unit.pk)


class OrganizationUpdateView(ObjectPermissionMixin, UpdateView):
    permission_required = "organizations.manage_organization"
    template_name = "organizations/organization_form.html"
    form_class = OrganizationForm

    def get_scoped_object(self):
        unit = organization_in_subtree(organization=self.request.organization, pk=self.kwargs["pk"])
        if unit.pk == self.request.organization.pk:
            # The organisation itself is edited by its superior, not from inside.
            raise Http404
        return unit

    def get_permission_object(self):
        self.get_object()
        return self.request.organization

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["subtree"] = organizations_in_subtree(
            organization=self.request.organization
        ).exclude(path__startswith=self.object.path)
        return kwargs

    def form_valid(self, form):
        unit = organization_update(
            organization=self.object, by=self.request.user, **form.cleaned_data
        )
        messages.success(self.request, _("Đã lưu đơn vị “%s”.") % unit.name)
        return redirect("organizations:organization-detail", pk=unit.pk)


class OrganizationImportView(OrganizationPermissionMixin, FormView):
    permission_required = "organizations.import_organization"
    template_name = "organizations/organization_import.html"
    form_class = OrganizationImportForm

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        try:
            rows = read_table(upload.read(), upload.name)
        except ValueError as exc:
            form.add_error("file", str(exc))
            return self.form_invalid(form)
        report = organization_import(
            root=self.request.organization,
            rows=rows,
            by=self.request.user,
            dry_run=form.cleaned_data["dry_run"],
        )
        if report.ok and not form.cleaned_data["dry_run"]:
            messages.success(self.request, _("Đã nhập %d đơn vị.") % len(report.created))
            return redirect("organizations:organization-list")
        return self.render_to_response(self.get_context_data(form=form, report=report))


class OrganizationImportTemplateView(OrganizationPermissionMixin, View):
    permission_required = "organizations.import_organization"

    def get(self, request):
        header = list(IMPORT_HEADINGS)
        example = [
            "xa-a",
            "UBND xã A",
            "",
            "Xã, phường, đặc khu",
            "Ủy ban nhân dân",
            "ỦY BAN NHÂN DÂN / XÃ A",
            "",
            "UBND",
            "A",
        ]
        body = "\ufeff" + ",".join(header) + "\n" + ",".join(f'"{v}"' for v in example) + "\n"
        response = HttpResponse(body, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="mau-danh-sach-don-vi.csv"'
        return response


class OrganizationSwitchView(LoginRequiredMixin, View):
    def post(self, request):
        try:
            wanted = int(request.POST.get("organization", ""))
        except ValueError as exc:
            raise Http404 from exc
        if wanted not in {o.pk for o in request.user_organizations}:
            raise Http404
        request.session[SESSION_KEY] = wanted
        return redirect(reverse("core:dashboard"))
