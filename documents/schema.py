"""The data each document kind accepts, validated into dataclasses by ``from_dict``.

Every kind shares the "thể thức" fields of NĐ 30/2020 (state) or Hướng dẫn 36-HD/VPTW (Party):

``party: bool``                 Party layout (the caller sets it from ``Organization.is_party``)
``issuer: str``                 cơ quan ban hành, header lines joined ("ỦY BAN NHÂN DÂN QUẬN CÁI RĂNG")
``issuer_lines: [str]``         optional: print the agency on exactly these lines (preferred)
``issuer_parent: str | None``   cơ quan chủ quản ("UBND TỈNH LẠNG SƠN"; Party: "HUYỆN ỦY MAI SƠN")
``issuer_parent_lines: [str]``  optional, as ``issuer_lines``
``issuer_name: str``            optional: the issuer in normal case for "(Kèm theo … của …)";
                                default derived ("Ủy ban nhân dân quận Cái Răng")
``number: str | None``          "30", "5" (printed "05"); None leaves the number blank
``symbol: str``                 "KH-UBND" (state) or "KH/HU" (Party: printed "Số 208-KH/HU")
``place: str``                  địa danh ("Cái Răng"), never upper-cased
``date: "YYYY-MM-DD" | None``   None (or ``draft``) leaves the day blank
``month: int | None``           optional: with no ``date``, the month to print ("ngày   tháng 3")
``draft: bool``                 optional: a draft keeps number and day blank
``doc_type: str``               tên loại ("KẾ HOẠCH"); each kind has its default
``title: str``                  trích yếu
``signer: {authority, position, name}`` or ``signers: [{authority, position, name}, …]``
``recipients: [str]``           without "- " and ";" (the last is usually "Lưu: VT, …")
``seal: bool``                  optional: add a seal field at the top right of page 1
``attachments: [str]``          optional: names of attached files, listed after the body

Kind ``plan`` (and ``plan_appendix``, the task table on its own) adds the importer's keys
``year, legal_basis: [str], sections: [{heading, text}], tasks: [{quarter: 1-4 | None, order,
content, lead_units: [str], co_units: [str], timing: str | None}], appendix_title, warnings``
and the optional ``task_layout: "table" | "appendix"`` (default: appendix when there is an
``appendix_title``), ``landscape_appendix: bool``, ``tasks_section: int`` (index of the section
the table follows; default the first heading with "NỘI DUNG", else the first without text).

Kind ``decision`` (Quyết định khen thưởng): ``authority_line`` ("CHỦ TỊCH ỦY BAN NHÂN DÂN
HUYỆN …", printed bold above the Căn cứ), ``legal_basis: [str]`` (each "Căn cứ …" line),
``articles: [str]`` (text of Điều 1, Điều 2 … without the "Điều n." prefix; light markup),
``awardees_title: str`` (heading of the attached list), ``awardees: [{order, name,
position_unit, title_or_form}]`` (the list may hold thousands of rows).

Kind ``minutes`` (Biên bản họp Hội đồng TĐKT): ``meeting: {time, place, chair, secretary,
attendees: [str], absent: [str]}``, ``body: str`` (light markup), ``votes: [{name, yes, total,
percent, passed}]``, ``conclusion: str``, ``end_time: str``; signers default to the secretary
(THƯ KÝ) and the chair (CHỦ TỌA) from ``meeting``.

Kind ``submission`` (Tờ trình): ``to: [str]`` (Kính gửi), ``body: str`` (light markup),
``proposals: [{order, name, position_unit, title_or_form}]`` (optional table).

Text fields use the light markup of the plan importer: paragraphs separated by blank lines,
lines starting "- " are bullets, "1. ", "1.1.", "a) " items, ``*emphasis*`` and ``**bold**``.
Text is always escaped: it is never HTML.
"""

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from core.text import fold, nfc, upper

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
class Section:
    heading: str
    text: str


@dataclass(frozen=True, kw_only=True)
class Task:
    quarter: int | None
    order: int | None
    content: str
    lead_units: list[str]
    co_units: list[str]
    timing: str | None


@dataclass(frozen=True, kw_only=True)
class ListRow:
    """One awardee (decision) or proposal (submission)."""

    order: int | None
    name: str
    position_unit: str
    title_or_form: str


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

    @property
    def number_symbol(self):
        """ "30/KH-UBND" or "208-KH/HU", "" without a number."""
        if not self.number:
            return ""
        return f"{self.number}-{self.symbol}" if self.party else f"{self.number}/{self.symbol}"


