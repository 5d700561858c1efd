"""Render jobs (cache, worker path), frozen documents, views scoped by organisation."""

import hashlib

import pytest
from django.urls import reverse

from documents.examples import example
from documents.models import RenderJob, StoredDocument
from documents.services import document_freeze, render_job_run, render_request
from documents.tasks import render_job_task

pytestmark = pytest.mark.pdf


def test_render_request_queues_then_worker_renders_and_cache_returns_same_job(
    org, officer, django_capture_on_commit_callbacks
):
    data = example("submission")
    with django_capture_on_commit_callbacks() as callbacks:
        job = render_request(organization=org, kind="submission", data=data, fmt="pdf", by=officer)
    assert job.status == RenderJob.Status.QUEUED
    assert len(callbacks) == 1
    render_job_task.run(job_id=job.pk)  # the worker's code path, in this process
    job.refresh_from_db()
    assert job.status == RenderJob.Status.DONE
    assert job.pages == 1
    assert job.filename == "to-trinh-45-ttr-nv-2023.pdf"
    assert job.file.read()[:5] == b"%PDF-"
    with django_capture_on_commit_callbacks() as callbacks:
        again = render_request(
            organization=org, kind="submission", data=example("submission"), fmt="pdf", by=officer
        )
    assert again.pk == job.pk
    assert callbacks == []
    assert RenderJob.objects.count() == 1


def test_render_job_task_is_safe_to_run_twice(org, officer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks():
        job = render_request(
            organization=org, kind="submission", data=example("submission"), fmt="docx", by=officer
        )
    render_job_task.run(job_id=job.pk)
    job.refresh_from_db()
    first_file, finished = job.file.name, job.finished_at
    render_job_task.run(job_id=job.pk)
    render_job_task.run(job_id=999999)  # gone: nothing happens
    job.refresh_from_db()
    assert (job.status, job.file.name, job.finished_at) == ("done", first_file, finished)


def test_failed_render_keeps_the_vietnamese_error(org, officer, settings, tmp_path):
    settings.DOCUMENT_FONT_DIR = tmp_path
    job = RenderJob.objects.create(
        organization=org,
        kind="submission",
        fmt="pdf",
        data=example("submission"),
        content_hash="x" * 64,
    )
    render_job_run(job_id=job.pk)
    job.refresh_from_db()
    assert job.status == RenderJob.Status.FAILED
    assert job.error.startswith("Không tìm thấy phông chữ Liberation Serif")


@pytest.fixture
def done_job(org, officer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks():
        job = render_request(
            organization=org, kind="submission", data=example("submission"), fmt="pdf", by=officer
        )
    render_job_run(job_id=job.pk)
    job.refresh_from_db()
    return job


@pytest.mark.parametrize(
    "name", ["documents:job-detail", "documents:job-status", "documents:job-download"]
)
def test_job_views_anonymous_other_org_member(
    name, done_job, client, client_for, officer, other_officer
):
    url = reverse(name, args=[done_job.pk])
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))
    assert client_for(other_officer).get(url).status_code == 404
    response = client_for(officer).get(url)
    assert response.status_code == 200


def test_job_status_partial_polls_until_done(org, officer, client_for):
    job = RenderJob.objects.create(
        organization=org, kind="plan", fmt="pdf", data={}, content_hash="y" * 64
    )
    response = client_for(officer).get(reverse("documents:job-status", args=[job.pk]))
    html = response.content.decode()
    assert 'hx-trigger="every 1s"' in html
    assert "Đang tạo tệp…" in html
    assert 'class="progress"' in html


def test_job_detail_done_shows_download_link(done_job, client_for, officer):
    html = (
        client_for(officer)
        .get(reverse("documents:job-detail", args=[done_job.pk]))
        .content.decode()
    )
    assert reverse("documents:job-download", args=[done_job.pk]) in html
    assert "hx-trigger" not in html


def test_document_freeze_stores_bytes_and_sha256_and_download_checks_it(
    org, officer, other_officer, client, client_for
):
    stored = document_freeze(
        organization=org, kind="plan", data=example("cai_rang"), source=org, by=officer
    )
    content = stored.file.read()
    assert stored.sha256 == hashlib.sha256(content).hexdigest()
    assert stored.size == len(content)
    assert stored.number_symbol == "30/KH-UBND"
    assert stored.source == org
    assert stored.file.name.endswith(".pdf") and "30" not in stored.file.name.rsplit("/", 1)[-1][:2]
    url = reverse("documents:stored-download", args=[stored.pk])
    assert client.get(url).status_code == 302
    assert client_for(other_officer).get(url).status_code == 404
    response = client_for(officer).get(url)
    assert response.status_code == 200
    assert response.content == content
    assert response["Content-Type"] == "application/pdf"
    # A file changed on disk is refused, never served.
    with open(stored.file.path, "ab") as handle:
        handle.write(b"%tampered")
    assert client_for(officer).get(url).status_code == 500
    assert StoredDocument.objects.count() == 1
