"""Hostile and broken inputs: refused with one line and exit 2, never expanded or run."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from versiecheck.cli import main
from versiecheck.errors import InputError
from versiecheck.read import read_bytes, read_path, safe

FIX = Path(__file__).resolve().parent.parent / "fixtures"
BROKEN = FIX / "broken"
PLAIN = str(FIX / "kst-32317-994" / "plain.txt")


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("billion-laughs.xml", "entities"),
        ("xxe.xml", "entities"),
        ("zip-bomb.docx", "zip bomb"),
        ("truncated.docx", "corrupt archive"),
        ("truncated.pdf", "corrupt or unreadable PDF"),
        ("not-a-pdf.pdf", "corrupt or unreadable PDF"),
        ("encrypted.pdf", "encrypted PDF"),
        ("image-only.pdf", "no text layer"),
    ],
)
def test_refused_with_one_line_and_exit_2(
    name: str, reason: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["compare", str(BROKEN / name), PLAIN]) == 2
    err = capsys.readouterr().err
    assert reason in err and err.count("\n") == 1 and "Traceback" not in err


def test_billion_laughs_is_not_expanded() -> None:
    # Refused before expansion: the error names the first entity, and nothing grew.
    with pytest.raises(InputError, match="lol"):
        read_path(BROKEN / "billion-laughs.xml", "A")


def test_xxe_never_reads_the_file() -> None:
    with pytest.raises(InputError) as info:
        read_path(BROKEN / "xxe.xml", "A")
    assert "root:" not in str(info.value)  # no content of /etc/passwd anywhere


def test_member_that_lies_about_its_size_is_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safe, "MAX_UNCOMPRESSED", 1_000_000)
    monkeypatch.setattr(safe, "RATIO_FLOOR", 1000)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", "<x>" + "a" * 2_000_000 + "</x>")
    with pytest.raises(InputError, match="zip bomb"):
        read_bytes(buf.getvalue(), "bomb.docx", "A", "docx")


def test_too_many_members(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safe, "MAX_MEMBERS", 5)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for k in range(6):
            z.writestr(f"word/part{k}.xml", "<x/>")
    with pytest.raises(InputError, match="members"):
        read_bytes(buf.getvalue(), "many.docx", "A", "docx")


def test_a_doctype_without_entities_is_fine() -> None:
    data = b'<?xml version="1.0"?>\n<!DOCTYPE kamerstuk>\n<kamerstuk><al>Tekst.</al></kamerstuk>'
    assert read_bytes(data, "ok.xml", "A").text == "Tekst.\n"