@dataclass(kw_only=True)
class PlanDocument(Document):
    legal_basis: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    appendix_title: str | None = None
    task_layout: str = "table"
    landscape_appendix: bool = False
    tasks_section: int | None = None


@dataclass(kw_only=True)
class DecisionDocument(Document):
    authority_line: str = ""
    legal_basis: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    awardees_title: str = ""
    awardees: list[ListRow] = field(default_factory=list)


@dataclass(kw_only=True)
class MinutesDocument(Document):
    meeting: Meeting = field(default_factory=Meeting)
    body: str = ""
    votes: list[Vote] = field(default_factory=list)
    conclusion: str = ""
    end_time: str = ""


@dataclass(kw_only=True)
class SubmissionDocument(Document):
    to: list[str] = field(default_factory=list)
    body: str = ""
    proposals: list[ListRow] = field(default_factory=list)


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
    }
    return fields


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


def _plan(kind, data, fields):
    sections = []
    for i, item in enumerate(_dicts(data, "sections", "")):
        where = f"mục {i + 1}"
        sections.append(
            Section(heading=upper(_text(item, "heading", where)), text=_text(item, "text", where))
        )
    tasks = []
    for i, item in enumerate(_dicts(data, "tasks", "")):
        where = f"nhiệm vụ {i + 1}"
        tasks.append(
            Task(
                quarter=_int(item, "quarter", where, low=1, high=4),
                order=_int(item, "order", where),
                content=_text(item, "content", where, required=True),
                lead_units=_texts(item, "lead_units", where),
                co_units=_texts(item, "co_units", where),
                timing=_text(item, "timing", where) or None,
            )
        )
    appendix_title = _text(data, "appendix_title", "") or None
    layout = data.get("task_layout") or ("appendix" if appendix_title else "table")
    if layout not in ("table", "appendix"):
        raise SchemaError(_("“task_layout” chỉ nhận “table” hoặc “appendix”."))
    if kind == "plan_appendix" and not tasks:
        raise SchemaError(_("Phụ lục cần ít nhất một nhiệm vụ (trường “tasks”)."))
    tasks_section = _int(data, "tasks_section", "", low=0, high=max(len(sections) - 1, 0))
    return PlanDocument(
        **fields,
        legal_basis=_texts(data, "legal_basis", ""),
        sections=sections,
        tasks=tasks,
        appendix_title=upper(appendix_title) if appendix_title else None,
        task_layout=layout,
        landscape_appendix=_bool(data, "landscape_appendix", ""),
        tasks_section=tasks_section,
    )


def _decision(data, fields):
    articles = _texts(data, "articles", "")
    if not articles:
        raise SchemaError(_("Quyết định cần ít nhất một điều (trường “articles”)."))
    return DecisionDocument(
        **fields,
        authority_line=upper(_text(data, "authority_line", "")),
        legal_basis=_texts(data, "legal_basis", ""),
        articles=articles,
        awardees_title=_text(data, "awardees_title", ""),
        awardees=_rows(data, "awardees"),
    )


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


def _submission(data, fields):
    to = _texts(data, "to", "")
    if not to:
        raise SchemaError(_("Tờ trình cần nơi nhận “Kính gửi” (trường “to”)."))
    return SubmissionDocument(
        **fields,
        to=to,
        body=_text(data, "body", "", required=True),
        proposals=_rows(data, "proposals"),
    )


def from_dict(kind, data):
    """Validate ``data`` for ``kind`` and return its dataclass; raise ``SchemaError``."""
    if kind not in KINDS:
        raise SchemaError(
            _("Loại văn bản “%(kind)s” không được hỗ trợ (chỉ nhận: %(kinds)s).")
            % {"kind": kind, "kinds": ", ".join(KINDS)}
        )
    fields = _common(kind, data)
    if kind in ("plan", "plan_appendix"):
        document = _plan(kind, data, fields)
    elif kind == "decision":
        document = _decision(data, fields)
    elif kind == "minutes":
        document = _minutes(data, fields)
    else:
        document = _submission(data, fields)
    if not document.signers and kind != "plan_appendix":
        raise SchemaError(_("Thiếu người ký (trường “signer” hoặc “signers”)."))
    document.signers = _with_field_names(document.signers)
    return document
