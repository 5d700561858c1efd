from django.conf import settings
from django.utils import translation


class ContentSecurityPolicyMiddleware:
    """Everything is served from our own origin: no inline script or style, no CDN."""

    POLICY = (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
        "frame-ancestors 'self'"
    )

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", self.POLICY)
        return response


class InterfaceLanguageMiddleware:
    """Vietnamese unless the user chose another language with the switcher (a cookie).

    Unlike Django's LocaleMiddleware the browser's Accept-Language is ignored: many officers
    use an English-language browser and still expect the Vietnamese interface.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response
