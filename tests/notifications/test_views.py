from datetime import date

import pytest
from django.test import Client
from django.urls import reverse
from icalendar import Calendar

from notifications.models import CalendarEntry, Notification, NotificationPreference, Reminder
from notifications.services import obligation_done, obligation_sync, organization_feed_for
from tests.factories import OrganizationFactory

LIST = reverse("notifications:notification-list")
QUEUE = reverse("notifications:queue")
CALENDAR = reverse("notifications:calendar-list")
POLICY = reverse("notifications:policy-update")


@pytest.fixture
def failed_reminder(org, officer):
    obligation = obligation_sync(
        source=org,
        kind="dossier_deadline",
        title="Nộp hồ sơ",
        due_date=date(2030, 12, 10),
        organization=org,
    )
    reminder = Reminder.objects.filter(obligation=obligation, user=officer).first()
    Reminder.objects.filter(pk=reminder.pk).update(
        status="failed", attempts=5, last_error="SMTPServerDisconnected: hỏng"
    )
    return reminder


@pytest.fixture
def entry(org):
    return CalendarEntry.objects.create(organization=org, title="Đăng ký thi đua", month=3, day=31)


def urls(failed_reminder, entry):
    return {
        "queue": QUEUE,
        "calendar": CALENDAR,
        "policy": POLICY,
        "calendar-update": reverse("notifications:calendar-update", args=[entry.pk]),
    }


@pytest.mark.parametrize("name", ["queue", "calendar", "policy", "calendar-update"])
def test_officer_pages_trio(name, failed_reminder, entry, officer, reporter, client_for):
    url = urls(failed_reminder, entry)[name]
    anonymous = Client().get(url)
    assert anonymous.status_code == 302
    assert anonymous.url.startswith(reverse("accounts:login"))
    assert client_for(reporter).get(url).status_code == 403
    assert client_for(officer).get(url).status_code == 200


def test_other_organisation_gets_404(failed_reminder, entry, other_officer, client_for):
    client = client_for(other_officer)
    assert client.get(reverse("notifications:calendar-update", args=[entry.pk])).status_code == 404
    retry = reverse("notifications:reminder-retry", args=[failed_reminder.pk])
    assert client.post(retry).status_code == 404


def test_queue_shows_failed_and_retry_puts_it_back(failed_reminder, officer, client_for):
    client = client_for(officer)
    page = client.get(QUEUE).content.decode()
    assert "SMTPServerDisconnected: hỏng" in page
    assert '<div class="h4 mb-0 text-danger" id="count-failed">1</div>' in page
    response = client.post(reverse("notifications:reminder-retry", args=[failed_reminder.pk]))
    assert response.status_code == 302
    failed_reminder.refresh_from_db()
    assert (failed_reminder.status, failed_reminder.attempts) == ("pending", 0)


def test_reporter_cannot_retry(failed_reminder, reporter, client_for):
    retry = reverse("notifications:reminder-retry", args=[failed_reminder.pk])
    assert client_for(reporter).post(retry).status_code == 403


def test_list_anonymous_and_member(reporter, client_for):
    assert Client().get(LIST).status_code == 302
    assert client_for(reporter).get(LIST).status_code == 200


@pytest.mark.parametrize("extra", [0, 2])
def test_list_query_count_is_constant(extra, officer, client_for, django_assert_num_queries):
    for i in range(1 + extra):
        Notification.objects.create(user=officer, title=f"Thông báo {i}")
    client = client_for(officer)
    with django_assert_num_queries(9):
        response = client.get(LIST)
    assert response.status_code == 200
    assert response.context["unread_notifications"] == 1 + extra


@pytest.mark.parametrize("extra", [0, 2])
def test_queue_query_count_is_constant(
    extra, org, officer, failed_reminder, client_for, django_assert_num_queries
):
    others = Reminder.objects.filter(obligation=failed_reminder.obligation).exclude(
        pk=failed_reminder.pk
    )
    Reminder.objects.filter(pk__in=list(others.values_list("pk", flat=True)[:extra])).update(
        status="failed"
    )
    client = client_for(officer)
    with django_assert_num_queries(11):
        response = client.get(QUEUE)
    assert response.content.decode().count("Thử lại") == 1 + extra


def test_search_without_diacritics_and_filter(officer, client_for):
    Notification.objects.create(user=officer, title="Hạn đăng ký thi đua")
    Notification.objects.create(user=officer, title="Sơ kết 6 tháng", read_at="2030-01-01T00:00Z")
    client = client_for(officer)
    found = client.get(LIST, {"q": "dang ky THI DUA"}).context["object_list"]
    assert [n.title for n in found] == ["Hạn đăng ký thi đua"]
    unread = client.get(LIST, {"trang_thai": "unread"}).context["object_list"]
    assert [n.title for n in unread] == ["Hạn đăng ký thi đua"]
    read = client.get(LIST, {"trang_thai": "read"}).context["object_list"]
    assert [n.title for n in read] == ["Sơ kết 6 tháng"]


