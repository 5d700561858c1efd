import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.text import fold, nfc

from ..enums import (
    AwardType,
    Discipline,
    Gender,
    InitiativeKind,
    InitiativeLevel,
    Rating,
    RecordSource,
)
from .catalogue import AwardKind

NATIONAL_ID = re.compile(r"^\d{12}$")


def validate_national_id(value):
    if value and not NATIONAL_ID.match(value):
        raise ValidationError(_("Số CCCD/định danh cá nhân phải gồm đúng 12 chữ số."))


def name_key(value):
    """Folded name with single spaces: the key duplicates are found by."""
    return " ".join(fold(value).split())


class Person(models.Model):
    """Cá nhân được khen thưởng hoặc đề nghị khen thưởng, with an award history."""

    full_name = models.CharField(_("họ và tên"), max_length=150)
    gender = models.CharField(_("giới tính"), max_length=5, choices=Gender.choices, blank=True)
    birth_date = models.DateField(_("ngày sinh"), null=True, blank=True)
    position = models.CharField(_("chức vụ"), max_length=200, blank=True)
    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("đơn vị công tác"),
        on_delete=models.PROTECT,
        related_name="award_persons",
    )
    national_id = models.CharField(
        _("số CCCD"), max_length=12, blank=True, validators=[validate_national_id]
    )
    phone = models.CharField(_("điện thoại"), max_length=20, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    under_investigation = models.BooleanField(
        _("đang bị xem xét kỷ luật, thanh tra, khiếu nại"), default=False
    )
    name_key = models.CharField(max_length=150, editable=False, db_index=True, default="")
    search_text = models.TextField(editable=False, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("cá nhân")
        verbose_name_plural = _("cá nhân")
        ordering = ["name_key", "id"]
        indexes = [models.Index(fields=["national_id"], name="person_national_id")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(national_id="") | models.Q(national_id__regex=r"^[0-9]{12}$"),
                name="person_national_id_12_digits",
            )
        ]

    def __str__(self):
        return self.full_name

    def save(self, *args, **kwargs):
        self.prepare()
        super().save(*args, **kwargs)

    def prepare(self):
        """Normalise text and derive the search columns (also used before bulk_create)."""
        self.full_name = " ".join(nfc(self.full_name).split())
        self.position = nfc(self.position).strip()
        self.national_id = (self.national_id or "").strip()
        self.name_key = name_key(self.full_name)
        self.search_text = fold(f"{self.full_name} {self.position} {self.national_id}")


class Collective(models.Model):
    """Tập thể: a whole organisation, or a named group inside one (tổ, phòng, khoa)."""

    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("thuộc đơn vị"),
        on_delete=models.PROTECT,
        related_name="award_collectives",
    )
    name = models.CharField(
        _("tên tập thể"),
        max_length=255,
        blank=True,
        help_text=_("Để trống nếu tập thể là chính đơn vị"),
    )
    members = models.ManyToManyField(
        Person, verbose_name=_("thành viên"), related_name="collectives", blank=True
    )
    search_text = models.TextField(editable=False, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("tập thể")
        verbose_name_plural = _("tập thể")
        ordering = ["organization__path", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "name"], name="collective_unique_name_in_unit"
            )
        ]

    def __str__(self):
        return self.display_name

    def save(self, *args, **kwargs):
        self.name = nfc(self.name).strip()
        self.search_text = fold(f"{self.name} {self.organization.name}")
        super().save(*args, **kwargs)

    @property
    def display_name(self):
        return self.name or self.organization.name


def _one_holder(prefix):
    return models.CheckConstraint(
        condition=(models.Q(person__isnull=False) & models.Q(collective__isnull=True))
        | (models.Q(person__isnull=True) & models.Q(collective__isnull=False)),
        name=f"{prefix}_person_xor_collective",
    )


class HolderMixin(models.Model):
    """A record that belongs to a person or to a collective, never both."""

    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.CASCADE, related_name="%(class)ss"
    )
    collective = models.ForeignKey(
        Collective, null=True, blank=True, on_delete=models.CASCADE, related_name="%(class)ss"
    )

    class Meta:
        abstract = True

    @property
    def holder(self):
        return self.person or self.collective

    def clean(self):
        if bool(self.person_id) == bool(self.collective_id):
            raise ValidationError(_("Chọn một cá nhân hoặc một tập thể."))


