"""Files of a dossier, and the Excel lists: import, export, blank template."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView

from core.uploads import CONTENT_TYPES
from organizations.mixins import ObjectPermissionMixin, OrganizationPermissionMixin

from ..forms import FileForm, ImportConfirmForm, ImportForm
from ..models import AwardKind, ImportBatch
from ..selectors import dossier_file_for_organization
from ..services import (
    dossier_file_add,
    dossier_file_delete,
    dossier_import_confirm,
    dossier_import_preview,
)
from ..spreadsheets import COLLECTIVE, INDIVIDUAL, export_workbook, template_workbook
from .dossiers import DossierMixin, _errors

__all__ = [
    "DossierExportView",
    "DossierImportConfirmView",
    "DossierImportView",
    "FileDeleteView",
    "FileDownloadView",
    "FileUploadView",
    "NomineeTemplateView",
]

XLSX = CONTENT_TYPES["xlsx"]


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
