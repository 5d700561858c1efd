from crispy_forms.helper import FormHelper
from crispy_forms.layout import Column, Layout, Row, Submit
from django import forms
from django.utils.translation import gettext_lazy as _

from core.text import nfc

from .enums import Kind, Level
from .models import Organization


class OrganizationForm(forms.ModelForm):
    class Meta:
        model = Organization
        fields = [
            "name",
            "parent",
            "level",
            "kind",
            "header_parent",
            "header_name",
            "abbreviation",
            "place_name",
            "valid_from",
            "valid_to",
            "successor",
        ]
        widgets = {
            "header_name": forms.Textarea(attrs={"rows": 2}),
            "valid_from": forms.DateInput(attrs={"placeholder": "dd/mm/yyyy"}),
            "valid_to": forms.DateInput(attrs={"placeholder": "dd/mm/yyyy"}),
        }

    def __init__(self, *args, subtree, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = subtree
        self.fields["parent"].required = True
        self.fields["successor"].queryset = Organization.objects.filter(valid_to__isnull=True)
        self.helper = FormHelper()
        self.helper.layout = Layout(
            "name",
            Row(Column("parent"), Column("level"), Column("kind")),
            Row(Column("header_parent"), Column("header_name")),
            Row(Column("abbreviation"), Column("place_name")),
            Row(Column("valid_from"), Column("valid_to"), Column("successor")),
            Submit("save", _("Lưu")),
        )

    def clean(self):
        cleaned = super().clean()
        for name in ("name", "header_name", "header_parent", "abbreviation", "place_name"):
            if cleaned.get(name):
                cleaned[name] = nfc(cleaned[name]).strip()
        lines = [line for line in (cleaned.get("header_name") or "").splitlines() if line.strip()]
        if len(lines) > 2:
            self.add_error("header_name", _("Tên in trên văn bản chỉ gồm một hoặc hai dòng."))
        start, end = cleaned.get("valid_from"), cleaned.get("valid_to")
        if start and end and end < start:
            self.add_error("valid_to", _("Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực."))
        if cleaned.get("successor") and not end:
            self.add_error("valid_to", _("Đơn vị có đơn vị kế thừa phải có ngày hết hiệu lực."))
        parent = cleaned.get("parent")
        if self.instance.pk and parent and f"/{self.instance.pk}/" in parent.path:
            self.add_error(
                "parent", _("Không thể chọn chính đơn vị này hoặc đơn vị cấp dưới làm cấp trên.")
            )
        return cleaned


class OrganizationFilterForm(forms.Form):
    q = forms.CharField(label=_("Tìm kiếm"), required=False)
    level = forms.ChoiceField(
        label=_("Cấp"), required=False, choices=[("", _("Tất cả"))] + Level.choices
    )
    kind = forms.ChoiceField(
        label=_("Loại"), required=False, choices=[("", _("Tất cả"))] + Kind.choices
    )


class OrganizationImportForm(forms.Form):
    file = forms.FileField(label=_("Tệp CSV hoặc Excel (.xlsx)"))
    dry_run = forms.BooleanField(label=_("Chỉ kiểm tra, không ghi"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.layout = Layout("file", "dry_run", Submit("import", _("Nhập danh sách")))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > 5 * 1024 * 1024:
            raise forms.ValidationError(_("Tệp quá lớn (tối đa 5 MB)."))
        if not upload.name.lower().endswith((".csv", ".xlsx")):
            raise forms.ValidationError(_("Chỉ nhận tệp .csv hoặc .xlsx."))
        return upload
