from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import DetailView, FormView, ListView

from core.uploads import CONTENT_TYPES
from organizations.mixins import ObjectPermissionMixin, OrganizationPermissionMixin

from ..enums import DossierStatus
from ..forms import (
    DossierFilterForm,
    DossierForm,
    EligibilityFilterForm,
    FileForm,
    ImportConfirmForm,
    ImportForm,
    LineForm,
    NoteForm,
    PostForm,
)
from ..models import AwardKind, ImportBatch
from ..selectors import (
    collectives_for_organization,
    dossier_completeness,
    dossier_file_for_organization,
    dossier_files,
    dossier_for_organization,
    dossier_lines_with_history,
    dossiers_for_organization,
    lines_for_organization,
    persons_for_organization,
    verdicts_for_lines,
)
from ..services import (
    dossier_add_nominee,
    dossier_create,
    dossier_file_add,
    dossier_file_delete,
    dossier_import_confirm,
    dossier_import_preview,
    dossier_post_publicly,
    dossier_receive,
    dossier_remove_nominee,
    dossier_return,
    dossier_send,
    dossier_start_appraisal,
    dossier_submit_to_council,
    dossier_update,
)
from ..spreadsheets import COLLECTIVE, INDIVIDUAL, export_workbook, template_workbook

__all__ = [
    "DossierAppraiseView",
    "DossierCreateView",
    "DossierDetailView",
    "DossierExportView",
    "DossierImportConfirmView",
    "DossierImportView",
    "DossierListView",
    "DossierPostView",
    "DossierReceiveView",
    "DossierReturnView",
    "DossierSendView",
    "DossierToCouncilView",
    "DossierUpdateView",
    "EligibilityListView",
    "FileDeleteView",
    "FileDownloadView",
    "FileUploadView",
    "LineCreateView",
    "LineDeleteView",
    "NomineeTemplateView",
]

XLSX = CONTENT_TYPES["xlsx"]


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


