from django.contrib import messages
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import DetailView, FormView, ListView, TemplateView, View

from core.mixins import FilteredListMixin
from core.text import fold
from core.uploads import CONTENT_TYPES
from documents.models import StoredDocument
from documents.services import render_request, stored_document_read
from organizations.mixins import ObjectPermissionMixin, OrganizationPermissionMixin
from organizations.selectors import organization_leaders, organizations_in_subtree

from .. import services
from ..documents import plan_document_data
from ..enums import ISSUED_STATUSES, DraftSource
from ..forms import (
    IssueForm,
    PlanCreateForm,
    PlanFilterForm,
    PlanHeaderForm,
    ReturnForm,
    SectionForm,
    SuperiorTasksForm,
    TaskForm,
)
from ..models import Plan, PlanAttachment
from ..selectors import (
    issuers_for_organization,
    plan_for_organization,
    plan_own,
    plan_tasks,
    plan_years,
    plans_for_organization,
    plans_visible_to,
)


class PlanListView(FilteredListMixin, OrganizationPermissionMixin, ListView):
    permission_required = "plans.view_plan"
    template_name = "plans/plan_list.html"
    paginate_by = 30

    def get_queryset(self):
        organization = self.request.organization
        filters = self.filters(
            PlanFilterForm,
            years=plan_years(organization=organization),
            issuers=issuers_for_organization(organization=organization),
        )
        return plans_for_organization(
            organization=organization,
            query=filters.get("q", ""),
            year=filters.get("year"),
            status=filters.get("status", ""),
            issuer=filters.get("issuer"),
        )


class PlanCreateView(OrganizationPermissionMixin, FormView):
    permission_required = "plans.add_plan"
    template_name = "plans/plan_create.html"
    form_class = PlanCreateForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        organization = self.request.organization
        visible = plans_visible_to(organization=organization)
        kwargs["own_plans"] = visible.filter(organization=organization)
        kwargs["superior_plans"] = visible.exclude(organization=organization).filter(
            status__in=ISSUED_STATUSES
        )
        return kwargs

    def form_valid(self, form):
        data = form.cleaned_data
        organization = self.request.organization
        source = data["source"]
        if source == DraftSource.SUPERIOR:
            url = reverse("plans:plan-from-superior", args=[data["superior_plan"].pk])
            return redirect(f"{url}?year={data['year']}")
        if source == DraftSource.COPY:
            plan = services.plan_copy_from_previous(
                organization=organization,
                by=self.request.user,
                previous=data["previous"],
                year=data["year"],
            )
        else:
            plan = services.plan_create(
                organization=organization,
                by=self.request.user,
                year=data["year"],
                title=data["title"],
                use_skeleton=source == DraftSource.SKELETON,
            )
        messages.success(self.request, _("Đã tạo dự thảo kế hoạch. Hãy soạn nội dung bên dưới."))
        return redirect("plans:plan-detail", pk=plan.pk)


class PlanFromSuperiorView(OrganizationPermissionMixin, FormView):
    permission_required = "plans.add_plan"
    template_name = "plans/plan_from_superior.html"
    form_class = SuperiorTasksForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and request.organization is not None:
            self.superior_plan = plan_for_organization(
                organization=request.organization, pk=kwargs["pk"]
            )
            if (
                self.superior_plan.organization_id == request.organization.pk
                or not self.superior_plan.is_issued
            ):
                raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["superior_plan"] = self.superior_plan
        return kwargs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["superior_plan"] = self.superior_plan
        return context

    def form_valid(self, form):
        try:
            year = int(self.request.GET.get("year", "")) or None
        except ValueError:
            year = None
        plan = services.plan_create_from_superior(
            organization=self.request.organization,
            by=self.request.user,
            superior_plan=self.superior_plan,
            tasks=form.cleaned_data["tasks"],
            year=year,
        )
        messages.success(
            self.request, _("Đã tạo kế hoạch thực hiện với %d nhiệm vụ.") % plan.tasks.count()
        )
        return redirect("plans:plan-detail", pk=plan.pk)


class PlanObjectMixin(ObjectPermissionMixin):
    """A plan the current organisation may see (its own, or a superior's issued plan)."""

    def get_scoped_object(self):
        return plan_for_organization(organization=self.request.organization, pk=self.kwargs["pk"])


class PlanDetailView(PlanObjectMixin, DetailView):
    permission_required = "plans.view_plan"
    template_name = "plans/plan_detail.html"
    context_object_name = "plan"

    def get_permission_object(self):
        self.get_object()
        return self.request.organization

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        plan = self.object
        context["tasks"] = plan_tasks(plan=plan)
        context["sections"] = plan.sections.all()
        context["legal_bases"] = plan.legal_bases.select_related("linked_plan")
        context["attachments"] = plan.attachments.all()
        context["events"] = plan.events.select_related("actor")
        context["is_own"] = plan.organization_id == self.request.organization.pk
        user = self.request.user
        context["can_edit"] = context["is_own"] and user.has_perm("plans.change_plan", plan)
        if context["can_edit"]:
            context["linkable_plans"] = (
                plans_visible_to(organization=self.request.organization)
                .filter(status__in=ISSUED_STATUSES)
                .exclude(pk=plan.pk)
                .select_related("organization")[:200]
            )
            context.setdefault("header_form", PlanHeaderForm(instance=plan))
            context["new_section_form"] = SectionForm()
            context["new_task_form"] = TaskForm(
                units=organizations_in_subtree(organization=self.request.organization), plan=plan
            )
        if context["is_own"] and user.has_perm("plans.issue_plan", plan):
            context["issue_form"] = IssueForm(
                leaders=organization_leaders(organization=plan.organization)
            )
        if context["is_own"] and user.has_perm("plans.return_plan", plan):
            context["return_form"] = ReturnForm()
        return context


