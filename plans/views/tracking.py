from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView

from core.mixins import FilteredListMixin
from organizations.mixins import ObjectPermissionMixin, OrganizationPermissionMixin
from organizations.selectors import organizations_in_subtree

from .. import services
from ..forms import ProgressReportForm, TaskBoardFilterForm
from ..selectors import reporter_units_for, task_for_organization, tasks_board


class TaskBoardView(FilteredListMixin, OrganizationPermissionMixin, ListView):
    """Bảng theo dõi nhiệm vụ: by quarter and unit, 'my unit's tasks', overdue."""

    permission_required = "plans.view_board"
    template_name = "plans/task_board.html"
    paginate_by = 50

    def get_queryset(self):
        filters = self.filters(
            TaskBoardFilterForm,
            units=organizations_in_subtree(organization=self.request.organization),
        )
        return tasks_board(
            organization=self.request.organization,
            mine=filters.get("mine", False),
            quarter=filters.get("quarter") or None,
            status=filters.get("status", ""),
            overdue=filters.get("overdue", False),
            query=filters.get("q", ""),
            year=filters.get("year"),
            unit=filters.get("unit"),
        )


class TaskDetailView(ObjectPermissionMixin, DetailView):
    permission_required = "plans.view_board"
    template_name = "plans/task_detail.html"
    context_object_name = "task"

    def get_scoped_object(self):
        return task_for_organization(organization=self.request.organization, pk=self.kwargs["pk"])

    def get_permission_object(self):
        self.get_object()
        return self.request.organization

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        task = self.object
        context["reports"] = task.reports.select_related("organization", "reported_by")
        context["can_report"] = self.request.user.has_perm("plans.report_task", task)
        if context["can_report"] and "form" not in kwargs:
            context["form"] = ProgressReportForm(
                units=reporter_units_for(user=self.request.user, task=task)
            )
        return context

    def post(self, request, pk):
        task = self.get_object()
        if not request.user.has_perm("plans.report_task", task):
            return self.handle_no_permission()
        form = ProgressReportForm(
            request.POST, request.FILES, units=reporter_units_for(user=request.user, task=task)
        )
        if form.is_valid():
            data = form.cleaned_data
            evidence = data.get("evidence")
            if evidence is not None:
                from core.uploads import UploadRefused, check_upload

                try:
                    check_upload(evidence)
                except UploadRefused as exc:
                    form.add_error("evidence", exc.messages[0])
            if form.is_valid():
                try:
                    services.progress_report_create(
                        task=task,
                        organization=data["unit"],
                        by=request.user,
                        percent=data["percent"],
                        text=data["text"],
                        completed_on=data.get("completed_on"),
                        evidence=evidence,
                    )
                except services.PlanStateError as exc:
                    form.add_error(None, str(exc))
                else:
                    messages.success(request, _("Đã ghi nhận báo cáo tiến độ."))
                    return redirect("plans:task-detail", pk=task.pk)
        self.object = task
        return self.render_to_response(self.get_context_data(form=form), status=400)
