"""Kind ``minutes`` (Biên bản họp Hội đồng TĐKT)."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .common import Document, SchemaError, Signer, _bool, _dicts, _int, _text, _texts


@dataclass(frozen=True, kw_only=True)
class Vote:
    name: str
    yes: int
    total: int
    percent: float
    passed: bool


@dataclass(frozen=True, kw_only=True)
class Meeting:
    time: str = ""
    place: str = ""
    chair: str = ""
    secretary: str = ""
    attendees: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)


@dataclass(kw_only=True)
class MinutesDocument(Document):
    meeting: Meeting = field(default_factory=Meeting)
    body: str = ""
    votes: list[Vote] = field(default_factory=list)
    conclusion: str = ""
    end_time: str = ""


def _minutes(data, fields):
    raw = data.get("meeting") or {}
    if not isinstance(raw, dict):
        raise SchemaError(_("Trường “meeting” phải là một đối tượng."))
    meeting = Meeting(
        time=_text(raw, "time", "meeting"),
        place=_text(raw, "place", "meeting"),
        chair=_text(raw, "chair", "meeting"),
        secretary=_text(raw, "secretary", "meeting"),
        attendees=_texts(raw, "attendees", "meeting"),
        absent=_texts(raw, "absent", "meeting"),
    )
    votes = []
    for i, item in enumerate(_dicts(data, "votes", "")):
        where = f"phiếu bầu dòng {i + 1}"
        yes = _int(item, "yes", where, required=True, low=0)
        total = _int(item, "total", where, required=True, low=1)
        if yes > total:
            raise SchemaError(
                _("Số phiếu đồng ý lớn hơn tổng số phiếu (%(where)s).") % {"where": where}
            )
        percent = item.get("percent")
        if percent is None:
            percent = round(100 * yes / total, 2)
        elif isinstance(percent, bool) or not isinstance(percent, int | float):
            raise SchemaError(_("Tỷ lệ phần trăm (%(where)s) phải là số.") % {"where": where})
        votes.append(
            Vote(
                name=_text(item, "name", where, required=True),
                yes=yes,
                total=total,
                percent=float(percent),
                passed=_bool(item, "passed", where),
            )
        )
    if not fields["signers"]:
        fields["signers"] = [
            Signer(position="THƯ KÝ", name=meeting.secretary.split(" - ")[0]),
            Signer(position="CHỦ TỌA", name=meeting.chair.split(" - ")[0]),
        ]
    return MinutesDocument(
        **fields,
        meeting=meeting,
        body=_text(data, "body", ""),
        votes=votes,
        conclusion=_text(data, "conclusion", ""),
        end_time=_text(data, "end_time", ""),
    )
