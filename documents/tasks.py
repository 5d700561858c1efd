from celery import shared_task

from .services import render_job_run


@shared_task(name="documents.render_job", ignore_result=True)
def render_job_task(*, job_id):
    """Render one queued ``RenderJob``; a job already running or finished is left alone."""
    render_job_run(job_id=job_id)
