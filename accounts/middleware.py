import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.utils.translation import gettext as _

SESSION_LOGIN_KEY = "_tdkt_login_at"


class AbsoluteSessionLimitMiddleware:
    """End a session a fixed time after login, however active it is (12 hours by default).

    The idle limit is the cookie age renewed on every request; this is the hard cap beside it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            started = request.session.get(SESSION_LOGIN_KEY)
            now = time.time()
            if started is None:
                request.session[SESSION_LOGIN_KEY] = now
            elif now - started > settings.SESSION_ABSOLUTE_SECONDS:
                logout(request)
                messages.info(request, _("Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại."))
                return redirect(settings.LOGIN_URL)
        return self.get_response(request)