class PlanHeaderUpdateView(PlanDetailView):
    """Saves the general information; on errors the plan page comes back with what was typed."""

    permission_required = "plans.change_plan"
    http_method_names = ["post"]

    def get_scoped_object(self):
        return plan_own(organization=self.request.organization, pk=self.kwargs["pk"])

    def get_permission_object(self):
        return self.get_object()

    def post(self, request, pk):
        self.object = plan = self.get_object()
        form = PlanHeaderForm(request.POST, instance=Plan.objects.get(pk=plan.pk))
        if form.is_valid():
            data = {k: v for k, v in form.cleaned_data.items() if k != "version"}
            try:
                services.plan_update(
                    plan=plan,
                    by=request.user,
                    expected_version=form.cleaned_data["version"],
                    **data,
                )
            except (services.PlanConflictError, services.PlanStateError) as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, _("Đã lưu thông tin chung."))
                return redirect("plans:plan-detail", pk=plan.pk)
        return self.render_to_response(self.get_context_data(header_form=form), status=400)


class PlanPreviewView(PlanObjectMixin, TemplateView):
    """The printed document, approximately, beside the editor (refreshed after each save)."""

    permission_required = "plans.view_plan"
    template_name = "plans/_preview.html"

    def get_permission_object(self):
        self.get_object()
        return self.request.organization

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        plan = self.get_object()
        context["plan"] = plan
        context["doc"] = plan_document_data(plan)
        return context


ACTIONS = {
    # action: (permission, service, success message)
    "submit": ("plans.submit_plan", services.plan_submit, _("Đã trình kế hoạch lên lãnh đạo.")),
    "approve": ("plans.approve_plan", services.plan_approve, _("Đã duyệt kế hoạch.")),
    "return": (
        "plans.return_plan",
        services.plan_return,
        _("Đã trả lại kế hoạch cho chuyên viên."),
    ),
    "issue": ("plans.issue_plan", services.plan_issue, _("Đã ban hành kế hoạch số %s.")),
    "close": ("plans.close_plan", services.plan_close, _("Đã kết thúc kế hoạch.")),
    "amend": ("plans.amend_plan", services.plan_amend, _("Đã tạo dự thảo sửa đổi, bổ sung.")),
}


class PlanActionView(PlanObjectMixin, View):
    def get_scoped_object(self):
        return plan_own(organization=self.request.organization, pk=self.kwargs["pk"])

    def get_permission_required(self):
        if self.kwargs["action"] not in ACTIONS:
            raise Http404
        return (ACTIONS[self.kwargs["action"]][0],)

    def post(self, request, pk, action):
        plan = self.get_object()
        _permission, service, message = ACTIONS[action]
        kwargs = {"plan": plan, "by": request.user}
        if action == "return":
            form = ReturnForm(request.POST)
            if not form.is_valid():
                messages.error(request, _("Cần ghi lý do trả lại để chuyên viên biết cần sửa gì."))
                return redirect("plans:plan-detail", pk=plan.pk)
            kwargs["reason"] = form.cleaned_data["reason"]
        if action == "issue":
            form = IssueForm(
                request.POST, leaders=organization_leaders(organization=plan.organization)
            )
            if not form.is_valid():
                messages.error(request, _("Hãy chọn người ký là lãnh đạo của cơ quan."))
                return redirect("plans:plan-detail", pk=plan.pk)
            kwargs["signer"] = form.cleaned_data["signer"]
        try:
            result = service(**kwargs)
        except services.PlanStateError as exc:
            messages.error(request, str(exc))
            return redirect("plans:plan-detail", pk=plan.pk)
        message = str(message)
        messages.success(request, message % result.number_symbol if "%s" in message else message)
        return redirect("plans:plan-detail", pk=result.pk)


class PlanPdfView(PlanObjectMixin, View):
    """The issued plan's frozen PDF as stored; a draft is rendered on request (with progress)."""

    permission_required = "plans.view_plan"

    def get_permission_object(self):
        self.get_object()
        return self.request.organization

    def get(self, request, pk):
        plan = self.get_object()
        fmt = request.GET.get("format", "pdf")
        if fmt not in ("pdf", "docx"):
            raise Http404
        if fmt == "pdf" and plan.stored_document_id:
            return self.frozen_pdf(plan)
        job = render_request(
            organization=request.organization,
            kind="plan",
            data=plan_document_data(plan),
            fmt=fmt,
            by=request.user,
        )
        return redirect("documents:job-detail", pk=job.pk)

    @staticmethod
    def frozen_pdf(plan):
        """The bytes frozen at issue, checked against their SHA-256, served as they are."""
        stored = StoredDocument.objects.get(pk=plan.stored_document_id)
        content = stored_document_read(stored=stored)
        name = fold(plan.number_symbol).replace("/", "-").upper() + f"-{plan.year}.pdf"
        response = HttpResponse(content, content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="ke-hoach-{name}"'
        response["X-Content-SHA256"] = stored.sha256
        return response


class PlanAttachmentDownloadView(PlanObjectMixin, View):
    """An attached file, as a download, to those who may see the plan."""

    permission_required = "plans.view_plan"

    def get_permission_object(self):
        self.get_object()
        return self.request.organization

    def get(self, request, pk, attachment):
        plan = self.get_object()
        item = get_object_or_404(PlanAttachment, plan=plan, pk=attachment)
        response = FileResponse(item.file.open("rb"), as_attachment=True, filename=item.name)
        response["Content-Type"] = CONTENT_TYPES.get(item.kind, "application/octet-stream")
        return response
