"""Word .docx: body paragraphs and tables in document order, after a zip safety check."""

import io
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from .markup import paragraphs
from .structure import Line, PlanImportError, Table

MAX_UNCOMPRESSED = 50 * 1024 * 1024
MAX_RATIO = 100
# The ratio check is for members big enough to matter: a small, very repetitive XML part can
# compress 100:1 without harm, and the total is capped anyway.
RATIO_MIN_SIZE = 1024 * 1024
MAX_MEMBERS = 2000

_NOT_WORD = "Tệp {name} không phải là tài liệu Word (.docx) hợp lệ."
_TEXT_TAGS = {qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen")}
# Text in these is not shown (deleted), lives outside the paragraph's own flow (text boxes,
# whose content Word also repeats in a VML fallback), or is formatting (tab stops in pPr).
_SKIP_TAGS = {
    qn("w:del"),
    qn("w:txbxContent"),
    qn("w:pict"),
    qn("w:drawing"),
    qn("w:pPr"),
    qn("w:rPr"),
}
_ALT_CONTENT = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"


def check_zip(data, filename):
    """Refuse what is not a Word package, and zip bombs, before python-docx inflates it."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise PlanImportError(
            f"Tệp {filename} là tài liệu Word cũ (.doc) hoặc được đặt mật khẩu. "
            "Hãy mở bằng Word, bỏ mật khẩu nếu có và lưu lại dạng .docx."
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise PlanImportError(_NOT_WORD.format(name=filename)) from None
    names = {member.filename for member in members}
    if "word/document.xml" not in names or "[Content_Types].xml" not in names:
        raise PlanImportError(_NOT_WORD.format(name=filename))
    total = sum(member.file_size for member in members)
    too_packed = any(
        member.file_size > RATIO_MIN_SIZE
        and member.file_size > MAX_RATIO * max(member.compress_size, 1)
        for member in members
    )
    if len(members) > MAX_MEMBERS or total > MAX_UNCOMPRESSED or too_packed:
        raise PlanImportError(
            f"Tệp {filename} có nội dung nén bất thường (khi giải nén quá lớn) nên không được mở."
        )


def _text_of(element):
    """Visible text of a paragraph, with line breaks as "\\n"."""
    out = []
    stack = [element]
    while stack:
        node = stack.pop()
        if node.tag in _SKIP_TAGS or node.tag == _ALT_CONTENT:
            continue
        if node.tag == qn("w:t"):
            out.append(node.text or "")
        elif node.tag == qn("w:tab"):
            out.append("\t")
        elif node.tag in _TEXT_TAGS:
            out.append("-" if node.tag == qn("w:noBreakHyphen") else "\n")
        stack.extend(reversed(list(node)))
    return "".join(out)


def _is_bold(paragraph):
    runs = [run for run in paragraph.runs if run.text.strip()]
    if not runs:
        return False
    style_bold = bool(paragraph.style is not None and paragraph.style.font.bold)
    return all(run.bold if run.bold is not None else style_bold for run in runs)


def _is_centred(paragraph):
    alignment = paragraph.alignment
    if alignment is None and paragraph.style is not None:
        alignment = paragraph.style.paragraph_format.alignment
    return alignment == WD_ALIGN_PARAGRAPH.CENTER


def _paragraph_lines(p_element, parent):
    paragraph = Paragraph(p_element, parent)
    bold, centred = _is_bold(paragraph), _is_centred(paragraph)
    lines = []
    for chunk in _text_of(p_element).split("\n"):
        lines.extend(Line(text, bold=bold, centred=centred) for text in paragraphs(chunk))
    return lines


def _cell_lines(tc, parent):
    lines = []
    for child in tc.iterchildren():
        if child.tag == qn("w:p"):
            lines.extend(_paragraph_lines(child, parent))
        elif child.tag == qn("w:tbl"):
            # A table nested in a cell: its text belongs to the cell.
            for row in _table_rows(child, parent):
                for cell in row:
                    lines.extend(cell)
    return lines


def _table_rows(tbl, parent):
    rows = []
    for tr in tbl.iterchildren(qn("w:tr")):
        row = []
        for tc in tr.iterchildren(qn("w:tc")):
            row.append(_cell_lines(tc, parent))
            # A merged cell spans several grid columns: pad so columns keep their index.
            row.extend([] for _ in range(tc.grid_span - 1))
        rows.append(row)
    return rows


def _body_blocks(container, parent, blocks, state):
    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            lines = _paragraph_lines(child, parent)
            if not lines:
                state["gap"] = True
            for i, line in enumerate(lines):
                line.gap_before = state["gap"] and i == 0
                blocks.append(line)
                state["gap"] = False
        elif child.tag == qn("w:tbl"):
            blocks.append(Table(rows=_table_rows(child, parent)))
            state["gap"] = False
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                _body_blocks(content, parent, blocks, state)


def read_docx(data, filename):
    """Blocks of a .docx plan, in document order."""
    check_zip(data, filename)
    try:
        document = Document(io.BytesIO(data))
    except Exception:  # python-docx raises KeyError, lxml and package errors alike
        raise PlanImportError(_NOT_WORD.format(name=filename)) from None
    blocks = []
    _body_blocks(document.element.body, document, blocks, {"gap": False})
    return blocks
