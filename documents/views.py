from django.http import FileResponse, Http404, HttpResponse
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import DetailView

from organizations.mixins import ObjectPermissionMixin

from .assets import DocumentRenderError
from .models import RenderJob
from .selectors import render_job_for_organization, stored_document_for_organization
from .services import stored_document_read


class RenderJobDetailView(ObjectPermissionMixin, DetailView):
    """Page that polls the job status until the file is ready."""

    permission_required = "documents.view_renderjob"
    template_name = "documents/renderjob_detail.html"
    context_object_name = "job"

    def get_scoped_object(self):
        return render_job_for_organization(
            organization=self.request.organization, pk=self.kwargs["pk"]
        )


class RenderJobStatusView(RenderJobDetailView):
    """The htmx partial polled every second."""

    template_name = "documents/_renderjob_status.html"


class RenderJobDownloadView(ObjectPermissionMixin, View):
    permission_required = "documents.view_renderjob"

    def get_scoped_object(self):
        return render_job_for_organization(
            organization=self.request.organization, pk=self.kwargs["pk"]
        )

    def get(self, request, *args, **kwargs):
        job = self.get_object()
        if job.status != RenderJob.Status.DONE:
            raise Http404(_("Tệp chưa sẵn sàng."))
        return FileResponse(job.file.open("rb"), as_attachment=True, filename=job.filename)


class StoredDocumentDownloadView(ObjectPermissionMixin, View):
    permission_required = "documents.view_storeddocument"

    def get_scoped_object(self):
        return stored_document_for_organization(
            organization=self.request.organization, pk=self.kwargs["pk"]
        )

    def get(self, request, *args, **kwargs):
        stored = self.get_object()
        try:
            content = stored_document_read(stored=stored)
        except DocumentRenderError as exc:
            return HttpResponse(exc.message, status=500, content_type="text/plain; charset=utf-8")
        name = f"{stored.number_symbol or stored.kind}".replace("/", "-") + ".pdf"
        response = HttpResponse(content, content_type="application/pdf")
        response["Content-Disposition"] = (
            f'attachment; filename="{name.encode("ascii", "ignore").decode() or "van-ban.pdf"}"'
        )
        return response
