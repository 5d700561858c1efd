"""Kind ``decision`` (Quyết định khen thưởng)."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from core.text import upper

from .common import Document, ListRow, SchemaError, _rows, _text, _texts


@dataclass(kw_only=True)
class DecisionDocument(Document):
    authority_line: str = ""
    legal_basis: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    awardees_title: str = ""
    awardees: list[ListRow] = field(default_factory=list)


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
