"""Kind ``submission`` (Tờ trình)."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .common import Document, ListRow, SchemaError, _rows, _text, _texts


@dataclass(kw_only=True)
class SubmissionDocument(Document):
    to: list[str] = field(default_factory=list)
    body: str = ""
    proposals: list[ListRow] = field(default_factory=list)


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
