import json

import pytest
from django.core.management import CommandError, call_command

from documents.examples import example

pytestmark = pytest.mark.pdf


def test_render_document_from_importer_json(tmp_path):
    source = tmp_path / "ke-hoach.json"
    source.write_text(json.dumps(example("phong_tho"), ensure_ascii=False), encoding="utf-8")
    for fmt in ("pdf", "docx"):
        out = tmp_path / f"ke-hoach.{fmt}"
        call_command("render_document", "--from-json", str(source), "--format", fmt, "-o", str(out))
        assert out.read_bytes()[:4] in (b"%PDF", b"PK\x03\x04")


def test_render_document_bad_json_is_a_command_error(tmp_path):
    source = tmp_path / "hong.json"
    source.write_text(json.dumps({"symbol": "KH-UBND"}), encoding="utf-8")
    with pytest.raises(CommandError, match="Thiếu cơ quan ban hành"):
        call_command("render_document", "--from-json", str(source), "-o", str(tmp_path / "x.pdf"))


def test_render_document_plan_id_needs_a_source(tmp_path):
    with pytest.raises(CommandError):
        call_command("render_document", "-o", str(tmp_path / "x.pdf"))
