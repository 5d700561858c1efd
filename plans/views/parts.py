"""Editing the parts of a draft plan in place (htmx), with full-page fallbacks."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views import View

from core.text import nfc
from core.uploads import UploadRefused
from organizations.mixins import ObjectPermissionMixin
from organizations.selectors import organizations_in_subtree

from .. import services
from ..forms import SectionForm, TaskForm
from ..models import LegalBasis, PlanAttachment, Section, Task
from ..selectors import plan_for_organization, plan_own

CHANGED = "planChanged"


def _int_or_404(value):
    try:
        return int(value)
    except (TypeError, ValueError) as exc:
        raise Http404 from exc


class DraftPartMixin(ObjectPermissionMixin):
    """Parts of one of the organisation's own plans; the permission is ``plans.change_plan``."""

    permission_required = "plans.change_plan"

    def get_scoped_object(self):
        return plan_own(organization=self.request.organization, pk=self.kwargs["pk"])

    @property
    def plan(self):
        return self.get_object()

    def done(self, message):
        if self.request.htmx:
            response = HttpResponse(status=204)
            response["HX-Trigger"] = CHANGED
            response["HX-Refresh"] = "true"
            return response
        messages.success(self.request, message)
        return redirect("plans:plan-detail", pk=self.plan.pk)

    def invalid(self, template, context):
        context["plan"] = self.plan
        if self.request.htmx:
            return render(self.request, template, context, status=422)
        return render(
            self.request,
            "plans/part_form_page.html",
            {**context, "part_template": template},
            status=400,
        )


class SectionEditView(DraftPartMixin, View):
    template = "plans/_section_form.html"

    def section(self):
        if "section" not in self.kwargs:
            return None
        return get_object_or_404(Section, plan=self.plan, pk=self.kwargs["section"])

    def get(self, request, pk, section=None):
        instance = self.section()
        return render(
            request,
            self.template,
            {"form": SectionForm(instance=instance), "section": instance, "plan": self.plan},
        )

    def post(self, request, pk, section=None):
        instance = self.section()
        form = SectionForm(request.POST, instance=instance)
        if form.is_valid():
            try:
                services.section_save(
                    plan=self.plan,
                    by=request.user,
                    section=instance,
                    expected_version=form.cleaned_data.get("version"),
                    heading=form.cleaned_data["heading"],
                    body=form.cleaned_data["body"],
                    holds_tasks=form.cleaned_data["holds_tasks"],
                )
            except (services.PlanConflictError, services.PlanStateError) as exc:
                form.add_error(None, str(exc))
            else:
                return self.done(_("Đã lưu phần “%s”.") % form.cleaned_data["heading"])
        return self.invalid(self.template, {"form": form, "section": instance})


class SectionDeleteView(DraftPartMixin, View):
    def post(self, request, pk, section):
        instance = get_object_or_404(Section, plan=self.plan, pk=section)
        services.section_delete(section=instance, by=request.user)
        return self.done(_("Đã xóa phần “%s”.") % instance.heading)


class LegalBasisCreateView(DraftPartMixin, View):
    def post(self, request, pk):
        text = nfc(request.POST.get("text", "")).strip()
        linked = None
        if request.POST.get("linked_plan"):
            # Only a plan this organisation may see can be linked; anything else is a 404.
            linked = plan_for_organization(
                organization=request.organization, pk=_int_or_404(request.POST["linked_plan"])
            )
            if not text:
                text = "Căn cứ Kế hoạch số %(number)s ngày %(date)s của %(org)s" % {
                    "number": linked.number_symbol or "…",
                    "date": linked.issued_on.strftime("%d/%m/%Y") if linked.issued_on else "…",
                    "org": linked.organization.name,
                }
        if not text:
            messages.error(request, _("Nội dung căn cứ không được để trống."))
            return redirect("plans:plan-detail", pk=self.plan.pk)
        services.legal_basis_save(plan=self.plan, by=request.user, text=text, linked_plan=linked)
        return self.done(_("Đã thêm căn cứ."))


class LegalBasisDeleteView(DraftPartMixin, View):
    def post(self, request, pk, basis):
        instance = get_object_or_404(LegalBasis, plan=self.plan, pk=basis)
        services.legal_basis_delete(basis=instance, by=request.user)
        return self.done(_("Đã xóa căn cứ."))


class TaskEditView(DraftPartMixin, View):
    template = "plans/_task_form.html"

    def task(self):
        if "task" not in self.kwargs:
            return None
        return get_object_or_404(Task, plan=self.plan, pk=self.kwargs["task"])

    def form(self, *args, **kwargs):
        units = organizations_in_subtree(organization=self.request.organization)
        return TaskForm(*args, units=units, plan=self.plan, **kwargs)

    def get(self, request, pk, task=None):
        instance = self.task()
        return render(
            request,
            self.template,
            {"form": self.form(instance=instance), "task": instance, "plan": self.plan},
        )

    def post(self, request, pk, task=None):
        instance = self.task()
        form = self.form(request.POST, instance=instance)
        if form.is_valid():
            data = dict(form.cleaned_data)
            version = data.pop("version", None)
            try:
                saved = services.task_save(
                    plan=self.plan, by=request.user, task=instance, expected_version=version, **data
                )
            except (services.PlanConflictError, services.PlanStateError) as exc:
                form.add_error(None, str(exc))
            else:
                return self.done(_("Đã lưu nhiệm vụ %d.") % saved.order)
        return self.invalid(self.template, {"form": form, "task": instance})


class TaskDeleteView(DraftPartMixin, View):
    def post(self, request, pk, task):
        instance = get_object_or_404(Task, plan=self.plan, pk=task)
        services.task_delete(task=instance, by=request.user)
        return self.done(_("Đã xóa nhiệm vụ."))


class TaskMoveView(DraftPartMixin, View):
    def post(self, request, pk, task, direction):
        if direction not in ("len", "xuong"):
            raise Http404
        instance = get_object_or_404(Task, plan=self.plan, pk=task)
        services.task_move(
            task=instance, by=request.user, direction=-1 if direction == "len" else 1
        )
        return self.done(_("Đã đổi thứ tự nhiệm vụ."))


class AttachmentCreateView(DraftPartMixin, View):
    def post(self, request, pk):
        upload = request.FILES.get("file")
        if upload is None:
            messages.error(request, _("Hãy chọn tệp cần đính kèm."))
            return redirect("plans:plan-detail", pk=self.plan.pk)
        try:
            services.attachment_add(plan=self.plan, by=request.user, upload=upload)
        except UploadRefused as exc:
            messages.error(request, exc.messages[0])
            return redirect("plans:plan-detail", pk=self.plan.pk)
        return self.done(_("Đã đính kèm tệp “%s”.") % upload.name)


class AttachmentDeleteView(DraftPartMixin, View):
    def post(self, request, pk, attachment):
        instance = get_object_or_404(PlanAttachment, plan=self.plan, pk=attachment)
        services.attachment_delete(attachment=instance, by=request.user)
        return self.done(_("Đã xóa tệp đính kèm."))
