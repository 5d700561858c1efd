"""Plain text copied out of Word: paragraphs are lines, table cells are separated by TABs."""

import re

from .markup import paragraphs
from .structure import Line, PlanImportError, Table

# Vietnamese letters outside ASCII that a Unicode text must contain.
_VIETNAMESE = re.compile(
    "[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]",
    re.IGNORECASE,
)
# Latin-1 symbols that TCVN3 (.VnTime) and VNI text shows once read as Unicode ("KÕ ho¹ch",
# "Keá hoaïch"): none of them occurs in Vietnamese.
_LEGACY = re.compile(
    "[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d1\u00d6-\u00d8"
    "\u00db\u00dc\u00de-\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8"
    "\u00fb\u00fc\u00fe\u00ff]"
)
_LEGACY_MESSAGE = (
    "Tệp {name} không dùng bảng mã Unicode (có thể là TCVN3/.VnTime, VNI hoặc Windows-1258). "
    "Hãy mở tệp bằng Word, chuyển sang Unicode rồi lưu lại dạng .docx hoặc .txt (UTF-8)."
)
# "| TT | Nội dung |" rows of a Markdown table.
_PIPE_ROW = re.compile(r"^\|.*\|$")


def decode_text(data, filename):
    """Decode UTF-8 (with or without BOM) or UTF-16 with BOM; refuse legacy encodings."""
    encoding = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise PlanImportError(_LEGACY_MESSAGE.format(name=filename)) from None
    if "\x00" in text:
        raise PlanImportError(f"Tệp {filename} không phải là tệp văn bản thuần (.txt).")
    legacy = len(_LEGACY.findall(text))
    if legacy > 10 and legacy > len(_VIETNAMESE.findall(text)):
        raise PlanImportError(_LEGACY_MESSAGE.format(name=filename))
    return text


def _row_cells(raw):
    if _PIPE_ROW.match(raw.strip()):
        return raw.strip()[1:-1].split("|")
    return raw.split("\t")


def _is_row(raw):
    # A leading TAB is Word's first-line indent, not a column; "QUÝ I\t\t" is a row.
    stripped = raw.strip()
    return "\t" in raw.lstrip() or (stripped.count("|") >= 3 and bool(_PIPE_ROW.match(stripped)))


def read_txt(data, filename):
    """Blocks of a .txt plan: consecutive TAB lines form one table, a blank line ends it."""
    text = decode_text(data, filename)
    blocks = []
    rows = []
    gap = False

    def flush():
        if rows:
            blocks.append(Table(rows=list(rows)))
            rows.clear()

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not raw.strip():
            flush()
            gap = True
            continue
        if _is_row(raw):
            rows.append([[Line(p) for p in paragraphs(cell)] for cell in _row_cells(raw)])
            continue
        flush()
        for i, part in enumerate(paragraphs(raw)):
            blocks.append(Line(part, gap_before=gap and i == 0))
        gap = False
    flush()
    return blocks
