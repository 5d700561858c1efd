"""The interface is Vietnamese by default and fully available in English."""

import ast
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

PO_FILE = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.po"
MO_FILE = PO_FILE.with_suffix(".mo")
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|%%")


def read_po(path):
    """Parse a .po file with the standard library: one dict per entry (header excluded)."""
    entries, entry, field = [], None, None

    def finish():
        if entry is not None and "msgid" in entry:
            entries.append(entry)

    for raw in path.read_text(encoding="utf-8").splitlines() + [""]:
        line = raw.strip()
        if not line:
            finish()
            entry, field = None, None
            continue
        if entry is None:
            entry = {"flags": set(), "msgstr": {}}
        if line.startswith("#,"):
            entry["flags"].update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#~"):
            entry["obsolete"] = True
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            text = ast.literal_eval(line)
            if isinstance(field, tuple):
                entry["msgstr"][field[1]] += text
            else:
                entry[field] += text
        else:
            keyword, _, value = line.partition(" ")
            text = ast.literal_eval(value)
            match = re.fullmatch(r"msgstr(?:\[(\d+)\])?", keyword)
            if match:
                field = ("msgstr", int(match.group(1) or 0))
                entry["msgstr"][field[1]] = text
            else:
                field = keyword
                entry[field] = text
    finish()
    header = [e for e in entries if e["msgid"] == ""]
    body = [e for e in entries if e["msgid"] != "" and not e.get("obsolete")]
    return header, body


@pytest.fixture(scope="module")
def catalogue():
    return read_po(PO_FILE)


def switch_to(client, language):
    response = client.post("/i18n/setlang/", {"language": language, "next": "/"})
    assert response.status_code == 302


@pytest.mark.django_db
def test_login_page_is_vietnamese_by_default(client):
    response = client.get(reverse("accounts:login"))
    assert response.status_code == 200
    assert "Đăng nhập hệ thống thi đua, khen thưởng" in response.text
    assert '<html lang="vi">' in response.text


@pytest.mark.django_db
def test_login_page_switches_to_english(client):
    switch_to(client, "en")
    response = client.get(reverse("accounts:login"))
    assert response.status_code == 200
    assert '<html lang="en">' in response.text, f"{MO_FILE} missing or stale: run `make messages`"
    assert "Sign in to the emulation and commendation system" in response.text
    assert "Đăng nhập hệ thống thi đua, khen thưởng" not in response.text

    switch_to(client, "vi")
    response = client.get(reverse("accounts:login"))
    assert '<html lang="vi">' in response.text
    assert "Đăng nhập hệ thống thi đua, khen thưởng" in response.text


def test_dashboard_navigation_in_english(officer, client_for):
    client = client_for(officer)
    response = client.get(reverse("core:dashboard"))
    assert ">Kế hoạch</a>" in response.text
    assert 'action="/i18n/setlang/"' in response.text
    assert '<select name="language"' in response.text
    assert ">Tiếng Việt</option>" in response.text
    assert ">English</option>" in response.text

    switch_to(client, "en")
    response = client.get(reverse("core:dashboard"))
    assert response.status_code == 200
    assert '<html lang="en">' in response.text
    assert ">Plans</a>" in response.text
    assert ">Sign out</button>" in response.text
    assert ">Kế hoạch</a>" not in response.text
    # Each language is named in itself, in NFC, whatever the interface language.
    assert ">Tiếng Việt</option>" in response.text
    assert '<option value="en" lang="en" selected>English</option>' in response.text


def test_catalogue_header_is_final(catalogue):
    header, _ = catalogue
    assert len(header) == 1
    assert "fuzzy" not in header[0]["flags"]
    assert "Language: en\n" in header[0]["msgstr"][0]
    assert "Plural-Forms: nplurals=2; plural=(n != 1);" in header[0]["msgstr"][0]


def test_every_catalogue_entry_is_translated(catalogue):
    _, entries = catalogue
    assert len(entries) > 500
    fuzzy = [e["msgid"] for e in entries if "fuzzy" in e["flags"]]
    assert fuzzy == [], f"fuzzy entries in {PO_FILE}: {fuzzy[:10]}"
    untranslated = [e["msgid"] for e in entries if not all(e["msgstr"].values())]
    assert untranslated == [], f"untranslated entries in {PO_FILE}: {untranslated[:10]}"
    plural = [e for e in entries if "msgid_plural" in e]
    assert plural and all(sorted(e["msgstr"]) == [0, 1] for e in plural)


def test_translations_keep_every_placeholder(catalogue):
    _, entries = catalogue
    broken = []
    for entry in entries:
        source = entry.get("msgid_plural", entry["msgid"])
        for text in entry["msgstr"].values():
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                broken.append((entry["msgid"], text))
    assert broken == []


def test_compiled_catalogue_serves_the_translations(catalogue):
    _, entries = catalogue
    singular = [e for e in entries if "msgid_plural" not in e]
    sample = singular[:: max(1, len(singular) // 20)][:20]
    assert len(sample) == 20
    with translation.override("en"):
        for entry in sample:
            assert translation.gettext(entry["msgid"]) == entry["msgstr"][0], (
                f"{MO_FILE} missing or stale: run `make messages`"
            )
        plural = next(e for e in entries if "msgid_plural" in e)
        assert (
            translation.ngettext(plural["msgid"], plural["msgid_plural"], 1) == plural["msgstr"][0]
        )
        assert (
            translation.ngettext(plural["msgid"], plural["msgid_plural"], 5) == plural["msgstr"][1]
        )
    with translation.override("vi"):
        assert translation.gettext("Kế hoạch") == "Kế hoạch"
    with translation.override("en"):
        assert translation.gettext("Kế hoạch") == "Plans"


def test_browser_language_does_not_switch_the_interface(db):
    from django.test import Client

    response = Client().get("/tai-khoan/dang-nhap/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert '<html lang="vi">' in response.content.decode()
    assert response["Content-Language"] == "vi"
