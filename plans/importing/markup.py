"""Text clean-up shared by both readers and the parser.

Output text uses a light markup: paragraphs separated by a blank line, bullets as lines that
start with "- " (consecutive bullets are separated by a single newline), numbered items kept
as typed.
"""

import html
import re

from core.text import nfc

# Tags that a copy from a web editor leaves in Word cells; only these are removed so that a
# literal "<" in text (rare, but "< 5%" happens) survives.
_BLOCK_OPEN = re.compile(r"<(?:p|div|ul|ol|tr|h[1-6])\b[^>]*>", re.IGNORECASE)
_BLOCK_CLOSE = re.compile(r"</(?:p|div|li|ul|ol|tr|h[1-6])\s*>|<br\s*/?>", re.IGNORECASE)
_LIST_ITEM = re.compile(r"<li\b[^>]*>", re.IGNORECASE)
_INLINE_TAG = re.compile(
    r"</?(?:span|strong|b|em|i|u|font|sup|sub|a|td|th|table|tbody|thead)\b[^>]*>", re.IGNORECASE
)
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+);", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0\u2002-\u200a\u202f\u3000]+")

# A bullet mark at the start of a paragraph: hyphen, en/em dash, bullet dot, plus, Wingdings
# private-use bullets that Word leaves in text.
_BULLET = re.compile(r"^(?:[-–—•·∙◦▪●○+\uf0b7\uf0a7\uf02d]\s*)+(?=\S)")
# " - " that starts a new bullet inside one paragraph, i.e. after the end of a sentence or
# clause ("…2022-2023. - Tổng hợp…"); a bare " - " inside a phrase ("kinh tế - xã hội",
# "năm học 2022 - 2023") is a hyphen, not a bullet.
_INLINE_BULLET = re.compile(r"(?<=[.;:!?])\s+[-–•]\s+(?=\S)")
_SEPARATOR = re.compile(r"^[\s\-_=*.·–—]*$")


def clean(text):
    """NFC, no markdown bold, single spaces, stripped."""
    text = nfc(text).replace("**", "")
    return _SPACES.sub(" ", text).strip()


def paragraphs(text):
    """Split raw text that may contain HTML (``<p>``, ``<ul><li>``, ``<br>``) into paragraphs."""
    text = nfc(text)
    if "<" in text:
        text = _LIST_ITEM.sub("\n- ", text)
        text = _BLOCK_OPEN.sub("\n", text)
        text = _BLOCK_CLOSE.sub("\n", text)
        text = _INLINE_TAG.sub("", text)
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    return [line for line in (clean(part) for part in text.split("\n")) if line]


def is_separator(text):
    """A line of dashes, underscores or stars that only draws a rule."""
    return bool(_SEPARATOR.match(text))


def is_bullet(text):
    return bool(_BULLET.match(text))


def strip_bullet(text):
    return _BULLET.sub("", text).strip()


def split_inline_bullets(text):
    """Split a bulleted paragraph holding several bullets typed on one line."""
    if not is_bullet(text):
        return [text]
    first, *others = _INLINE_BULLET.split(text)
    return [first] + ["- " + part for part in others if part.strip()]


def render(items):
    """Join paragraphs into the light markup (see the module docstring)."""
    out = []
    previous_bullet = False
    for item in items:
        for part in split_inline_bullets(item):
            bullet = is_bullet(part)
            text = "- " + strip_bullet(part) if bullet else part
            if out:
                out.append("\n" if bullet and previous_bullet else "\n\n")
            out.append(text)
            previous_bullet = bullet
    return "".join(out)


def join_continuation(items, more):
    """Append ``more`` paragraphs to ``items``, gluing a sentence cut by a page break.

    Word splits a row across pages mid-sentence ("…kinh tế - xã" / "hội, đảm bảo…"): when the
    last paragraph has no closing punctuation and the next starts in lower case, they are one.
    """
    items = list(items)
    more = list(more)
    if items and more and not items[-1].endswith((".", ";", ":", "!", "?")):
        first = more[0]
        if first[:1].islower():
            items[-1] = f"{items[-1]} {first}"
            more = more[1:]
    return items + more


def split_outside_parentheses(text, separator):
    """``text.split(separator)`` that leaves separators inside (…) alone."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
        elif ch == separator and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


# Words that begin a unit name. Used to tell "UBND quận - Phòng Nội vụ" (two units written as
# inline bullets) from "Phòng Tài chính - Kế hoạch" or "Hội đồng Thi đua - Khen thưởng" (one
# unit whose name holds a dash).
_UNIT_HEAD = re.compile(
    r"^(?:phòng|ban|ubnd|ubmttq|mttq|hđnd|hđtđkt|ủy ban|uỷ ban|hội|văn phòng|vp\.|các|"
    r"trung tâm|công an|bộ chỉ huy|ban chỉ huy|bchqs|mặt trận|liên đoàn|đoàn|"
    r"(?:huyện|quận|thành|tỉnh|thị|đảng) (?:ủy|uỷ)|đảng bộ|chi bộ|sở|cục|chi cục|trường|"
    r"bệnh viện|kho bạc|chi nhánh|ngân hàng|bảo hiểm|đài|báo|cổng|trang|thường trực|tt\.|"
    r"tòa án|toà án|viện|thanh tra|thủ trưởng|trưởng|chủ tịch|lãnh đạo|cơ quan|đơn vị|"
    r"khối|cụm|tổ|bộ phận|công ty|hợp tác xã|doanh nghiệp|thành viên|cán bộ)(?![\w])"
)
_DASH = re.compile(r"\s+[-–]\s+")


def _split_dashes(text):
    pieces, start = [], 0
    for match in _DASH.finditer(text):
        left, right = text[start : match.start()], text[match.end() :]
        if left.rstrip().endswith((";", ".", ",")) or _UNIT_HEAD.match(right.lower()):
            pieces.append(left)
            start = match.end()
    pieces.append(text[start:])
    return pieces


def split_units(items):
    """Split a units cell into unit names.

    Units are separated by paragraphs, by bullets (also inline: "- A - Phòng B"), and by ";"
    outside parentheses; commas stay ("Các cơ quan, đơn vị huyện" is one unit). Leading "- "
    and trailing ";" "." "," are dropped; duplicates are kept once.
    """
    units = []
    for item in items:
        for piece in _split_dashes(strip_bullet(item)):
            for name in split_outside_parentheses(piece, ";"):
                name = strip_bullet(name.strip()).rstrip(";.,: ").strip()
                if name and name not in units:
                    units.append(name)
    return units


def is_upper(text):
    """True when the letters of ``text`` are (nearly all) capitals: headings, agency names."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    return sum(ch.isupper() for ch in letters) >= 0.9 * len(letters)
