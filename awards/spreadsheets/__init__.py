"""Excel lists of nominees: read a list whatever its layout, write our template and exports.

Real lists arrive with title rows above the header ("DANH SÁCH CÁ NHÂN ĐỀ NGHỊ …"), merged
cells (one unit for several people), headings with or without diacritics, text in NFD from
macOS or Word, blank separator rows and dates typed as text. The reader finds the header row
by scoring the first rows against the known headings and reports every problem as
(row, column, message) with the row number Excel shows.
"""

from .columns import (
    COLLECTIVE,
    COLLECTIVE_COLUMNS,
    COLUMNS,
    INDIVIDUAL,
    INDIVIDUAL_COLUMNS,
    Column,
)
from .reading import (
    DATE_TEXT,
    HEADER_SCAN_ROWS,
    NAME_FIELD,
    NATIONAL_ID,
    Lookup,
    SheetResult,
    find_header,
    heading_key,
    parse_date,
    read_sheet,
)
from .writing import BORDER, HEADER_FILL, THIN, TITLES, export_workbook, template_workbook

__all__ = [
    "BORDER",
    "COLLECTIVE",
    "COLLECTIVE_COLUMNS",
    "COLUMNS",
    "DATE_TEXT",
    "HEADER_FILL",
    "HEADER_SCAN_ROWS",
    "INDIVIDUAL",
    "INDIVIDUAL_COLUMNS",
    "NAME_FIELD",
    "NATIONAL_ID",
    "THIN",
    "TITLES",
    "Column",
    "Lookup",
    "SheetResult",
    "export_workbook",
    "find_header",
    "heading_key",
    "parse_date",
    "read_sheet",
    "template_workbook",
]
