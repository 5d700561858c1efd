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
``signed_at: ISO date-time``     optional: the organisation's digital signature shown as text at
                                the top right of page 1 (issuer, number, "dd/mm/yyyy; hh:mm:ss;
                                +07:00", 10 pt), for a file sent with a signed document

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

from django.utils.translation import gettext as _

from .common import (
    DEFAULT_DOC_TYPES,
    KINDS,
    Document,
    ListRow,
    SchemaError,
    Signer,
    _common,
    _with_field_names,
    field_name_for,
)
from .decision import DecisionDocument, _decision
from .minutes import Meeting, MinutesDocument, Vote, _minutes
from .plan import PlanDocument, Section, Task, _plan
from .submission import SubmissionDocument, _submission

__all__ = [
    "DEFAULT_DOC_TYPES",
    "KINDS",
    "DecisionDocument",
    "Document",
    "ListRow",
    "Meeting",
    "MinutesDocument",
    "PlanDocument",
    "SchemaError",
    "Section",
    "Signer",
    "SubmissionDocument",
    "Task",
    "Vote",
    "field_name_for",
    "from_dict",
]


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
