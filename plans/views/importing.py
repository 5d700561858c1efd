from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import FormView, View

from organizations.mixins import OrganizationPermissionMixin

from .. import services
from ..forms import PlanImportForm
from ..importing import PlanImportError, parse_plan_file

SESSION_KEY = "plans_import_parsed"


class PlanImportView(OrganizationPermissionMixin, FormView):
    """Upload a .docx/.txt plan; the parsed plan is shown for confirmation before saving."""

    permission_required = "plans.import_plan"
    template_name = "plans/plan_import.html"
    form_class = PlanImportForm

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["parsed"] = self.request.session.get(SESSION_KEY)
        return context

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        try:
            parsed = parse_plan_file(upload.read(), upload.name)
        except PlanImportError as exc:
            self.request.session.pop(SESSION_KEY, None)
            form.add_error("file", exc.message)
            return self.form_invalid(form)
        self.request.session[SESSION_KEY] = parsed.to_dict() | {"filename": upload.name}
        return redirect("plans:plan-import")


class PlanImportConfirmView(OrganizationPermissionMixin, View):
    permission_required = "plans.import_plan"

    def post(self, request):
        parsed = request.session.get(SESSION_KEY)
        if request.POST.get("cancel") or not parsed:
            request.session.pop(SESSION_KEY, None)
            messages.info(request, _("Đã hủy việc nhập kế hoạch; không có gì được lưu."))
            return redirect("plans:plan-import")
        try:
            plan = services.plan_create_from_import(
                organization=request.organization, by=request.user, parsed=parsed
            )
        except ValueError as exc:
            messages.error(request, str(exc))
            return redirect("plans:plan-import")
        request.session.pop(SESSION_KEY, None)
        messages.success(
            request,
            _("Đã nhập kế hoạch “%(title)s” với %(n)d nhiệm vụ.")
            % {"title": plan.title, "n": plan.tasks.count()},
        )
        return redirect("plans:plan-detail", pk=plan.pk)
