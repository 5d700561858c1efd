"""View mixins for tenancy and roles, reused by every app.

* Anonymous users are sent to the login page.
* A signed-in user without the permission gets 403.
* An object of another organisation is never found by the scoped selector: 404.
"""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from rules.contrib.views import PermissionRequiredMixin


class OrganizationRequiredMixin(LoginRequiredMixin):
    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and request.organization is None:
            raise PermissionDenied(_("Tài khoản của bạn chưa được gắn với cơ quan, đơn vị nào."))
        return super().dispatch(request, *args, **kwargs)

    @property
    def organization(self):
        return self.request.organization


class OrganizationPermissionMixin(OrganizationRequiredMixin, PermissionRequiredMixin):
    """Check a ``rules`` permission against the object, or the current organisation."""

    raise_exception = False  # anonymous -> login; signed-in without permission -> 403

    def get_permission_object(self):
        return self.request.organization

    def handle_no_permission(self):
        if self.request.user.is_authenticated:
            raise PermissionDenied(_("Bạn không có quyền thực hiện thao tác này."))
        return super().handle_no_permission()


class ObjectPermissionMixin(OrganizationPermissionMixin):
    """For views of one object: the object comes from ``get_scoped_object()`` (a selector
    that takes the current organisation, so another organisation's object is a 404) and is
    fetched once for both the permission check and the view."""

    _scoped_object = None

    def get_scoped_object(self):
        raise NotImplementedError

    def get_object(self, queryset=None):
        if self._scoped_object is None:
            self._scoped_object = self.get_scoped_object()
        return self._scoped_object

    def get_permission_object(self):
        return self.get_object()
