"""Data shared by the readers and the parser.

A reader turns a file into a flat list of blocks in document order: ``Line`` (one paragraph or
one typed line) and ``Table`` (rows of cells, each cell a list of lines). The parser reads only
blocks, so a .docx and a .txt copy of the same plan go through the same rules.
"""

from dataclasses import asdict, dataclass, field


class PlanImportError(ValueError):
    """A file that cannot be imported; ``message`` is a Vietnamese sentence for the user."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass
class Line:
    """One paragraph of text, already NFC and stripped of HTML and ``**``.

    ``bold`` and ``centred`` are None when the source carries no formatting (plain text);
    ``gap_before`` is True when a blank line or empty paragraph precedes it.
    """

    text: str
    bold: bool | None = None
    centred: bool | None = None
    gap_before: bool = False


@dataclass
class Table:
    """Rows of cells; every row has one entry per grid column, each a list of lines."""

    rows: list[list[list[Line]]]


@dataclass
class ParsedTask:
    quarter: int | None
    order: int
    content: str
    lead_units: list[str]
    co_units: list[str]
    timing: str | None


@dataclass
class Signer:
    authority: str | None = None
    position: str | None = None
    name: str | None = None


@dataclass
class ParsedPlan:
    number: str | None = None
    symbol: str | None = None
    place: str | None = None
    date: str | None = None
    month: int | None = None  # the month printed in a draft whose day is blank
    issuer: str | None = None
    issuer_parent: str | None = None
    doc_type: str | None = None
    title: str | None = None
    year: int | None = None
    legal_basis: list[str] = field(default_factory=list)
    sections: list[dict] = field(default_factory=list)
    tasks: list[ParsedTask] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    signer: Signer = field(default_factory=Signer)
    party: bool = False
    appendix_title: str | None = None
    warnings: list[str] = field(default_factory=list)

    def to_dict(self):
        """JSON-serialisable form; the keys are part of the importer's contract."""
        return asdict(self)


def cell_texts(cell):
    """The non-empty paragraph texts of a table cell."""
    return [line.text for line in cell if line.text]
