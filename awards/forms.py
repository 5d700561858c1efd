from crispy_forms.helper import FormHelper
from crispy_forms.layout import Column, Layout, Row, Submit
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.text import nfc
from organizations.models import Organization

from .enums import (
    AwardType,
    Beneficiary,
    Category,
    DossierPart,
    DossierStatus,
    Gender,
)
from .models import (
    AwardKind,
    AwardRecord,
    Collective,
    DisciplinePeriod,
    Dossier,
    Initiative,
    Person,
    YearRating,
)
from .services.dossiers import posting_days
from .spreadsheets import COLLECTIVE, INDIVIDUAL

ALL = [("", _("Tất cả"))]
SAVE = _("Lưu")
CONFIRM = _("Xác nhận")
DATE = forms.DateInput(attrs={"placeholder": "dd/mm/yyyy"}, format="%d/%m/%Y")


def _helper(*fields, submit=SAVE):
    helper = FormHelper()
    helper.layout = Layout(*fields, Submit("save", submit))
    return helper


class DossierFilterForm(forms.Form):
    q = forms.CharField(label=_("Tìm kiếm"), required=False)
    status = forms.ChoiceField(
        label=_("Trạng thái"), required=False, choices=ALL + DossierStatus.choices
    )
    year = forms.IntegerField(label=_("Năm"), required=False, min_value=1945, max_value=2100)
    track = forms.ChoiceField(label=_("Loại hình"), required=False, choices=ALL + AwardType.choices)


def superiors_of(organization):
    """Where a dossier may be sent: the organisations above this one (or any other, at the top)."""
    ids = [int(pk) for pk in organization.path.strip("/").split("/") if pk]
    above = Organization.objects.filter(pk__in=ids).exclude(pk=organization.pk)
    if above.exists():
        return above.order_by("-path")
    return Organization.objects.exclude(pk=organization.pk).filter(valid_to__isnull=True)


