"""HTML: LibreOffice's export of the seed letter, and notes linked by id."""

from __future__ import annotations

from pathlib import Path

import pytest

from versiecheck.errors import InputError
from versiecheck.read import read_bytes, read_path
from versiecheck.segment import segment

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "kst-32317-994-lo"


def test_libreoffice_html_footnotes_and_no_page_furniture() -> None:
    doc = segment(read_path(FIX / "letter.html", "A"))
    assert [f.number for f in doc.footnotes] == [3, 4]
    assert doc.footnotes[1].text.startswith("CULTNET is een informeel")
    assert [m.number for m in doc.markers] == [1, 2, 3, 4]
    text = " ".join(b.text for b in doc.blocks)
    assert "vergaderjaar 2025–2026" not in text  # the exported page header
    assert [s.name for s in doc.signatures] == ["F. van Oosten", "D.M. van Weel", "A.C.L. Rutte"]


def test_footnote_section_linked_by_id() -> None:
    html = (
        b"<!DOCTYPE html><html><head><title>t</title><script>x()</script></head><body>"
        b"<h2>Kop</h2><p>Zie de brief<sup><a href='#fn1'>1</a></sup> hierover.</p>"
        b"<ol class='footnotes'><li id='fn1'><a href='#ref1'>1</a> KST 32317, nr. 987.</li></ol>"
        b"</body></html>"
    )
    doc = segment(read_bytes(html, "x.html", "A"))
    assert [b.text for b in doc.blocks] == ["Kop", "Zie de brief hierover."]
    assert [(f.number, f.text) for f in doc.footnotes] == [(1, "KST 32317, nr. 987.")]
    assert doc.markers[0].anchor == "brief"


def test_empty_html_is_refused() -> None:
    with pytest.raises(InputError, match="no text"):
        read_bytes(b"<html><body><script>1</script></body></html>", "x.html", "A")


def test_truncated_html_reads_what_is_there() -> None:
    data = (FIX / "letter.html").read_bytes()
    cut = data[: len(data) // 2]
    src = read_bytes(cut, "half.html", "A")
    assert "Hierbij bieden wij uw Kamer" in src.text
    assert "CULTNET is een informeel" not in src.text  # the notes were in the lost half


def test_html_table_of_numbered_columns_under_a_heading_row() -> None:
    """A numbered list set in the columns of an HTML table (1-2 left, 3 right) under a
    heading row across both columns is read down the columns."""
    html = (
        b"<html><body><table><tr><th colspan='2'>NAYS</th></tr>"
        b"<tr><td>1. Ann</td><td>3. Cy</td></tr><tr><td>2. Bob</td><td></td></tr>"
        b"</table></body></html>"
    )
    assert read_bytes(html, "t.html", "A").text.splitlines() == [
        "NAYS",
        "1. Ann",
        "2. Bob",
        "3. Cy",
    ]