class DossierListView(OrganizationPermissionMixin, ListView):
    permission_required = "awards.view_dossier_list"
    template_name = "awards/dossier_list.html"
    paginate_by = 30

    def get_queryset(self):
        self.filter_form = DossierFilterForm(self.request.GET or None)
        filters = self.filter_form.cleaned_data if self.filter_form.is_valid() else {}
        return dossiers_for_organization(
            organization=self.request.organization,
            query=filters.get("q", ""),
            status=filters.get("status", ""),
            year=filters.get("year"),
            track=filters.get("track", ""),
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(filter_form=self.filter_form, **kwargs)


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


class FileUploadView(DossierMixin, FormView):
    permission_required = "awards.change_dossier"
    template_name = "awards/file_form.html"
    form_class = FileForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["lines"] = self.dossier.lines.select_related("person", "collective__organization")
        return kwargs

    def form_valid(self, form):
        try:
            dossier_file_add(
                dossier=self.dossier,
                by=self.request.user,
                upload=form.cleaned_data["file"],
                part=form.cleaned_data["part"],
                line=form.cleaned_data["line"],
            )
        except ValidationError as exc:
            form.add_error("file", exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Đã tải tệp lên."))
        return redirect("awards:dossier-detail", pk=self.dossier.pk)


class FileDownloadView(ObjectPermissionMixin, View):
    """Files are only ever served here, as attachments, to those who may see the dossier."""

    permission_required = "awards.view_dossier"

    def get_scoped_object(self):
        self.attached = dossier_file_for_organization(
            organization=self.request.organization, pk=self.kwargs["pk"]
        )
        return self.attached.dossier

    def get(self, request, pk):
        attached = self.attached
        try:
            handle = attached.file.open("rb")
        except FileNotFoundError as exc:
            raise Http404 from exc
        return FileResponse(
            handle,
            as_attachment=True,
            filename=attached.original_name,
            content_type=CONTENT_TYPES[attached.kind],
        )


class FileDeleteView(FileDownloadView):
    permission_required = "awards.change_dossier"

    def get(self, request, pk):
        raise Http404

    def post(self, request, pk):
        dossier = self.attached.dossier
        dossier_file_delete(attached=self.attached, by=request.user)
        messages.success(request, _("Đã xóa tệp."))
        return redirect("awards:dossier-detail", pk=dossier.pk)


class DossierActionView(DossierMixin, FormView):
    """One step of the workflow: a small form, one service call, back to the dossier."""

    template_name = "awards/dossier_action.html"
    form_class = NoteForm
    title = ""
    note_label = None
    note_required = False
    done = ""

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if self.form_class is NoteForm:
            kwargs.update(label=self.note_label, required=self.note_required, submit=self.title)
        return kwargs

    def get_context_data(self, **kwargs):
        return super().get_context_data(title=self.title, **kwargs)

    def perform(self, form):
        raise NotImplementedError

    def form_valid(self, form):
        try:
            self.perform(form)
        except ValidationError as exc:
            for message in _errors(exc):
                form.add_error(None, message)
            return self.form_invalid(form)
        messages.success(self.request, self.done)
        return redirect("awards:dossier-detail", pk=self.dossier.pk)


class DossierPostView(DossierActionView):
    permission_required = "awards.post_dossier"
    form_class = PostForm
    title = gettext_lazy("Niêm yết công khai danh sách đề nghị")
    done = gettext_lazy("Đã niêm yết công khai danh sách đề nghị.")

    def perform(self, form):
        dossier_post_publicly(
            dossier=self.dossier,
            by=self.request.user,
            starts_on=form.cleaned_data["starts_on"],
            days=form.cleaned_data["days"],
        )


class DossierSendView(DossierActionView):
    permission_required = "awards.send_dossier"
    title = gettext_lazy("Gửi hồ sơ lên cấp trên")
    done = gettext_lazy("Đã gửi hồ sơ.")

    def perform(self, form):
        dossier_send(dossier=self.dossier, by=self.request.user)


class DossierReceiveView(DossierActionView):
    permission_required = "awards.receive_dossier"
    title = gettext_lazy("Tiếp nhận hồ sơ")
    done = gettext_lazy("Đã tiếp nhận hồ sơ.")

    def perform(self, form):
        dossier_receive(dossier=self.dossier, by=self.request.user)


class DossierReturnView(DossierActionView):
    permission_required = "awards.return_dossier"
    title = gettext_lazy("Trả lại hồ sơ")
    note_label = gettext_lazy("Lý do trả lại")
    note_required = True
    done = gettext_lazy("Đã trả lại hồ sơ.")

    def perform(self, form):
        dossier_return(dossier=self.dossier, by=self.request.user, reason=form.cleaned_data["note"])


class DossierAppraiseView(DossierActionView):
    permission_required = "awards.appraise_dossier"
    title = gettext_lazy("Bắt đầu thẩm định")
    note_label = gettext_lazy("Ghi chú thẩm định")
    done = gettext_lazy("Hồ sơ đang được thẩm định.")

    def perform(self, form):
        dossier_start_appraisal(
            dossier=self.dossier, by=self.request.user, notes=form.cleaned_data["note"]
        )


class DossierToCouncilView(DossierActionView):
    permission_required = "awards.finish_appraisal_dossier"
    title = gettext_lazy("Kết thúc thẩm định, trình Hội đồng")
    note_label = gettext_lazy("Ý kiến thẩm định")
    note_required = True
    done = gettext_lazy("Hồ sơ đã được trình Hội đồng Thi đua - Khen thưởng.")

    def perform(self, form):
        dossier_submit_to_council(
            dossier=self.dossier, by=self.request.user, notes=form.cleaned_data["note"]
        )


class DossierImportView(DossierMixin, FormView):
    permission_required = "awards.change_dossier"
    template_name = "awards/dossier_import.html"
    form_class = ImportForm

    def form_valid(self, form):
        try:
            batch = dossier_import_preview(
                dossier=self.dossier,
                by=self.request.user,
                upload=form.cleaned_data["file"],
                kind=form.cleaned_data["kind"],
            )
        except ValidationError as exc:
            for message in _errors(exc):
                form.add_error("file", message)
            return self.form_invalid(form)
        return redirect("awards:dossier-import-confirm", pk=self.dossier.pk, batch_pk=batch.pk)


class DossierImportConfirmView(DossierMixin, FormView):
    permission_required = "awards.change_dossier"
    template_name = "awards/dossier_import_confirm.html"
    form_class = ImportConfirmForm
    preview_rows = 200

    @property
    def batch(self):
        if not hasattr(self, "_batch"):
            self._batch = get_object_or_404(
                ImportBatch,
                pk=self.kwargs["batch_pk"],
                dossier=self.dossier,
                uploaded_by=self.request.user,
            )
        return self._batch

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "has_errors": bool(self.batch.errors)}

    def get_context_data(self, **kwargs):
        batch = self.batch
        awards = dict(AwardKind.objects.values_list("pk", "name"))
        rows = [
            {
                **row,
                "award_name": awards.get(row["award_id"], ""),
                "display_name": row.get("full_name") or row.get("name"),
            }
            for row in batch.rows[: self.preview_rows]
        ]
        return super().get_context_data(batch=batch, rows=rows, **kwargs)

    def form_valid(self, form):
        try:
            count = dossier_import_confirm(
                batch=self.batch,
                by=self.request.user,
                accept_valid=form.cleaned_data["accept_valid"],
            )
        except ValidationError as exc:
            for message in _errors(exc):
                form.add_error(None, message)
            return self.form_invalid(form)
        messages.success(
            self.request, _("Đã nhập %d người, tập thể vào danh sách đề nghị.") % count
        )
        return redirect("awards:dossier-detail", pk=self.dossier.pk)


def _xlsx_response(data, filename):
    response = HttpResponse(data, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class DossierExportView(DossierMixin, View):
    permission_required = "awards.view_dossier"

    def get(self, request, pk):
        lines = self.dossier.lines.select_related(
            "person__organization", "collective__organization", "award"
        ).order_by("position", "id")
        data = export_workbook(dossier=self.dossier, lines=list(lines))
        return _xlsx_response(data, f"danh-sach-de-nghi-{self.dossier.pk}.xlsx")


class NomineeTemplateView(OrganizationPermissionMixin, View):
    permission_required = "awards.view_dossier_list"

    def get(self, request):
        kind = COLLECTIVE if request.GET.get("loai") == "tap-the" else INDIVIDUAL
        data = template_workbook(kind=kind, awards=AwardKind.objects.filter(is_active=True))
        name = "mau-danh-sach-tap-the.xlsx" if kind == COLLECTIVE else "mau-danh-sach-ca-nhan.xlsx"
        return _xlsx_response(data, name)


class EligibilityListView(OrganizationPermissionMixin, ListView):
    """The engine's verdicts over every nominee of the dossiers this organisation sees."""

    permission_required = "awards.view_dossier_list"
    template_name = "awards/eligibility_list.html"
    paginate_by = 50

    def get_queryset(self):
        self.filter_form = EligibilityFilterForm(self.request.GET or None)
        filters = self.filter_form.cleaned_data if self.filter_form.is_valid() else {}
        return lines_for_organization(
            organization=self.request.organization,
            query=filters.get("q", ""),
            year=filters.get("year"),
            status=filters.get("status", ""),
            award=filters.get("award"),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(filter_form=self.filter_form, **kwargs)
        context["verdicts"] = verdicts_for_lines(context["object_list"], on=timezone.localdate())
        return context
