"""Reading rendered PDFs back (pdfplumber)."""

import io

import pdfplumber

MM = 72 / 25.4


def open_pdf(content):
    return pdfplumber.open(io.BytesIO(content))


def find(page, text):
    """The first match of ``text`` on ``page`` with its chars, or None."""
    matches = page.search(text, regex=False, return_chars=True)
    return matches[0] if matches else None


def fonts_of(match):
    return {char["fontname"].split("+", 1)[-1] for char in match["chars"] if char["text"].strip()}


def sizes_of(match):
    return {round(char["size"], 1) for char in match["chars"] if char["text"].strip()}


def rules_under(page, match, *, gap=4):
    """Horizontal rules (thin rects, curves or lines) just under a text match: (x0, x1)."""
    found = []
    for kind in ("rects", "curves", "lines"):
        for obj in getattr(page, kind):
            thin = obj["bottom"] - obj["top"] < 1.5
            encloses_text_box = obj["top"] <= match["top"] + 1 and obj["bottom"] >= match["bottom"]
            below = 0 <= obj["bottom"] - match["bottom"] <= gap
            centre = (match["x0"] + match["x1"]) / 2
            if below and obj["x0"] < centre < obj["x1"] and (thin or encloses_text_box):
                found.append((round(obj["x0"], 1), round(obj["x1"], 1)))
    return found


def page_text(page):
    return page.extract_text() or ""
