"""What every kind shares: the thể thức fields, ``SchemaError`` and the reading helpers."""

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from core.text import fold, nfc, upper

VIETNAM = datetime.timezone(datetime.timedelta(hours=7))

KINDS = ("plan", "plan_appendix", "decision", "minutes", "submission")
DEFAULT_DOC_TYPES = {
    "plan": "KẾ HOẠCH",
    "plan_appendix": "KẾ HOẠCH",
    "decision": "QUYẾT ĐỊNH",
    "minutes": "BIÊN BẢN",
    "submission": "TỜ TRÌNH",
}
# Agencies printed on two lines when the caller gives no ``issuer_lines``
# ("ỦY BAN NHÂN DÂN" / "XÃ CHIỀNG NGẦN").
_TWO_LINE_PREFIXES = ("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "UỶ BAN NHÂN DÂN")


class SchemaError(ValueError):
    """Bad input for a document; ``message`` is a Vietnamese sentence for the user."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, kw_only=True)
class Signer:
    authority: str = ""
    position: str = ""
    name: str = ""
    field_name: str = ""


@dataclass(frozen=True, kw_only=True)
class ListRow:
    """One awardee (decision) or proposal (submission)."""

    order: int | None
    name: str
    position_unit: str
    title_or_form: str


@dataclass(kw_only=True)
class Document:
    kind: str
    party: bool = False
    issuer: str = ""
    issuer_lines: list[str] = field(default_factory=list)
    issuer_parent_lines: list[str] = field(default_factory=list)
    issuer_name: str = ""
    number: str | None = None
    symbol: str = ""
    place: str = ""
    date: datetime.date | None = None
    year: int | None = None
    month: int | None = None  # printed when the date is blank (a draft that knows its month)
    draft: bool = False
    doc_type: str = ""
    title: str = ""
    signers: list[Signer] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    seal: bool = False
    attachments: list[str] = field(default_factory=list)
    signed_at: datetime.datetime | None = None  # the organisation's signature, shown as text

    @property
    def number_symbol(self):
        """ "30/KH-UBND" or "208-KH/HU", "" without a number."""
        if not self.number:
            return ""
        return f"{self.number}-{self.symbol}" if self.party else f"{self.number}/{self.symbol}"


# Reading helpers: each raises SchemaError naming the field in Vietnamese.


def _text(data, key, where, *, required=False, default=""):
    value = data.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise SchemaError(_("Thiếu trường “%(field)s”%(where)s.") % _ctx(key, where))
        return default
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise SchemaError(_("Trường “%(field)s”%(where)s phải là chuỗi ký tự.") % _ctx(key, where))
    return nfc(str(value)).strip()


def _texts(data, key, where):
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SchemaError(
            _("Trường “%(field)s”%(where)s phải là danh sách chuỗi ký tự.") % _ctx(key, where)
        )
    return [nfc(v).strip() for v in value if v and v.strip()]


def _int(data, key, where, *, required=False, low=None, high=None):
    value = data.get(key)
    if value is None or value == "":
        if required:
            raise SchemaError(_("Thiếu trường “%(field)s”%(where)s.") % _ctx(key, where))
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int):
        raise SchemaError(_("Trường “%(field)s”%(where)s phải là số nguyên.") % _ctx(key, where))
    if (low is not None and value < low) or (high is not None and value > high):
        raise SchemaError(
            _("Trường “%(field)s”%(where)s phải nằm trong khoảng %(low)s–%(high)s.")
            % {**_ctx(key, where), "low": low, "high": high if high is not None else "…"}
        )
    return value


def _bool(data, key, where):
    value = data.get(key, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise SchemaError(_("Trường “%(field)s”%(where)s phải là true/false.") % _ctx(key, where))
    return value


def _dicts(data, key, where):
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise SchemaError(
            _("Trường “%(field)s”%(where)s phải là danh sách đối tượng.") % _ctx(key, where)
        )
    return value


def _ctx(key, where):
    return {"field": key, "where": f" ({where})" if where else ""}


def _date(data, key):
    value = data.get(key)
    if value in (None, ""):
        return None
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        raise SchemaError(
            _("Ngày “%(value)s” không hợp lệ: cần dạng NĂM-THÁNG-NGÀY, ví dụ 2020-02-06.")
            % {"value": value}
        ) from None


def _number(data):
    value = data.get("number")
    if value in (None, ""):
        return None
    value = nfc(str(value)).strip()
    if not value.isdigit():
        raise SchemaError(_("Số văn bản “%(value)s” phải là số, ví dụ 30.") % {"value": value})
    number = int(value)
    if number < 1:
        raise SchemaError(_("Số văn bản phải lớn hơn 0."))
    return f"{number:02d}"


def _signer(item, where):
    if not isinstance(item, dict):
        raise SchemaError(_("Người ký (%(where)s) phải là một đối tượng.") % {"where": where})
    return Signer(
        authority=upper(_text(item, "authority", where)),
        position=upper(_text(item, "position", where)),
        name=_text(item, "name", where),
    )


def field_name_for(position, taken):
    """ASCII signature-field name from a position: "PHÓ CHỦ TỊCH" -> "ChuKy_PhoChuTich"."""
    words = "".join(c if c.isalnum() else " " for c in fold(position)).split()
    base = "ChuKy_" + ("".join(w.capitalize() for w in words) or "NguoiKy")
    name, n = base, 2
    while name in taken:
        name, n = f"{base}_{n}", n + 1
    taken.add(name)
    return name


def _with_field_names(signers):
    taken = set()
    return [
        Signer(
            authority=s.authority,
            position=s.position,
            name=s.name,
            field_name=field_name_for(s.position or s.authority, taken),
        )
        for s in signers
    ]


def _split_issuer(issuer):
    for prefix in _TWO_LINE_PREFIXES:
        if issuer.startswith(prefix + " ") and len(issuer) > len(prefix) + 1:
            return [prefix, issuer[len(prefix) + 1 :].strip()]
    return [issuer] if issuer else []


def _common(kind, data):
    if not isinstance(data, dict):
        raise SchemaError(_("Dữ liệu văn bản phải là một đối tượng JSON."))
    party = _bool(data, "party", "")
    issuer = upper(_text(data, "issuer", ""))
    issuer_lines = [upper(v) for v in _texts(data, "issuer_lines", "")]
    if not issuer_lines:
        issuer_lines = _split_issuer(issuer)
    if not issuer_lines:
        raise SchemaError(_("Thiếu cơ quan ban hành (trường “issuer” hoặc “issuer_lines”)."))
    parent_lines = [upper(v) for v in _texts(data, "issuer_parent_lines", "")]
    if not parent_lines and _text(data, "issuer_parent", ""):
        parent_lines = [upper(_text(data, "issuer_parent", ""))]
    symbol = _text(data, "symbol", "", required=True)
    if " " in symbol:
        raise SchemaError(
            _("Ký hiệu “%(value)s” không được chứa dấu cách (ví dụ KH-UBND).") % {"value": symbol}
        )
    date = _date(data, "date")
    year = _int(data, "year", "", low=1945, high=2200)
    if date is None and year is None:
        raise SchemaError(_("Cần ngày ban hành (“date”) hoặc năm (“year”)."))
    signers = [_signer(s, f"người ký {i + 1}") for i, s in enumerate(_dicts(data, "signers", ""))]
    if not signers and data.get("signer") is not None:
        signers = [_signer(data["signer"], "người ký")]
    fields = {
        "kind": kind,
        "party": party,
        "issuer": issuer or " ".join(issuer_lines),
        "issuer_lines": issuer_lines,
        "issuer_parent_lines": parent_lines,
        "issuer_name": _text(data, "issuer_name", ""),
        "number": _number(data),
        "symbol": symbol,
        "place": _text(data, "place", "", required=True),
        "date": date,
        "year": year or date.year,
        "month": None if date else _int(data, "month", "", low=1, high=12),
        "draft": _bool(data, "draft", ""),
        "doc_type": upper(_text(data, "doc_type", "") or DEFAULT_DOC_TYPES[kind]),
        "title": _text(data, "title", "", required=kind != "plan_appendix"),
        "signers": signers,
        "recipients": [_recipient(r) for r in _texts(data, "recipients", "")],
        "seal": _bool(data, "seal", ""),
        "attachments": _texts(data, "attachments", ""),
        "signed_at": _datetime(data, "signed_at", ""),
    }
    return fields


def _datetime(data, key, where):
    """An ISO date-time; one without a zone is taken as Vietnam time (UTC+07:00)."""
    value = data.get(key)
    if value in (None, ""):
        return None
    try:
        moment = datetime.datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise SchemaError(
            _("Trường “%(field)s”%(where)s phải là thời điểm dạng YYYY-MM-DDTHH:MM:SS.")
            % _ctx(key, where)
        ) from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=VIETNAM)
    return moment.astimezone(VIETNAM)


def _recipient(text):
    return text.lstrip("-–").strip().rstrip(";.").strip()


def _rows(data, key):
    rows = []
    for i, item in enumerate(_dicts(data, key, "")):
        where = f"{key} dòng {i + 1}"
        rows.append(
            ListRow(
                order=_int(item, "order", where),
                name=_text(item, "name", where, required=True),
                position_unit=_text(item, "position_unit", where),
                title_or_form=_text(item, "title_or_form", where),
            )
        )
    return rows
