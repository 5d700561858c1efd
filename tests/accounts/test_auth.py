import time

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.core import mail
from django.test import Client
from django.urls import reverse

from accounts.middleware import SESSION_LOGIN_KEY
from tests.conftest import PASSWORD

LOGIN = reverse("accounts:login")


def post_login(client, username, password):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR="10.0.0.7")


def test_login_page_is_vietnamese(db):
    response = Client().get(LOGIN)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "Đăng nhập hệ thống thi đua, khen thưởng" in html
    assert "Tên đăng nhập" in html and "Mật khẩu" in html


def test_anonymous_dashboard_redirects_to_login(db):
    response = Client().get(reverse("core:dashboard"))
    assert response.status_code == 302
    assert response.url == f"{LOGIN}?next=/"


def test_login_success_is_recorded(officer):
    client = Client()
    response = post_login(client, officer.username, PASSWORD)
    assert response.status_code == 302
    assert response.url == reverse("core:dashboard")
    assert AccessLog.objects.filter(username=officer.username, ip_address="10.0.0.7").count() == 1


def test_wrong_password_shows_vietnamese_error_and_keeps_username(officer):
    response = post_login(Client(), officer.username, "sai-mat-khau")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Tên đăng nhập hoặc mật khẩu không đúng" in html
    assert f'value="{officer.username}"' in html
    assert AccessFailureLog.objects.filter(username=officer.username).count() == 1


def test_five_failures_lock_the_account_and_address_pair(officer):
    client = Client()
    for _ in range(4):
        assert post_login(client, officer.username, "sai").status_code == 200
    locked = post_login(client, officer.username, "sai")
    assert locked.status_code == 429
    assert "Tài khoản tạm khóa" in locked.content.decode()
    # Even the right password is refused from that address while locked...
    assert post_login(client, officer.username, PASSWORD).status_code == 429
    # ...but the same account from another address is not locked.
    other = Client().post(
        LOGIN, {"username": officer.username, "password": PASSWORD}, REMOTE_ADDR="10.0.0.8"
    )
    assert other.status_code == 302
    assert (
        AccessAttempt.objects.get(
            username=officer.username, ip_address="10.0.0.7"
        ).failures_since_start
        == 6
    )


def test_session_expires_after_idle_time(officer, settings):
    assert settings.SESSION_COOKIE_AGE == 30 * 60
    assert settings.SESSION_SAVE_EVERY_REQUEST is True
    client = Client()
    client.force_login(officer)
    session = client.session
    session.set_expiry(-1)  # as if the 30 idle minutes had passed
    session.save()
    response = client.get(reverse("core:dashboard"))
    assert response.status_code == 302
    assert response.url.startswith(LOGIN)


def test_session_ends_after_twelve_hours_even_when_active(officer):
    client = Client()
    client.force_login(officer)
    assert client.get(reverse("core:dashboard")).status_code == 200
    session = client.session
    session[SESSION_LOGIN_KEY] = time.time() - 12 * 60 * 60 - 5
    session.save()
    response = client.get(reverse("core:dashboard"))
    assert response.status_code == 302
    assert response.url == LOGIN
    assert client.get(reverse("core:dashboard")).status_code == 302


def test_password_reset_sends_a_vietnamese_email(officer):
    response = Client().post(reverse("accounts:password-reset"), {"email": officer.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [officer.email]
    assert message.subject == "Đặt lại mật khẩu tài khoản thi đua, khen thưởng"
    assert "/tai-khoan/dat-lai-mat-khau/" in message.body


def test_password_change_requires_login_then_works(officer):
    url = reverse("accounts:password-change")
    assert Client().get(url).status_code == 302
    client = Client()
    client.force_login(officer)
    response = client.post(
        url,
        {
            "old_password": PASSWORD,
            "new_password1": "Mat-khau-moi-2026",
            "new_password2": "Mat-khau-moi-2026",
        },
    )
    assert response.status_code == 302
    officer.refresh_from_db()
    assert officer.check_password("Mat-khau-moi-2026")


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("errors/404.html", "Không tìm thấy trang (404)"),
        ("errors/403.html", "Không có quyền truy cập (403)"),
        ("errors/500.html", "Lỗi hệ thống (500)"),
    ],
)
def test_error_pages_are_vietnamese(path, heading, db):
    from django.template.loader import render_to_string

    assert heading in render_to_string(path)


def test_unknown_page_answers_the_vietnamese_404(officer, settings):
    settings.DEBUG = False
    client = Client()
    client.force_login(officer)
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy trang (404)" in response.content.decode()


def test_profile_lists_the_users_roles_and_needs_login(officer, leader, org):
    url = reverse("accounts:profile")
    assert Client().get(url).status_code == 302
    client = Client()
    client.force_login(leader)
    html = client.get(url).content.decode()
    assert "Lãnh đạo (người ký)" in html and "Chủ tịch" in html and org.name in html


def test_dashboard_without_any_membership_is_403_in_vietnamese(db):
    from tests.factories import UserFactory

    client = Client()
    client.force_login(UserFactory())
    response = client.get(reverse("core:dashboard"))
    assert response.status_code == 403
    assert "Tài khoản của bạn chưa được gắn với cơ quan, đơn vị nào." in response.content.decode()
