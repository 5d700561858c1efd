"""The first page's header (agency, number, place and date) and the closing signature."""

import datetime
import re

from core.text import upper

from .markup import is_separator, is_upper
from .structure import Signer

# "Số: 30 /KH-UBND", "Số:      /KH-UBND" (draft), Party "Số 208-KH/HU". The symbol has no
# spaces, so a date typed on the same line is left alone.
_NUMBER = re.compile(
    r"^Số\s*(?P<colon>:)?\s*(?P<number>\d+)?[\s.…_]*(?P<sep>[/-])?\s*(?P<symbol>[^\s,;]+)?",
    re.IGNORECASE,
)
_NUMBER_START = re.compile(r"^Số\s*(?::|(?=\s*[\d/.…_-]))", re.IGNORECASE)
# "Cái Răng, ngày 06 tháng 02 năm 2020"; day and month may be blank in a draft.
_DATE = re.compile(
    r"(?P<place>[^\d,;:()]{2,60}?),\s*ngày[\s.…_]*(?P<day>\d{1,2})?[\s.…_/]*tháng[\s.…_]*"
    r"(?P<month>\d{1,2})?[\s.…_/]*năm\s*(?P<year>\d{4})",
    re.IGNORECASE,
)
_NUMERIC_DATE = re.compile(
    r"(?P<place>[^\d,;:()]{2,60}?),\s*ngày\s*(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})",
    re.IGNORECASE,
)
_NATIONAL = re.compile(r"^(CỘNG HÒA|CỘNG HOÀ|ĐỘC LẬP|ĐẢNG CỘNG SẢN)", re.IGNORECASE)
PARTY_HEADER = re.compile(r"ĐẢNG CỘNG SẢN VIỆT NAM", re.IGNORECASE)
# A Party symbol puts the type before a slash ("KH/HU", "KH/TU", "KH/ĐU"); a state symbol
# uses hyphens ("KH-UBND").
_PARTY_SYMBOL = re.compile(r"^[A-ZĐ][A-Za-zĐđ]*/[A-ZĐ]")
# Levels of administration that continue an agency name on the next header line
# ("ỦY BAN NHÂN DÂN" / "QUẬN CÁI RĂNG").
_LEVEL = r"(?:TỈNH|THÀNH PHỐ|QUẬN|HUYỆN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|TRUNG ƯƠNG)"
_CONTINUES = re.compile(rf"^{_LEVEL}\b")
AUTHORITY = re.compile(r"^(?:TM|T/M|T\.M|KT|K/T|K\.T|TL|T/L|TUQ|Q)\.?\s+\S")
_COLLECTIVE = re.compile(r"^(?:TM|T/M|T\.M)\.?\s+(?P<body>.+)$")
_PARTY_AUTHORITY = re.compile(r"^(?:T/M|K/T|T/L)\s")
_NOT_A_NAME = re.compile(r"^\(|^(?:đã ký|ký|chữ ký)\b", re.IGNORECASE)


def parse_number(text):
    """``(number, symbol, party_style)`` from a "Số" line, or None if it is not one."""
    if not _NUMBER_START.match(text):
        return None
    match = _NUMBER.match(text)
    symbol = match["symbol"]
    party_style = not match["colon"] and match["sep"] == "-"
    return match["number"], symbol, party_style


def parse_place_date(text):
    """``(place, iso_date_or_None, problem_or_None, month_or_None)`` from a place-and-date
    line, or None. The month is given alone when the day is blank, as in a draft."""
    match = _DATE.search(text) or _NUMERIC_DATE.search(text)
    if not match:
        return None
    place = match["place"].strip(" *_-").strip()
    month = int(match["month"]) if match["month"] and 1 <= int(match["month"]) <= 12 else None
    if not match["day"] or not match["month"]:
        return place, None, None, month
    day, year = int(match["day"]), int(match["year"])
    try:
        return place, datetime.date(year, int(match["month"]), day).isoformat(), None, month
    except ValueError:
        return place, None, match.group(0).strip(), None


def is_header_noise(text):
    """Quốc hiệu, tiêu ngữ, the Party star and drawn rules: nothing to read in them."""
    return bool(_NATIONAL.match(text)) or is_separator(text) or text.startswith("Độc lập")


