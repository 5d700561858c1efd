"""The dossier workflow: draft → (public posting) → sent → received or returned →
appraisal → waiting for the council (whose vote is the next stage of the process)."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from ..enums import EDITABLE_STATUSES, DossierStatus
from ..models import Dossier, DossierEvent, DossierNominee
from ..selectors import dossier_completeness
from .obligations import dossier_obligation_sync

DEFAULT_POSTING_DAYS = 5  # Law Art 84.5 leaves the length to the unit; configurable


def posting_days():
    return getattr(settings, "AWARDS_PUBLIC_POSTING_DAYS", DEFAULT_POSTING_DAYS)


def _log(dossier, *, by, action, from_status, note=""):
    DossierEvent.objects.create(
        dossier=dossier,
        actor=by,
        action=action,
        from_status=from_status,
        to_status=dossier.status,
        note=note,
    )


def _locked(dossier, allowed, doing):
    """The dossier re-read under a row lock, refused unless in one of ``allowed`` states."""
    locked = Dossier.objects.select_for_update().get(pk=dossier.pk)
    if locked.status not in allowed:
        raise ValidationError(
            _("Không thể %(doing)s: hồ sơ đang ở trạng thái “%(status)s”.")
            % {"doing": doing, "status": locked.get_status_display()}
        )
    return locked


def _require_editable(dossier):
    if dossier.status not in EDITABLE_STATUSES:
        raise ValidationError(
            _("Hồ sơ ở trạng thái “%s” không sửa được.") % dossier.get_status_display()
        )


@transaction.atomic
def dossier_create(*, organization, recipient, title, year, track, by, number=""):
    dossier = Dossier(
        organization=organization,
        recipient=recipient,
        title=title,
        year=year,
        track=track,
        number=number,
        created_by=by,
    )
    dossier.full_clean(exclude=["created_by"])
    dossier.save()
    _log(dossier, by=by, action="create", from_status="")
    return dossier


@transaction.atomic
def dossier_update(*, dossier, by, **fields):
    dossier = _locked(dossier, EDITABLE_STATUSES, _("sửa hồ sơ"))
    for name, value in fields.items():
        setattr(dossier, name, value)
    dossier.full_clean()
    dossier.save()
    return dossier


@transaction.atomic
def dossier_add_nominee(*, dossier, by, award, person=None, collective=None, **claims):
    dossier = _locked(dossier, EDITABLE_STATUSES, _("thêm người được đề nghị"))
    if (person is None) == (collective is None):
        raise ValidationError(_("Chọn một cá nhân hoặc một tập thể."))
    if person is not None and not award.for_individual:
        raise ValidationError(_("“%s” không xét cho cá nhân.") % award.name)
    if collective is not None and not (award.for_collective or award.for_household):
        raise ValidationError(_("“%s” không xét cho tập thể.") % award.name)
    duplicate = dossier.lines.filter(award=award, person=person, collective=collective)
    if duplicate.exists():
        raise ValidationError(
            _("%(who)s đã có trong danh sách đề nghị %(award)s.")
            % {
                "who": person or collective,
                "award": award.name,
            }
        )
    last = dossier.lines.aggregate(m=Max("position"))["m"] or 0
    line = DossierNominee(
        dossier=dossier, award=award, person=person, collective=collective, position=last + 1
    )
    for name, value in claims.items():
        setattr(line, name, value)
    line.full_clean()
    line.save()
    return line


@transaction.atomic
def dossier_remove_nominee(*, line, by):
    _locked(line.dossier, EDITABLE_STATUSES, _("xóa khỏi danh sách"))
    for attached in line.files.all():
        attached.file.delete(save=False)
    line.delete()


@transaction.atomic
def dossier_post_publicly(*, dossier, by, starts_on=None, days=None):
    """Niêm yết công khai danh sách đề nghị (Law Art 84.5) for ``days`` days."""
    dossier = _locked(dossier, EDITABLE_STATUSES, _("niêm yết công khai"))
    if not dossier.lines.exists():
        raise ValidationError(_("Danh sách đề nghị chưa có ai để niêm yết."))
    days = days or posting_days()
    if days < 1:
        raise ValidationError(_("Số ngày niêm yết phải từ 1 trở lên."))
    from_status = dossier.status
    dossier.posted_from = starts_on or timezone.localdate()
    dossier.posted_until = dossier.posted_from + timedelta(days=days - 1)
    dossier.status = DossierStatus.POSTING
    dossier.save(update_fields=["posted_from", "posted_until", "status", "updated_at"])
    note = _("Niêm yết từ ngày %(a)s đến hết ngày %(b)s") % {
        "a": f"{dossier.posted_from:%d/%m/%Y}",
        "b": f"{dossier.posted_until:%d/%m/%Y}",
    }
    _log(dossier, by=by, action="post", from_status=from_status, note=note)
    return dossier


@transaction.atomic
def dossier_send(*, dossier, by, on=None):
    """Gửi hồ sơ lên cấp trên: only complete, and not before the public posting ends."""
    allowed = EDITABLE_STATUSES | {DossierStatus.POSTING}
    dossier = _locked(dossier, allowed, _("gửi hồ sơ"))
    today = on or timezone.localdate()
    if dossier.status == DossierStatus.POSTING and today <= dossier.posted_until:
        raise ValidationError(
            _(
                "Chưa hết thời gian niêm yết công khai danh sách đề nghị (đến hết ngày %s); "
                "chưa thể gửi hồ sơ."
            )
            % f"{dossier.posted_until:%d/%m/%Y}"
        )
    if not dossier.lines.exists():
        raise ValidationError(_("Danh sách đề nghị chưa có ai."))
    problems = [
        m for form in dossier_completeness(dossier=dossier, on=today) for m in form.messages()
    ]
    if problems:
        raise ValidationError([_("Hồ sơ chưa đầy đủ:")] + problems)
    from_status = dossier.status
    dossier.status = DossierStatus.SENT
    dossier.sent_at = timezone.now()
    dossier.return_reason = ""
    dossier.save(update_fields=["status", "sent_at", "return_reason", "updated_at"])
    _log(dossier, by=by, action="send", from_status=from_status)
    dossier_obligation_sync(dossier=dossier)
    return dossier


@transaction.atomic
def dossier_receive(*, dossier, by):
    dossier = _locked(dossier, {DossierStatus.SENT}, _("tiếp nhận hồ sơ"))
    dossier.status = DossierStatus.RECEIVED
    dossier.received_at = timezone.now()
    dossier.save(update_fields=["status", "received_at", "updated_at"])
    _log(dossier, by=by, action="receive", from_status=DossierStatus.SENT)
    dossier_obligation_sync(dossier=dossier)
    return dossier


@transaction.atomic
def dossier_return(*, dossier, by, reason):
    allowed = {DossierStatus.SENT, DossierStatus.RECEIVED, DossierStatus.APPRAISING}
    dossier = _locked(dossier, allowed, _("trả lại hồ sơ"))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Phải ghi lý do trả lại hồ sơ."))
    from_status = dossier.status
    dossier.status = DossierStatus.RETURNED
    dossier.return_reason = reason
    dossier.save(update_fields=["status", "return_reason", "updated_at"])
    _log(dossier, by=by, action="return", from_status=from_status, note=reason)
    dossier_obligation_sync(dossier=dossier)
    return dossier


@transaction.atomic
def dossier_start_appraisal(*, dossier, by, notes=""):
    """Bắt đầu thẩm định (the recipient's TĐKT office checks the file)."""
    dossier = _locked(dossier, {DossierStatus.RECEIVED}, _("thẩm định hồ sơ"))
    dossier.status = DossierStatus.APPRAISING
    dossier.appraisal_notes = (notes or "").strip()
    dossier.save(update_fields=["status", "appraisal_notes", "updated_at"])
    _log(dossier, by=by, action="appraise", from_status=DossierStatus.RECEIVED, note=notes)
    return dossier


@transaction.atomic
def dossier_submit_to_council(*, dossier, by, notes):
    """Kết thúc thẩm định, trình Hội đồng: the dossier then waits for the council's vote."""
    dossier = _locked(dossier, {DossierStatus.APPRAISING}, _("trình Hội đồng"))
    notes = (notes or "").strip()
    if not notes:
        raise ValidationError(_("Phải ghi ý kiến thẩm định trước khi trình Hội đồng."))
    dossier.status = DossierStatus.AWAITING_COUNCIL
    dossier.appraisal_notes = notes
    dossier.save(update_fields=["status", "appraisal_notes", "updated_at"])
    _log(dossier, by=by, action="to_council", from_status=DossierStatus.APPRAISING, note=notes)
    dossier_obligation_sync(dossier=dossier)
    return dossier
