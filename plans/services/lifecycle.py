from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from ..enums import EDITABLE_STATUSES, ISSUED_STATUSES, PlanStatus
from ..models import Plan, PlanEvent
from .numbering import register_next_number


class PlanStateError(Exception):
    """The plan is not in a state that allows the action; the message is for the user."""


class PlanConflictError(Exception):
    """Someone else saved the same thing since it was loaded; the message is for the user."""


def _log(plan, *, by, from_status, note=""):
    PlanEvent.objects.create(
        plan=plan, actor=by, from_status=from_status, to_status=plan.status, note=note
    )


def _require(plan, allowed, message):
    if plan.status not in allowed:
        raise PlanStateError(message)


def _lock(plan):
    """Re-read the plan under a row lock: state checks must see the committed state."""
    return Plan.objects.select_for_update().select_related("organization").get(pk=plan.pk)


def bump_version(model, *, obj, expected_version, by_field=None):
    """Compare-and-set on ``version``: raises PlanConflictError when someone saved first."""
    updated = model.objects.filter(pk=obj.pk, version=expected_version).update(
        version=F("version") + 1
    )
    if not updated:
        raise PlanConflictError(
            _(
                "Nội dung này vừa được người khác lưu trước bạn. Những gì bạn nhập vẫn còn "
                "trên màn hình: hãy sao chép lại, tải lại trang để xem bản mới rồi sửa tiếp."
            )
        )
    obj.version = expected_version + 1


@transaction.atomic
def plan_update(*, plan, by, expected_version, **fields):
    locked = _lock(plan)
    _require(locked, EDITABLE_STATUSES, _("Kế hoạch đã trình hoặc đã ban hành, không thể sửa."))
    bump_version(Plan, obj=locked, expected_version=expected_version)
    for name, value in fields.items():
        setattr(locked, name, value)
    locked.updated_by = by
    locked.save()
    return locked


@transaction.atomic
def plan_submit(*, plan, by):
    locked = _lock(plan)
    _require(locked, EDITABLE_STATUSES, _("Chỉ trình được kế hoạch đang dự thảo hoặc bị trả lại."))
    if not locked.tasks.exists() and not locked.sections.exclude(body="").exists():
        raise PlanStateError(_("Kế hoạch chưa có nội dung hoặc nhiệm vụ nào, chưa thể trình."))
    before = locked.status
    locked.status = PlanStatus.SUBMITTED
    locked.return_reason = ""
    locked.save(update_fields=["status", "return_reason", "updated_at"])
    _log(locked, by=by, from_status=before)
    return locked


@transaction.atomic
def plan_return(*, plan, by, reason):
    reason = (reason or "").strip()
    if not reason:
        raise PlanStateError(_("Cần ghi lý do trả lại để chuyên viên biết cần sửa gì."))
    locked = _lock(plan)
    _require(
        locked,
        (PlanStatus.SUBMITTED, PlanStatus.APPROVED),
        _("Chỉ trả lại được kế hoạch đang trình hoặc đã duyệt mà chưa ban hành."),
    )
    before = locked.status
    locked.status = PlanStatus.RETURNED
    locked.return_reason = reason
    locked.save(update_fields=["status", "return_reason", "updated_at"])
    _log(locked, by=by, from_status=before, note=reason)
    return locked


@transaction.atomic
def plan_approve(*, plan, by):
    locked = _lock(plan)
    _require(locked, (PlanStatus.SUBMITTED,), _("Chỉ duyệt được kế hoạch đang trình."))
    before = locked.status
    locked.status = PlanStatus.APPROVED
    locked.save(update_fields=["status", "updated_at"])
    _log(locked, by=by, from_status=before)
    return locked


COLLECTIVE_KINDS = ("ubnd", "hdnd", "dang_uy")