def split_agency(lines):
    """``(issuer, parent)`` from the agency lines at the top left.

    NĐ 30 prints the chủ quản upright and the issuing body bold; when the source keeps bold,
    that decides. Otherwise the last line is the issuer, extended upwards while a line only
    continues the name ("ỦY BAN NHÂN DÂN" / "HUYỆN PHONG THỔ"); what is above is the parent
    ("UBND TỈNH LẠNG SƠN" / "SỞ NỘI VỤ", Party "HUYỆN ỦY MAI SƠN" / "BAN THƯỜNG VỤ").
    """
    if not lines:
        return None, None
    bolds = [line.bold for line in lines]
    if None not in bolds and True in bolds and not bolds[0]:
        first_bold = bolds.index(True)
        parent, issuer = lines[:first_bold], lines[first_bold:]
    else:
        start = len(lines) - 1
        while start > 0 and _CONTINUES.match(lines[start].text):
            start -= 1
        parent, issuer = lines[:start], lines[start:]
    return " ".join(line.text for line in issuer), " ".join(line.text for line in parent) or None


def is_party_symbol(symbol):
    return bool(symbol and _PARTY_SYMBOL.match(symbol))


def is_party_authority(authority):
    return bool(authority and _PARTY_AUTHORITY.match(authority))


def parse_signer(texts):
    """Signer from the lines of the signing block; returns ``(signer, lines_used)``.

    Authority lines carry TM./KT./T/M…; the capitalised line after them is the position;
    the next line in normal case is the name. "(Đã ký)" and seal notes are skipped.
    """
    authority, position, name = [], [], None
    used = 0
    for text in texts:
        if name is not None:
            break
        used += 1
        if not text or is_separator(text) or _NOT_A_NAME.match(text):
            continue
        if AUTHORITY.match(text) and is_upper(text) and not position:
            authority.append(text)
        elif is_upper(text) and not position and len(text) <= 40:
            position.append(text)
        elif not is_upper(text) and len(text) <= 60 and (authority or position):
            name = text
        else:
            # Not part of a signature: an unsigned draft goes straight on to its appendix.
            used -= 1
            break
    signer = Signer(
        authority=" ".join(authority) or None, position=" ".join(position) or None, name=name
    )
    return signer, used


_ALIASES = {
    "ỦY BAN NHÂN DÂN": r"(?:[UỦ][ỷyỶY] ban nhân dân|UBND)",
    "HỘI ĐỒNG NHÂN DÂN": r"(?:Hội đồng nhân dân|HĐND)",
}
_COMMITTEE = r"(?:Huyện|Tỉnh|Thành|Quận|Thị|Đảng) [uủ][ỷy]"
_ISSUING_VERB = re.compile(
    r"^\s*(?:ban hành|xây dựng|yêu cầu|đề nghị|giao|triển khai)", re.IGNORECASE
)


def _proper_name(text):
    """Leading capitalised words of ``text`` ("Cái Răng ban hành" -> "Cái Răng")."""
    words = []
    for word in text.split():
        if not word[:1].isupper():
            break
        words.append(word.strip(",.;:"))
        if word[-1] in ",.;:":
            break
    return " ".join(words)


def infer_issuer(authority, texts):
    """``(issuer, parent)`` guessed from "TM. <body>" and the body's own sentences.

    Used when the header was lost (a .txt copy): "TM. ỦY BAN NHÂN DÂN" and "Ủy ban nhân dân
    quận Cái Răng ban hành…" give "ỦY BAN NHÂN DÂN QUẬN CÁI RĂNG". A mention followed by an
    issuing verb wins over one that cites another body ("…của Ủy ban nhân dân thành phố…").
    """
    match = _COLLECTIVE.match(authority or "")
    if not match:
        return None, None
    body = match["body"].strip()
    body_pattern = _ALIASES.get(body.replace("UỶ", "ỦY"), re.escape(body))
    # The lookahead keeps the rest of the sentence without consuming it, so that every
    # mention is found.
    pattern = re.compile(
        rf"(?<!\w){body_pattern}\s+(?:(?P<level>{_LEVEL})|(?P<committee>{_COMMITTEE}))\s+"
        r"(?=(?P<rest>[^\n]*))",
        re.IGNORECASE,
    )
    found = [hit for text in texts for hit in pattern.finditer(text)]
    best = None
    for hit in found:
        name = _proper_name(hit["rest"])
        if not name:
            continue
        after = hit["rest"][len(name) :]
        if best is None or _ISSUING_VERB.match(after):
            best = (hit, name)
            if _ISSUING_VERB.match(after):
                break
    if best is None:
        return None, None
    hit, name = best
    if hit["committee"]:
        return upper(body), upper(f"{hit['committee']} {name}")
    return upper(f"{body} {hit['level']} {name}"), None
