from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.utils.translation import gettext_lazy as _

from .enums import Channel
from .models import CalendarEntry


class NotificationFilterForm(forms.Form):
    q = forms.CharField(label=_("Tìm"), required=False)
    trang_thai = forms.ChoiceField(
        label=_("Trạng thái"),
        required=False,
        choices=[("", _("Tất cả")), ("unread", _("Chưa đọc")), ("read", _("Đã đọc"))],
    )


class CalendarEntryForm(forms.ModelForm):
    class Meta:
        model = CalendarEntry
        fields = ["title", "day", "month", "kind"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("save", _("Lưu")))

    def clean(self):
        cleaned = super().clean()
        month, day = cleaned.get("month"), cleaned.get("day")
        if month and not 1 <= month <= 12:
            self.add_error("month", _("Tháng từ 1 đến 12."))
        elif month and day:
            longest = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            if not 1 <= day <= longest:
                self.add_error(
                    "day", _("Tháng %(m)s có tối đa %(d)s ngày.") % {"m": month, "d": longest}
                )
        return cleaned


class PolicyForm(forms.Form):
    days_before = forms.CharField(
        label=_("Nhắc trước hạn (ngày, cách nhau bởi dấu phẩy)"), initial="7, 1", required=False
    )
    on_due_day = forms.BooleanField(label=_("Nhắc đúng ngày đến hạn"), required=False)
    overdue_every_days = forms.IntegerField(
        label=_("Khi quá hạn, nhắc lại sau mỗi (ngày)"), min_value=1, max_value=90
    )
    escalate_after_days = forms.IntegerField(
        label=_("Báo lãnh đạo và cơ quan cấp trên khi quá hạn (ngày)"), min_value=1, max_value=365
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("save", _("Lưu")))

    def clean_days_before(self):
        raw = self.cleaned_data["days_before"].replace(";", ",")
        try:
            days = sorted({int(part) for part in raw.split(",") if part.strip()}, reverse=True)
        except ValueError as exc:
            raise forms.ValidationError(_("Nhập các số ngày, ví dụ: 7, 1")) from exc
        if any(d < 1 or d > 365 for d in days):
            raise forms.ValidationError(_("Mỗi số ngày từ 1 đến 365."))
        return days


class PreferenceForm(forms.Form):
    channel = forms.ChoiceField(label=_("Nhận thông báo qua"), choices=Channel.choices)
    daily_digest = forms.BooleanField(
        label=_("Gộp thư nhắc thành một thư mỗi sáng"), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("save", _("Lưu")))
