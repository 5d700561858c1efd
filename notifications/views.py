from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import CreateView, FormView, ListView, TemplateView, UpdateView

from core.mixins import FilteredListMixin
from organizations.mixins import ObjectPermissionMixin, OrganizationPermissionMixin

from . import selectors, services
from .enums import ReminderStatus
from .feeds import obligations_calendar
from .forms import CalendarEntryForm, NotificationFilterForm, PolicyForm, PreferenceForm


class NotificationListView(FilteredListMixin, OrganizationPermissionMixin, ListView):
    permission_required = "notifications.view_notification"
    template_name = "notifications/notification_list.html"
    paginate_by = 30

    def get_queryset(self):
        filters = self.filters(NotificationFilterForm)
        return selectors.notifications_for_user(
            user=self.request.user,
            state=filters.get("trang_thai", ""),
            query=filters.get("q", ""),
        )


class NotificationMarkReadView(LoginRequiredMixin, View):
    def post(self, request, pk):
        notification = selectors.notification_for_user(user=request.user, pk=pk)
        services.notification_mark_read(notification=notification)
        if request.htmx:
            return render(
                request, "notifications/_notification_row.html", {"notification": notification}
            )
        return redirect("notifications:notification-list")


class NotificationMarkAllReadView(LoginRequiredMixin, View):
    def post(self, request):
        count = services.notifications_mark_all_read(user=request.user)
        if request.htmx:
            response = HttpResponse(status=204)
            response["HX-Refresh"] = "true"
            return response
        messages.success(request, _("Đã đánh dấu %d thông báo là đã đọc.") % count)
        return redirect("notifications:notification-list")


class QueueView(OrganizationPermissionMixin, TemplateView):
    """Hàng đợi nhắc hạn of the current organisation, for its officers."""

    permission_required = "notifications.view_queue"
    template_name = "notifications/queue.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        organization = self.request.organization
        context["counts"] = selectors.queue_counts_for_organization(organization=organization)
        context["last_sweep"] = selectors.last_sweep()
        context["failed"] = selectors.reminders_in_queue_for_organization(
            organization=organization, status=ReminderStatus.FAILED
        )[:100]
        context["sending"] = selectors.reminders_in_queue_for_organization(
            organization=organization, status=ReminderStatus.SENDING
        )[:100]
        return context


class ReminderRetryView(ObjectPermissionMixin, View):
    permission_required = "notifications.retry_reminder"

    def get_scoped_object(self):
        return selectors.reminder_for_organization(
            organization=self.request.organization, pk=self.kwargs["pk"]
        )

    def get_permission_object(self):
        self.get_object()
        return self.request.organization

    def post(self, request, pk):
        services.reminder_retry(reminder=self.get_object())
        messages.success(request, _("Đã đưa lời nhắc trở lại hàng đợi."))
        return redirect("notifications:queue")


class CalendarEntryListView(OrganizationPermissionMixin, ListView):
    permission_required = "notifications.manage_calendar"
    template_name = "notifications/calendarentry_list.html"

    def get_queryset(self):
        return selectors.calendar_entries_for_organization(organization=self.request.organization)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["feed"] = services.organization_feed_for(organization=self.request.organization)
        return context


class CalendarEntryCreateView(OrganizationPermissionMixin, CreateView):
    permission_required = "notifications.manage_calendar"
    template_name = "notifications/calendarentry_form.html"
    form_class = CalendarEntryForm

    def form_valid(self, form):
        form.instance.organization = self.request.organization
        services.calendar_entry_save(entry=form.instance)
        messages.success(self.request, _("Đã thêm mốc lịch."))
        return redirect("notifications:calendar-list")


class CalendarEntryUpdateView(ObjectPermissionMixin, UpdateView):
    permission_required = "notifications.manage_calendar"
    template_name = "notifications/calendarentry_form.html"
    form_class = CalendarEntryForm

    def get_scoped_object(self):
        return selectors.calendar_entry_for_organization(
            organization=self.request.organization, pk=self.kwargs["pk"]
        )

    def form_valid(self, form):
        services.calendar_entry_save(entry=form.instance)
        messages.success(self.request, _("Đã lưu mốc lịch."))
        return redirect("notifications:calendar-list")


class CalendarEntryDeleteView(ObjectPermissionMixin, View):
    permission_required = "notifications.manage_calendar"

    def get_scoped_object(self):
        return selectors.calendar_entry_for_organization(
            organization=self.request.organization, pk=self.kwargs["pk"]
        )

    def post(self, request, pk):
        services.calendar_entry_delete(entry=self.get_object())
        messages.success(request, _("Đã xóa mốc lịch."))
        return redirect("notifications:calendar-list")


class CalendarSeedView(OrganizationPermissionMixin, View):
    permission_required = "notifications.manage_calendar"

    def post(self, request):
        created = services.calendar_seed_defaults(organization=request.organization)
        services.calendar_materialise(
            year=services.local_today().year, organization=request.organization
        )
        messages.success(request, _("Đã thêm %d mốc lịch thường lệ.") % created)
        return redirect("notifications:calendar-list")


class PolicyUpdateView(OrganizationPermissionMixin, FormView):
    permission_required = "notifications.manage_policy"
    template_name = "notifications/policy_form.html"
    form_class = PolicyForm

    def get_initial(self):
        policy = services.policy_for(organization=self.request.organization)
        return {
            "days_before": ", ".join(str(d) for d in policy.days_before),
            "on_due_day": policy.on_due_day,
            "overdue_every_days": policy.overdue_every_days,
            "escalate_after_days": policy.escalate_after_days,
        }

    def form_valid(self, form):
        services.policy_save(organization=self.request.organization, **form.cleaned_data)
        messages.success(
            self.request, _("Đã lưu cách nhắc hạn; áp dụng cho các việc cập nhật từ nay.")
        )
        return redirect("notifications:policy-update")


class PreferenceUpdateView(LoginRequiredMixin, FormView):
    template_name = "notifications/preference_form.html"
    form_class = PreferenceForm

    def get_initial(self):
        self.preference = services.preference_for(user=self.request.user)
        return {"channel": self.preference.channel, "daily_digest": self.preference.daily_digest}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["feed_url"] = self.request.build_absolute_uri(
            reverse("notifications:feed", args=[self.preference.ical_token])
        )
        return context

    def form_valid(self, form):
        services.preference_save(user=self.request.user, **form.cleaned_data)
        messages.success(self.request, _("Đã lưu tùy chọn nhận thông báo."))
        return redirect("notifications:preference-update")


class PreferenceTokenView(LoginRequiredMixin, View):
    def post(self, request):
        services.preference_new_token(user=request.user)
        messages.success(request, _("Đã tạo địa chỉ lịch mới; địa chỉ cũ không còn dùng được."))
        return redirect("notifications:preference-update")


class CalendarFeedView(View):
    """Private .ics address: the token is the credential; a wrong one is a 404."""

    def get(self, request, token):
        found = selectors.feed_owner_for_token(token=token)
        if found is None:
            raise Http404
        kind, owner = found
        if kind == "user":
            obligations = selectors.obligations_for_user(user=owner)
            name = f"Lịch TĐKT — {owner.display_name}"
        else:
            obligations = selectors.obligations_for_organization(organization=owner)
            name = f"Lịch TĐKT — {owner.name}"
        response = HttpResponse(
            obligations_calendar(obligations=obligations, name=name),
            content_type="text/calendar; charset=utf-8",
        )
        response["Cache-Control"] = "private, max-age=300"
        return response
