"""PDF: what the page tells (superscripts, page bottoms, running heads, pages and lines)."""

from __future__ import annotations

from pathlib import Path

import pytest

import versiecheck
from versiecheck.errors import InputError
from versiecheck.read import read_path
from versiecheck.segment import segment

FIX = Path(__file__).resolve().parent.parent / "fixtures"
LETTER = FIX / "kst-32317-994-lo" / "letter.pdf"


def test_superscript_markers_by_size_and_rise() -> None:
    doc = segment(read_path(LETTER, "A"))
    assert [(m.number, m.raw) for m in doc.markers] == [
        (1, "brief¹"),
        (2, "lidstaten,²"),
        (3, "shopping’.³"),
        (4, "spelen.⁴"),
    ]


def test_footnote_bodies_at_the_page_bottom() -> None:
    doc = segment(read_path(LETTER, "A"))
    assert [f.number for f in doc.footnotes] == [3, 4]
    assert doc.footnotes[1].text.startswith("CULTNET is een informeel EU netwerk")
    loc = doc.location(doc.footnotes[0].source_offset)
    assert loc.page == 3  # the page of its marker, at the bottom


def test_locations_are_page_and_line_on_the_page() -> None:
    src = read_path(LETTER, "A")
    doc = segment(src)
    assert len(src.page_starts) == 4
    loc = doc.location(doc.markers[1].source_offset)
    # The 19th line of text on page 2 (the running head and blank lines not counted).
    assert (loc.page, loc.line) == (2, 19)
    page2 = [ln for ln in src.text[src.page_starts[1] : src.page_starts[2]].splitlines() if ln]
    assert "lidstaten,²" in page2[loc.line - 1]
    assert loc.to_json()["page"] == 2


def test_running_head_and_page_numbers_are_not_text() -> None:
    doc = segment(read_path(LETTER, "A"))
    text = " ".join(b.text for b in doc.blocks)
    assert "vergaderjaar 2025–2026, 32 317, nr. 994" not in text


def test_hyphenation_at_line_ends_is_undone() -> None:
    # LibreOffice hyphenated the Dutch text; no block keeps a line-end hyphen split.
    src = read_path(LETTER, "A")
    doc = segment(src)
    broken = [ln for ln in src.text.splitlines() if ln.endswith("-") and not ln.endswith(" -")]
    assert broken, "the fixture should hyphenate some line ends"
    word = broken[0].split()[-1][:-1]
    assert any(word in b.text and f"{word}- " not in b.text for b in doc.blocks)


def test_gpo_production_line_and_rotated_margin_text_are_left_out() -> None:
    src = read_path(FIX / "us-uslm-reports" / "113srpt310" / "report.pdf", "A")
    assert "with REPORTS" not in src.text  # rotated watermark up the page edge
    doc = segment(src)
    assert not any("VerDate" in b.text for b in doc.blocks)  # repeated production line


def test_peer_pair_one_extra_full_stop() -> None:
    pair = FIX / "peer-fixtures" / "diff-pdf-visually"
    report = versiecheck.compare(pair / "base.pdf", pair / "base_plus_period.pdf")
    assert [(f.rule, f.b.excerpt if f.b else "") for f in report.findings] == [
        ("text-punctuation", ".")
    ]
    assert report.findings[0].a is not None and report.findings[0].a.page == 1


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("encrypted.pdf", "encrypted PDF"),
        ("truncated.pdf", "corrupt or unreadable PDF"),
        ("not-a-pdf.pdf", "corrupt or unreadable PDF"),
        ("image-only.pdf", "no text layer"),
    ],
)
def test_broken_pdfs(name: str, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        read_path(FIX / "broken" / name, "A")
