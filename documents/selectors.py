from django.shortcuts import get_object_or_404

from .models import RenderJob, StoredDocument


def render_job_for_organization(*, organization, pk):
    """One render job of the organisation; another organisation's job is a 404."""
    return get_object_or_404(RenderJob.objects.all(), organization=organization, pk=pk)


def stored_document_for_organization(*, organization, pk):
    return get_object_or_404(
        StoredDocument.objects.select_related("organization"), organization=organization, pk=pk
    )