class DossierForm(forms.ModelForm):
    class Meta:
        model = Dossier
        fields = ["title", "recipient", "track", "year", "number"]

    def __init__(self, *args, organization, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["recipient"].queryset = superiors_of(organization)
        self.helper = _helper(
            "title",
            Row(Column("recipient"), Column("track")),
            Row(Column("year"), Column("number")),
        )

    def clean_title(self):
        return nfc(self.cleaned_data["title"]).strip()


class LineForm(forms.Form):
    person = forms.ModelChoiceField(
        label=_("Cá nhân"), queryset=Person.objects.none(), required=False
    )
    collective = forms.ModelChoiceField(
        label=_("hoặc tập thể"), queryset=Collective.objects.none(), required=False
    )
    award = forms.ModelChoiceField(
        label=_("Danh hiệu, hình thức đề nghị"), queryset=AwardKind.objects.none()
    )
    achievement = forms.CharField(
        label=_("Tóm tắt thành tích"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    campaign_achievement = forms.BooleanField(
        label=_("Có thành tích trong phong trào thi đua"), required=False
    )
    unexpected_achievement = forms.BooleanField(label=_("Có thành tích đột xuất"), required=False)
    contribution = forms.BooleanField(label=_("Có đóng góp, cống hiến"), required=False)

    def __init__(self, *args, persons, collectives, awards, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = persons
        self.fields["collective"].queryset = collectives
        self.fields["award"].queryset = awards
        self.helper = _helper(
            Row(Column("person"), Column("collective")),
            "award",
            "achievement",
            "campaign_achievement",
            "unexpected_achievement",
            "contribution",
            submit=_("Thêm vào danh sách"),
        )

    def clean(self):
        cleaned = super().clean()
        if bool(cleaned.get("person")) == bool(cleaned.get("collective")):
            raise forms.ValidationError(_("Chọn một cá nhân hoặc một tập thể."))
        if cleaned.get("achievement"):
            cleaned["achievement"] = nfc(cleaned["achievement"]).strip()
        return cleaned


class FileForm(forms.Form):
    part = forms.ChoiceField(label=_("Thành phần hồ sơ"), choices=DossierPart.choices)
    line = forms.ModelChoiceField(
        label=_("Của người, tập thể (nếu là báo cáo thành tích, sáng kiến)"),
        queryset=None,
        required=False,
    )
    file = forms.FileField(label=_("Tệp (PDF, Word, Excel, ảnh)"))

    def __init__(self, *args, lines, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["line"].queryset = lines
        self.helper = _helper(Row(Column("part"), Column("line")), "file", submit=_("Tải lên"))
        self.helper.form_tag = True
        self.helper.attrs = {"enctype": "multipart/form-data"}


class PostForm(forms.Form):
    starts_on = forms.DateField(label=_("Niêm yết từ ngày"), widget=DATE)
    days = forms.IntegerField(label=_("Số ngày niêm yết"), min_value=1, max_value=60)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {"starts_on": timezone.localdate(), "days": posting_days()})
        super().__init__(*args, **kwargs)
        self.helper = _helper(Row(Column("starts_on"), Column("days")), submit=_("Niêm yết"))


class NoteForm(forms.Form):
    """Reason or notes that go with a step of the workflow."""

    note = forms.CharField(
        label=_("Ghi chú"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, label=None, required=False, submit=CONFIRM, **kwargs):
        super().__init__(*args, **kwargs)
        if label:
            self.fields["note"].label = label
        self.fields["note"].required = required
        self.helper = _helper("note", submit=submit)

    def clean_note(self):
        return nfc(self.cleaned_data["note"]).strip()


class ImportForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Danh sách"),
        choices=[(INDIVIDUAL, _("Cá nhân")), (COLLECTIVE, _("Tập thể"))],
        initial=INDIVIDUAL,
    )
    file = forms.FileField(label=_("Tệp Excel (.xlsx)"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = _helper(Row(Column("kind"), Column("file")), submit=_("Kiểm tra danh sách"))
        self.helper.attrs = {"enctype": "multipart/form-data"}


class ImportConfirmForm(forms.Form):
    accept_valid = forms.BooleanField(
        label=_("Bỏ qua các dòng có lỗi, chỉ nhập các dòng hợp lệ"), required=False
    )

    def __init__(self, *args, has_errors=False, **kwargs):
        super().__init__(*args, **kwargs)
        fields = ["accept_valid"] if has_errors else []
        self.helper = _helper(*fields, submit=_("Nhập vào hồ sơ"))


class PersonFilterForm(forms.Form):
    q = forms.CharField(label=_("Tìm kiếm"), required=False)
    unit = forms.ModelChoiceField(label=_("Đơn vị"), queryset=None, required=False)
    gender = forms.ChoiceField(label=_("Giới tính"), required=False, choices=ALL + Gender.choices)

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units


class PersonForm(forms.ModelForm):
    class Meta:
        model = Person
        fields = [
            "full_name",
            "gender",
            "birth_date",
            "position",
            "organization",
            "national_id",
            "phone",
            "email",
            "under_investigation",
        ]
        widgets = {"birth_date": DATE}

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = units
        self.helper = _helper(
            Row(Column("full_name"), Column("gender"), Column("birth_date")),
            Row(Column("position"), Column("organization")),
            Row(Column("national_id"), Column("phone"), Column("email")),
            "under_investigation",
        )

    def clean_full_name(self):
        return " ".join(nfc(self.cleaned_data["full_name"]).split())


class CollectiveForm(forms.ModelForm):
    class Meta:
        model = Collective
        fields = ["organization", "name", "members"]

    def __init__(self, *args, units, persons, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = units
        self.fields["members"].queryset = persons
        self.fields["members"].widget.attrs["size"] = 12
        self.helper = _helper(Row(Column("organization"), Column("name")), "members")


class CollectiveFilterForm(forms.Form):
    q = forms.CharField(label=_("Tìm kiếm"), required=False)


class YearRatingForm(forms.ModelForm):
    class Meta:
        model = YearRating
        fields = ["year", "rating", "in_emulation", "maternity_leave", "discipline"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = _helper(
            Row(Column("year"), Column("rating"), Column("discipline")),
            Row(Column("in_emulation"), Column("maternity_leave")),
        )


class AwardRecordForm(forms.ModelForm):
    class Meta:
        model = AwardRecord
        fields = [
            "award",
            "year",
            "award_type",
            "deciding_office",
            "decision_number",
            "decision_date",
            "source",
        ]
        widgets = {"decision_date": DATE}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["award"].queryset = AwardKind.objects.filter(is_active=True)
        self.helper = _helper(
            Row(Column("award"), Column("year"), Column("award_type")),
            Row(Column("deciding_office"), Column("decision_number"), Column("decision_date")),
            "source",
        )


class InitiativeForm(forms.ModelForm):
    class Meta:
        model = Initiative
        fields = ["title", "kind", "level", "year", "recognised_by"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = _helper(
            "title", Row(Column("kind"), Column("level"), Column("year")), "recognised_by"
        )


class DisciplineForm(forms.ModelForm):
    class Meta:
        model = DisciplinePeriod
        fields = ["discipline", "starts_on", "ends_on", "decision_number"]
        widgets = {"starts_on": DATE, "ends_on": DATE}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = _helper(
            Row(Column("discipline"), Column("starts_on"), Column("ends_on")), "decision_number"
        )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("starts_on"), cleaned.get("ends_on")
        if start and end and end < start:
            self.add_error("ends_on", _("Ngày kết thúc phải sau ngày bắt đầu."))
        return cleaned


class MergeForm(forms.Form):
    kept = forms.ModelChoiceField(label=_("Giữ lại"), queryset=None)
    others = forms.ModelMultipleChoiceField(label=_("Gộp vào người giữ lại"), queryset=None)

    def __init__(self, *args, persons, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kept"].queryset = persons
        self.fields["others"].queryset = persons

    def clean(self):
        cleaned = super().clean()
        kept, others = cleaned.get("kept"), cleaned.get("others")
        if kept and others is not None:
            others = [p for p in others if p.pk != kept.pk]
            if not others:
                raise forms.ValidationError(_("Chọn ít nhất một người khác để gộp."))
            cleaned["others"] = others
        return cleaned


class EligibilityFilterForm(forms.Form):
    q = forms.CharField(label=_("Tìm kiếm"), required=False)
    year = forms.IntegerField(label=_("Năm xét"), required=False, min_value=1945, max_value=2100)
    status = forms.ChoiceField(
        label=_("Trạng thái hồ sơ"), required=False, choices=ALL + DossierStatus.choices
    )
    award = forms.ModelChoiceField(
        label=_("Danh hiệu, hình thức"), queryset=AwardKind.objects.none(), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["award"].queryset = AwardKind.objects.filter(is_active=True)


class CatalogueFilterForm(forms.Form):
    q = forms.CharField(label=_("Tìm kiếm"), required=False)
    category = forms.ChoiceField(label=_("Loại"), required=False, choices=ALL + Category.choices)
    beneficiary = forms.ChoiceField(
        label=_("Đối tượng"), required=False, choices=ALL + Beneficiary.choices
    )
