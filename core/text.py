"""Vietnamese text helpers shared by every app.

Text is stored in NFC (Word and macOS paste arrive in NFD); search folds diacritics so that
"thi dua" finds "thi đua"; sorting follows the Vietnamese alphabet, not code points.
"""

import re
import unicodedata

# Characters that look like Vietnamese letters but are not: Icelandic eth typed for Đ.
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_COMBINING = re.compile("[\u0300-\u036f]")

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_ORDER = {ch: i for i, ch in enumerate(_ALPHABET)}
# Tone marks in the order Vietnamese dictionaries use: ngang, huyền, sắc, hỏi, ngã, nặng.
_TONES = {"\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}
# Marks that make a new letter rather than a tone.
_LETTER_MARKS = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}


def nfc(value):
    """Normalise typed or pasted text: NFC, real Đ, no invisible characters, \\n line ends."""
    if value is None:
        return None
    value = unicodedata.normalize("NFC", str(value))
    value = value.translate(_LOOKALIKES)
    value = _INVISIBLE.sub("", value)
    return value.replace("\r\n", "\n").replace("\r", "\n")


def fold(value):
    """Lower-case ASCII form for search: 'Thi đua, Khen THƯỞNG' -> 'thi dua, khen thuong'."""
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFD", nfc(value))
    stripped = _COMBINING.sub("", decomposed)
    return stripped.replace("đ", "d").replace("Đ", "D").lower()


def sort_key(value):
    """Key that sorts by the Vietnamese alphabet (a ă â b c d đ …), then by tone."""
    letters = []
    tones = []
    for ch in nfc(value or "").lower():
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        tone = 0
        for mark in marks:
            if (base, mark) in _LETTER_MARKS:
                base = _LETTER_MARKS[(base, mark)]
            elif mark in _TONES:
                tone = _TONES[mark]
        letters.append(_ORDER.get(base, 100 + ord(base)))
        tones.append(tone)
    return (tuple(letters), tuple(tones))


def upper(value):
    """Upper-case with Unicode rules ('ủy ban' -> 'ỦY BAN'); kept NFC."""
    return unicodedata.normalize("NFC", nfc(value).upper())