class AwardRecord(HolderMixin):
    """Danh hiệu, hình thức đã được tặng (quá trình khen thưởng)."""

    award = models.ForeignKey(
        AwardKind, verbose_name=_("danh hiệu, hình thức"), on_delete=models.PROTECT
    )
    year = models.PositiveSmallIntegerField(_("năm"))
    award_type = models.CharField(
        _("loại hình"), max_length=20, choices=AwardType.choices, default=AwardType.ACHIEVEMENT
    )
    deciding_office = models.CharField(_("cơ quan quyết định"), max_length=255, blank=True)
    decision_number = models.CharField(_("số quyết định"), max_length=50, blank=True)
    decision_date = models.DateField(_("ngày quyết định"), null=True, blank=True)
    source = models.CharField(
        _("nguồn"), max_length=20, choices=RecordSource.choices, default=RecordSource.OUTSIDE
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("khen thưởng đã nhận")
        verbose_name_plural = _("quá trình khen thưởng")
        ordering = ["-year", "award__rank"]
        constraints = [
            _one_holder("awardrecord"),
            models.CheckConstraint(
                condition=models.Q(year__gte=1945) & models.Q(year__lte=2100),
                name="awardrecord_year_range",
            ),
        ]

    def __str__(self):
        return f"{self.award} {self.year}"


class YearRating(HolderMixin):
    """Kết quả xếp loại, đánh giá của một năm (và kỷ luật trong năm, nếu có)."""

    year = models.PositiveSmallIntegerField(_("năm"))
    rating = models.CharField(_("xếp loại"), max_length=4, choices=Rating.choices)
    in_emulation = models.BooleanField(_("tham gia phong trào thi đua"), null=True, default=True)
    maternity_leave = models.BooleanField(_("có nghỉ thai sản"), default=False)
    discipline = models.CharField(
        _("kỷ luật trong năm"), max_length=20, choices=Discipline.choices, blank=True
    )

    class Meta:
        verbose_name = _("xếp loại năm")
        verbose_name_plural = _("xếp loại năm")
        ordering = ["-year"]
        constraints = [
            _one_holder("yearrating"),
            models.UniqueConstraint(
                fields=["person", "year"],
                condition=models.Q(person__isnull=False),
                name="yearrating_one_per_person_year",
            ),
            models.UniqueConstraint(
                fields=["collective", "year"],
                condition=models.Q(collective__isnull=False),
                name="yearrating_one_per_collective_year",
            ),
        ]

    def __str__(self):
        return f"{self.year}: {self.rating}"


class Initiative(models.Model):
    """Sáng kiến, đề tài, giải pháp đã được công nhận."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="initiatives")
    title = models.CharField(_("tên sáng kiến, đề tài"), max_length=500)
    kind = models.CharField(
        _("loại"), max_length=20, choices=InitiativeKind.choices, default=InitiativeKind.INITIATIVE
    )
    level = models.CharField(_("cấp công nhận"), max_length=20, choices=InitiativeLevel.choices)
    year = models.PositiveSmallIntegerField(_("năm công nhận"))
    recognised_by = models.CharField(_("cơ quan công nhận"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("sáng kiến, đề tài")
        verbose_name_plural = _("sáng kiến, đề tài")
        ordering = ["-year", "title"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.title = nfc(self.title).strip()
        super().save(*args, **kwargs)


class DisciplinePeriod(models.Model):
    """Thời gian chịu kỷ luật: khen thưởng tạm dừng, thành tích tính từ khi hết kỷ luật."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="discipline_periods")
    discipline = models.CharField(_("hình thức kỷ luật"), max_length=20, choices=Discipline.choices)
    starts_on = models.DateField(_("từ ngày"))
    ends_on = models.DateField(_("đến ngày"))
    decision_number = models.CharField(_("số quyết định"), max_length=50, blank=True)

    class Meta:
        verbose_name = _("thời gian kỷ luật")
        verbose_name_plural = _("thời gian kỷ luật")
        ordering = ["-starts_on"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="disciplineperiod_valid_range",
            )
        ]

    def __str__(self):
        return f"{self.get_discipline_display()} {self.starts_on:%d/%m/%Y}–{self.ends_on:%d/%m/%Y}"


class PersonMerge(models.Model):
    """Record of a merge of duplicate persons: who was folded into whom, with what."""

    kept = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="merges")
    removed_id = models.PositiveBigIntegerField(_("mã người bị gộp"))
    removed_snapshot = models.JSONField(_("thông tin người bị gộp"))
    moved = models.JSONField(_("số bản ghi đã chuyển"), default=dict)
    merged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    merged_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("lần gộp hồ sơ cá nhân trùng")
        verbose_name_plural = _("gộp hồ sơ cá nhân trùng")
        ordering = ["-merged_at"]

    def __str__(self):
        return f"{self.removed_snapshot.get('full_name')} → {self.kept}"