def signing_block(*, organization, position):
    """Authority and position lines of the signing block.

    A collective body (UBND, HĐND, Party committee) signs on behalf of the collective
    (``TM. ỦY BAN NHÂN DÂN`` / ``T/M BAN THƯỜNG VỤ``); a deputy signs for the head
    (``KT. CHỦ TỊCH`` / ``K/T BÍ THƯ``); the head of an ordinary agency signs in person.
    """
    party = organization.is_party
    upper_position = (position or "").strip().upper() or ("BÍ THƯ" if party else "CHỦ TỊCH")
    if upper_position.startswith("PHÓ "):
        return (f"{'K/T' if party else 'KT.'} {upper_position[4:]}", upper_position)
    if organization.kind in COLLECTIVE_KINDS:
        collective = "BAN THƯỜNG VỤ" if party else (organization.header_lines or [""])[0]
        return (f"{'T/M' if party else 'TM.'} {collective}", upper_position)
    return ("", upper_position)


@transaction.atomic
def plan_issue(*, plan, by, signer):
    """Give the plan its number from the register, date it today, freeze its PDF."""
    from ..documents import plan_freeze

    locked = _lock(plan)
    _require(locked, (PlanStatus.APPROVED,), _("Chỉ ban hành được kế hoạch đã được duyệt."))
    if signer.organization_id != locked.organization_id or signer.role != "leader":
        raise PlanStateError(_("Người ký phải là lãnh đạo của cơ quan ban hành."))
    organization = locked.organization
    today = timezone.localdate()
    locked.number = register_next_number(
        organization=organization, year=today.year, doc_type=locked.doc_type
    )
    separator = "/" if organization.is_party else "-"
    locked.symbol = f"{locked.doc_type}{separator}{organization.abbreviation}"
    locked.issued_on = today
    locked.place = locked.place or organization.place_name
    locked.signer = signer
    locked.signer_authority, locked.signer_position = signing_block(
        organization=organization, position=signer.position
    )
    locked.signer_name = signer.user.display_name
    before = locked.status
    locked.status = PlanStatus.ISSUED
    locked.save()
    plan_freeze(plan=locked, by=by)
    _log(locked, by=by, from_status=before, note=locked.number_symbol)
    from .obligations import plan_obligations_sync

    plan_obligations_sync(plan=locked)
    return locked


@transaction.atomic
def plan_start(*, plan, by):
    locked = _lock(plan)
    if locked.status != PlanStatus.ISSUED:
        return locked
    locked.status = PlanStatus.IN_PROGRESS
    locked.save(update_fields=["status", "updated_at"])
    _log(locked, by=by, from_status=PlanStatus.ISSUED)
    return locked


@transaction.atomic
def plan_close(*, plan, by):
    locked = _lock(plan)
    _require(
        locked,
        (PlanStatus.ISSUED, PlanStatus.IN_PROGRESS),
        _("Chỉ kết thúc được kế hoạch đã ban hành."),
    )
    before = locked.status
    locked.status = PlanStatus.CLOSED
    locked.save(update_fields=["status", "updated_at"])
    _log(locked, by=by, from_status=before)
    return locked


@transaction.atomic
def plan_amend(*, plan, by):
    """An issued plan is never edited: a change is a new draft that amends it."""
    from .drafting import copy_plan_content

    locked = _lock(plan)
    _require(locked, ISSUED_STATUSES, _("Chỉ sửa đổi, bổ sung được kế hoạch đã ban hành."))
    amendment = Plan.objects.create(
        organization=locked.organization,
        title="Sửa đổi, bổ sung Kế hoạch số %(number)s ngày %(date)s"
        % {
            "number": locked.number_symbol,
            "date": locked.issued_on.strftime("%d/%m/%Y"),
        },
        year=locked.year,
        period_start=locked.period_start,
        period_end=locked.period_end,
        place=locked.place,
        amends=locked,
        recipients=locked.recipients,
        appendix_title=locked.appendix_title,
        created_by=by,
    )
    copy_plan_content(source=locked, target=amendment)
    _log(amendment, by=by, from_status="", note=_("Sửa đổi kế hoạch %s") % locked.number_symbol)
    return amendment
