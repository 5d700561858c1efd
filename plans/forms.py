from crispy_forms.helper import FormHelper
from crispy_forms.layout import Column, Layout, Row, Submit
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.text import nfc
from organizations.models import Membership, Organization

from .enums import DraftSource, PlanStatus, TaskStatus, TimingKind
from .models import Plan, Section, Task
from .services.tasks import MAX_TASK_LENGTH


def clean_markup(text):
    """NFC, Word bullets (•, –) turned into our '- ' bullets, trailing spaces dropped."""
    lines = []
    for line in nfc(text or "").splitlines():
        stripped = line.strip()
        if stripped[:1] in "•–—▪●◦" and len(stripped) > 1:
            stripped = "- " + stripped[1:].lstrip()
        lines.append(stripped)
    return "\n".join(lines).strip()


class VersionedForm(forms.ModelForm):
    """Carries the version the user loaded, for the compare-and-set in the service."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["version"] = self.instance.version


class PlanCreateForm(forms.Form):
    source = forms.ChoiceField(
        label=_("Cách tạo"),
        choices=DraftSource.choices,
        widget=forms.RadioSelect,
        initial=DraftSource.SKELETON,
    )
    year = forms.IntegerField(label=_("Năm kế hoạch"), min_value=2000, max_value=2100)
    title = forms.CharField(
        label=_("Trích yếu"),
        max_length=500,
        required=False,
        help_text=_("Để trống: “Công tác thi đua, khen thưởng năm …”"),
    )
    previous = forms.ModelChoiceField(
        label=_("Kế hoạch năm trước để sao chép"), queryset=Plan.objects.none(), required=False
    )
    superior_plan = forms.ModelChoiceField(
        label=_("Kế hoạch của cấp trên"), queryset=Plan.objects.none(), required=False
    )

    def __init__(self, *args, own_plans, superior_plans, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].initial = timezone.localdate().year
        self.fields["previous"].queryset = own_plans
        self.fields["superior_plan"].queryset = superior_plans
        self.fields["previous"].label_from_instance = lambda p: (
            f"{p.year} · {p.number_symbol or 'dự thảo'} · {p.title}"
        )
        self.fields["superior_plan"].label_from_instance = lambda p: (
            f"{p.number_symbol} · {p.organization.name} · {p.title}"
        )
        self.helper = FormHelper()
        self.helper.layout = Layout(
            "source",
            Row(Column("year"), Column("title")),
            "previous",
            "superior_plan",
            Submit("create", _("Tạo dự thảo")),
        )

    def clean(self):
        cleaned = super().clean()
        source = cleaned.get("source")
        if source == DraftSource.COPY and not cleaned.get("previous"):
            self.add_error("previous", _("Hãy chọn kế hoạch năm trước để sao chép."))
        if source == DraftSource.SUPERIOR and not cleaned.get("superior_plan"):
            self.add_error("superior_plan", _("Hãy chọn kế hoạch của cấp trên."))
        if cleaned.get("title"):
            cleaned["title"] = nfc(cleaned["title"]).strip()
        return cleaned


class SuperiorTasksForm(forms.Form):
    tasks = forms.ModelMultipleChoiceField(
        label=_("Nhiệm vụ áp dụng cho đơn vị"),
        queryset=Task.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=True,
        error_messages={"required": _("Hãy chọn ít nhất một nhiệm vụ.")},
    )

    def __init__(self, *args, superior_plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tasks"].queryset = superior_plan.tasks.order_by("order")
        self.fields["tasks"].label_from_instance = lambda t: (
            f"{t.order}. {t.content[:200]} ({t.timing_display})"
        )
        self.helper = FormHelper()
        self.helper.layout = Layout("tasks", Submit("create", _("Tạo kế hoạch thực hiện")))


class PlanHeaderForm(VersionedForm):
    class Meta:
        model = Plan
        fields = [
            "title",
            "year",
            "place",
            "period_start",
            "period_end",
            "appendix_title",
            "recipients",
        ]
        widgets = {
            "recipients": forms.Textarea(attrs={"rows": 5}),
            "period_start": forms.DateInput(attrs={"placeholder": "dd/mm/yyyy"}),
            "period_end": forms.DateInput(attrs={"placeholder": "dd/mm/yyyy"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(
            "title",
            Row(Column("year"), Column("place")),
            Row(Column("period_start"), Column("period_end")),
            "appendix_title",
            "recipients",
            "version",
        )

    def clean_recipients(self):
        lines = []
        for line in clean_markup(self.cleaned_data["recipients"]).splitlines():
            line = line.strip().lstrip("-").strip().rstrip(";.").strip()
            if line:
                lines.append(line)
        return "\n".join(lines)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("period_start"), cleaned.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", _("Thời gian kết thúc phải sau thời gian bắt đầu."))
        return cleaned


class SectionForm(VersionedForm):
    class Meta:
        model = Section
        fields = ["heading", "body", "holds_tasks"]
        widgets = {"body": forms.Textarea(attrs={"rows": 8})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].help_text = _(
            "Đoạn văn cách nhau một dòng trống; dòng bắt đầu bằng “- ” là gạch đầu dòng; "
            "“1. ”, “a) ” là mục; *nghiêng*, **đậm**."
        )
        self.helper = FormHelper()
        self.helper.form_tag = False

    def clean_heading(self):
        heading = nfc(self.cleaned_data["heading"]).strip()
        if not heading:
            raise forms.ValidationError(_("Tiêu đề phần không được để trống."))
        return heading

    def clean_body(self):
        return clean_markup(self.cleaned_data["body"])


class TaskForm(VersionedForm):
    lead_units = forms.ModelMultipleChoiceField(
        label=_("Đơn vị chủ trì"), queryset=Organization.objects.none(), required=False
    )
    co_units = forms.ModelMultipleChoiceField(
        label=_("Đơn vị phối hợp"), queryset=Organization.objects.none(), required=False
    )

    class Meta:
        model = Task
        fields = [
            "content",
            "timing_kind",
            "quarter",
            "month_from",
            "month_to",
            "deadline",
            "timing_text",
            "lead_units_text",
            "co_units_text",
        ]
        widgets = {
            "content": forms.Textarea(attrs={"rows": 4}),
            "lead_units_text": forms.Textarea(attrs={"rows": 2}),
            "co_units_text": forms.Textarea(attrs={"rows": 2}),
            "deadline": forms.DateInput(attrs={"placeholder": "dd/mm/yyyy"}),
            "quarter": forms.Select(
                choices=[("", "—"), (1, "I"), (2, "II"), (3, "III"), (4, "IV")]
            ),
        }
        help_texts = {
            "lead_units_text": _("Cơ quan ngoài hệ thống, mỗi dòng một đơn vị"),
            "co_units_text": _("Cơ quan ngoài hệ thống, mỗi dòng một đơn vị"),
            "timing_text": _("Để trống để hệ thống tự ghi, ví dụ “Quý II”, “Tháng 5, 6”"),
        }

    def __init__(self, *args, units, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.plan = plan
        self.fields["content"].error_messages["required"] = _(
            "Nội dung nhiệm vụ không được để trống."
        )
        self.fields["lead_units"].queryset = units
        self.fields["co_units"].queryset = units
        if self.instance.pk and not self.is_bound:
            self.initial["lead_units"] = list(self.instance.lead_units.all())
            self.initial["co_units"] = list(self.instance.co_units.all())
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(
            "content",
            Row(
                Column("timing_kind"),
                Column("quarter"),
                Column("month_from"),
                Column("month_to"),
                Column("deadline"),
            ),
            "timing_text",
            Row(Column("lead_units"), Column("co_units")),
            Row(Column("lead_units_text"), Column("co_units_text")),
            "version",
        )

    def clean_content(self):
        content = clean_markup(self.cleaned_data["content"])
        if not content:
            raise forms.ValidationError(_("Nội dung nhiệm vụ không được để trống."))
        if len(content) > MAX_TASK_LENGTH:
            raise forms.ValidationError(
                _("Nội dung quá dài (%(n)d ký tự, tối đa %(max)d). Hãy tách thành nhiều nhiệm vụ.")
                % {"n": len(content), "max": MAX_TASK_LENGTH}
            )
        return content

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("timing_kind")
        month_from, month_to = cleaned.get("month_from"), cleaned.get("month_to")
        for name in ("month_from", "month_to"):
            value = cleaned.get(name)
            if value is not None and not 1 <= value <= 12:
                self.add_error(name, _("Tháng phải từ 1 đến 12."))
        if kind == TimingKind.QUARTER and not cleaned.get("quarter"):
            self.add_error("quarter", _("Hãy chọn quý."))
        if kind == TimingKind.MONTHS and not month_from:
            self.add_error("month_from", _("Hãy nhập tháng bắt đầu."))
        if month_from and month_to and month_to < month_from:
            self.add_error("month_to", _("Tháng kết thúc phải sau tháng bắt đầu."))
        if kind == TimingKind.DATE:
            deadline = cleaned.get("deadline")
            if not deadline:
                self.add_error("deadline", _("Hãy nhập hạn hoàn thành (dd/mm/yyyy)."))
            elif deadline.year not in (self.plan.year, self.plan.year + 1):
                self.add_error(
                    "deadline", _("Hạn phải nằm trong năm %d của kế hoạch.") % self.plan.year
                )
        for name in ("lead_units_text", "co_units_text", "timing_text"):
            cleaned[name] = clean_markup(cleaned.get(name, ""))
        return cleaned


class ReturnForm(forms.Form):
    reason = forms.CharField(label=_("Lý do trả lại"), widget=forms.Textarea(attrs={"rows": 3}))


class IssueForm(forms.Form):
    signer = forms.ModelChoiceField(label=_("Người ký"), queryset=Membership.objects.none())

    def __init__(self, *args, leaders, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["signer"].queryset = leaders
        self.fields["signer"].label_from_instance = lambda m: (
            f"{m.user.display_name} — {m.position or 'Lãnh đạo'}"
        )


class ProgressReportForm(forms.Form):
    unit = forms.ModelChoiceField(
        label=_("Báo cáo cho đơn vị"), queryset=Organization.objects.none()
    )
    percent = forms.IntegerField(label=_("Tiến độ (%)"), min_value=0, max_value=100)
    text = forms.CharField(label=_("Nội dung báo cáo"), widget=forms.Textarea(attrs={"rows": 4}))
    completed_on = forms.DateField(
        label=_("Ngày hoàn thành"),
        required=False,
        widget=forms.DateInput(attrs={"placeholder": "dd/mm/yyyy"}),
    )
    evidence = forms.FileField(
        label=_("Tệp minh chứng (PDF, ảnh, Word, Excel; tối đa 20 MB)"), required=False
    )

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units
        if units.count() == 1:
            self.fields["unit"].initial = units.first()
        self.helper = FormHelper()
        self.helper.layout = Layout(
            Row(Column("unit"), Column("percent"), Column("completed_on")),
            "text",
            "evidence",
            Submit("report", _("Gửi báo cáo")),
        )

    def clean_text(self):
        return clean_markup(self.cleaned_data["text"])

    def clean(self):
        cleaned = super().clean()
        done = cleaned.get("completed_on")
        if cleaned.get("percent") == 100 and not done:
            self.add_error("completed_on", _("Nhiệm vụ hoàn thành 100% cần có ngày hoàn thành."))
        if done and done > timezone.localdate():
            self.add_error("completed_on", _("Ngày hoàn thành không thể ở tương lai."))
        return cleaned


class PlanFilterForm(forms.Form):
    q = forms.CharField(label=_("Tìm kiếm"), required=False)
    year = forms.TypedChoiceField(label=_("Năm"), required=False, coerce=int, empty_value=None)
    status = forms.ChoiceField(
        label=_("Trạng thái"), required=False, choices=[("", _("Tất cả"))] + PlanStatus.choices
    )
    issuer = forms.ModelChoiceField(
        label=_("Cơ quan ban hành"),
        required=False,
        queryset=Organization.objects.none(),
        empty_label=_("Tất cả"),
    )

    def __init__(self, *args, years, issuers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [("", _("Tất cả"))] + [
            (y, y) for y in sorted(set(years), reverse=True)
        ]
        self.fields["issuer"].queryset = issuers


class TaskBoardFilterForm(forms.Form):
    q = forms.CharField(label=_("Tìm kiếm"), required=False)
    quarter = forms.ChoiceField(
        label=_("Quý"),
        required=False,
        choices=[
            ("", _("Tất cả")),
            ("1", "I"),
            ("2", "II"),
            ("3", "III"),
            ("4", "IV"),
            ("regular", _("Thường xuyên")),
        ],
    )
    status = forms.ChoiceField(
        label=_("Tình trạng"), required=False, choices=[("", _("Tất cả"))] + TaskStatus.choices
    )
    unit = forms.ModelChoiceField(
        label=_("Đơn vị thực hiện"),
        required=False,
        queryset=Organization.objects.none(),
        empty_label=_("Tất cả"),
    )
    mine = forms.BooleanField(label=_("Việc của đơn vị tôi"), required=False)
    overdue = forms.BooleanField(label=_("Chỉ việc quá hạn"), required=False)
    year = forms.IntegerField(label=_("Năm"), required=False, min_value=2000, max_value=2100)

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units


class PlanImportForm(forms.Form):
    file = forms.FileField(label=_("Tệp kế hoạch (.docx hoặc .txt)"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.layout = Layout("file", Submit("read", _("Đọc tệp")))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > 10 * 1024 * 1024:
            raise forms.ValidationError(_("Tệp quá lớn (tối đa 10 MB)."))
        return upload