def test_mark_read_with_htmx_and_all(officer, other_officer, client_for):
    mine = Notification.objects.create(user=officer, title="Một")
    Notification.objects.create(user=officer, title="Hai")
    theirs = Notification.objects.create(user=other_officer, title="Của người khác")
    client = client_for(officer)
    url = reverse("notifications:notification-read", args=[mine.pk])
    response = client.post(url, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert f'id="notification-{mine.pk}"' in response.content.decode()
    mine.refresh_from_db()
    assert mine.read_at is not None
    other = reverse("notifications:notification-read", args=[theirs.pk])
    assert client.post(other).status_code == 404
    response = client.post(reverse("notifications:notification-read-all"), HTTP_HX_REQUEST="true")
    assert (response.status_code, response["HX-Refresh"]) == (204, "true")
    assert Notification.objects.filter(user=officer, read_at__isnull=True).count() == 0
    assert Notification.objects.filter(user=other_officer, read_at__isnull=True).count() == 1


def test_bell_shows_unread_count(officer, client_for):
    Notification.objects.create(user=officer, title="Một")
    page = client_for(officer).get(reverse("core:dashboard")).content.decode()
    assert '<span class="badge bg-danger" id="bell-count">1</span>' in page


def test_calendar_entry_create_plans_this_years_obligation(org, officer, client_for):
    response = client_for(officer).post(
        reverse("notifications:calendar-create"),
        {"title": "Nộp báo cáo tổng kết", "day": "31", "month": "12", "kind": "yearly_calendar"},
    )
    assert response.status_code == 302
    assert list(CalendarEntry.objects.values_list("title", "day", "month")) == [
        ("Nộp báo cáo tổng kết", 31, 12)
    ]


def test_calendar_entry_form_refuses_31_february(org, officer, client_for):
    response = client_for(officer).post(
        reverse("notifications:calendar-create"),
        {"title": "Sai", "day": "31", "month": "2", "kind": "yearly_calendar"},
    )
    assert response.status_code == 200
    assert "Tháng 2 có tối đa 29 ngày." in response.content.decode()


# ---- iCalendar ---------------------------------------------------------------------------


def test_personal_feed_lists_the_persons_obligations(org, officer, reporter):
    task = obligation_sync(
        source=org,
        kind="plan_task",
        title="Báo cáo sơ kết 6 tháng",
        due_date=date(2030, 7, 15),
        organization=org,
        url="/ke-hoach/7/",
        assignees=[officer],
    )
    other_org = OrganizationFactory()
    done = obligation_sync(
        source=other_org,
        kind="dossier_deadline",
        title="Nộp hồ sơ Cờ thi đua",
        due_date=date(2030, 6, 30),
        organization=org,
        assignees=[officer],
    )
    obligation_done(source=other_org)
    obligation_sync(
        source=officer,
        kind="plan_task",
        title="Việc của người khác",
        due_date=date(2030, 5, 1),
        organization=org,
        assignees=[reporter],
    )
    token = NotificationPreference.objects.create(user=officer).ical_token
    response = Client().get(reverse("notifications:feed", args=[token]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    events = [
        (str(e["uid"]), e.decoded("dtstart"), e.decoded("dtend"), str(e["summary"]))
        for e in calendar.walk("VEVENT")
    ]
    assert events == [
        (
            f"obligation-{done.pk}@tdkt",
            date(2030, 6, 30),
            date(2030, 7, 1),
            "Đã xong: Nộp hồ sơ Cờ thi đua",
        ),
        (
            f"obligation-{task.pk}@tdkt",
            date(2030, 7, 15),
            date(2030, 7, 16),
            "Hạn: Báo cáo sơ kết 6 tháng",
        ),
    ]
    assert str(calendar.walk("VEVENT")[1]["url"]) == "http://127.0.0.1:8000/ke-hoach/7/"


def test_organisation_feed_and_stable_uid(org):
    obligation = obligation_sync(
        source=org,
        kind="council_session",
        title="Họp Hội đồng",
        due_date=date(2030, 6, 30),
        organization=org,
    )
    url = reverse("notifications:feed", args=[organization_feed_for(organization=org).token])
    obligation_sync(
        source=org,
        kind="council_session",
        title="Họp Hội đồng (dời)",
        due_date=date(2030, 7, 2),
        organization=org,
    )
    events = Calendar.from_ical(Client().get(url).content).walk("VEVENT")
    assert [(str(e["uid"]), e.decoded("dtstart"), str(e["summary"])) for e in events] == [
        (f"obligation-{obligation.pk}@tdkt", date(2030, 7, 2), "Hạn: Họp Hội đồng (dời)")
    ]


def test_wrong_token_is_404(db):
    assert Client().get(reverse("notifications:feed", args=["khong-dung"])).status_code == 404
