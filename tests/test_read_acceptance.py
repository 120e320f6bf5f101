"""Issue 4's acceptance pairs, end to end. Each test states what it proves; the ones that
do not pass yet are marked ``xfail(strict=True)`` with the reason, so that they turn red
the day they pass and the mark can go."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

import versiecheck
from versiecheck.model import Finding, Severity

FIX = Path(__file__).resolve().parent.parent / "fixtures"
SEED = FIX / "kst-32317-994"
LO = FIX / "kst-32317-994-lo"
US = FIX / "us-uslm-reports"


def _kinds(findings: list[Finding]) -> Counter[tuple[str, str]]:
    return Counter((f.rule, f.severity.value) for f in findings)


@pytest.fixture(scope="module")
def typeset_findings() -> list[Finding]:
    return versiecheck.compare(SEED / "typeset.txt", SEED / "plain.txt").findings


@pytest.mark.parametrize(
    "name", ["letter.pdf", "letter.docx", "letter.odt", "letter.html", "letter-koop.xml"]
)
def test_seed_letter_rendered_gives_the_same_findings_as_its_text(
    name: str, typeset_findings: list[Finding]
) -> None:
    """The seed publication typeset by LibreOffice (PDF) and saved as DOCX, ODT and HTML,
    against the letter as written: the same findings as the publication's text."""
    findings = versiecheck.compare(LO / name, SEED / "plain.txt").findings
    assert _kinds(findings) == _kinds(typeset_findings)

    # The same footnotes are found missing (1 and 2), at the same words.
    def missing(fs: list[Finding]) -> list[str]:
        return [
            re.sub(r"[¹²³⁴⁵⁶⁷⁸⁹\d]", "", f.a.excerpt) if f.a else ""
            for f in fs
            if f.rule == "footnote-body-missing"
        ]

    assert missing(findings) == missing(typeset_findings)


def test_seed_pdf_findings_point_at_pages() -> None:
    report = versiecheck.compare(LO / "letter.pdf", SEED / "plain.txt")
    pages = {f.a.page for f in report.findings if f.a is not None}
    assert pages <= {1, 2, 3, 4} and None not in pages and len(pages) >= 2


def _noise(f: Finding) -> str | None:
    """What kind of layout noise a finding is about, if any."""
    text = f.message
    if re.search(r"VerDate|Jkt \d|Frm \d|Sfmt|with REPORTS", text):
        return "production line"
    if re.search(r"\.{4,}|(?:\. ){4,}", text):
        return "contents leaders"
    if re.search(r"[a-z]- [a-z]", text):
        return "hyphenation"
    if "‘‘" in text or "’’" in text:
        return "quote glyphs"
    if re.search(r"‘\d{1,3}’", text) and f.rule.startswith("structure"):
        return "page number"
    return None


def test_113srpt310_no_production_line_leaders_hyphenation_or_quote_glyphs() -> None:
    report = versiecheck.compare(US / "113srpt310" / "report.pdf", US / "113srpt310" / "report.xml")
    assert [(f.rule, _noise(f)) for f in report.findings if _noise(f)] == []
    # The real differences of this sample XML ("incomplete and may not be accurate", its
    # own comment) are found: the PDF's purpose paragraph is not in the XML.
    assert any(
        f.rule == "structure-block-missing" and "The purpose of S. 1014" in f.message
        for f in report.findings
    )


def test_113srpt310_no_error_at_all_that_is_layout() -> None:
    """The cover and title page are layout, not differences: the title page repeats the
    cover's heading and ``Calendar No. 618`` (text, not running heads: page 1 is no
    evidence of one), the heading is a table whose middle cell spans two rows
    (``113TH CONGRESS } SENATE { REPORT``), GPO's job number ``49–010`` is the production
    line's ``Jkt 049010`` (the XML's ``jacketId``), ``2d`` is ``2nd``, ``ONE HUNDRED`` in
    small capitals is ``one hundred``, and the member list is one paragraph in the PDF
    and a line per member in the XML. What is left are the sample XML's real omissions."""
    report = versiecheck.compare(US / "113srpt310" / "report.pdf", US / "113srpt310" / "report.xml")
    known_real = ("The purpose of S. 1014", "In accordance with paragraph 11(b)", "S. 1014 would")
    errors = [
        f
        for f in report.findings
        if f.severity is Severity.ERROR and not any(k in f.message for k in known_real)
    ]
    assert errors == []
    # Nor a warning (the member list once came as text moved), and the real ones stay.
    assert not [f for f in report.findings if f.severity is Severity.WARNING]
    assert sorted(k for f in report.findings for k in known_real if k in f.message) == sorted(
        known_real
    )


def test_118hrpt9_missing_part_is_grouped() -> None:
    """The XML is an excerpt: what only the PDF has comes as a few grouped findings."""
    report = versiecheck.compare(
        US / "118hrpt9" / "report.pdf", US / "118hrpt9" / "report-excerpt.xml"
    )
    only_a = [f for f in report.findings if f.rule == "structure-block-missing" and f.b is None]
    blocks = sum(int(re.search(r"(\d+) blocks?", f.message).group(1)) for f in only_a)  # type: ignore[union-attr]
    assert blocks >= 80  # most of the PDF's extra pages ...
    assert len(only_a) <= 25  # ... in a couple of dozen findings, not one per paragraph
    # No running head, production line or page number is among what only the PDF has.
    assert not [f for f in only_a if re.search(r"VerDate|Jkt \d|Frm \d", f.message)]


def test_118hrpt9_not_hundreds_of_findings() -> None:
    """31 findings (from 128). What it took: en dashes inside words; the minority views'
    notes, numbered from 1 again, read as a second series and compared within it; raised
    note numbers before digits ('² 20 U.S.C.'), side by side ('¹⁸¹⁹') or stray ('1965⁸');
    the bracketed folio '(48)'; a full stop moved past a quote as one finding; the
    excerpt's '[Content is elided in this sample]' named in the finding for the text it
    stands for; the PDF's list numbering (1, 2, 3, 2, 3, …) as one finding; names with
    one word changed paired; footnote 27's number, text in the excerpt, left to the
    footnote rules; GPO's pi-font bullets ('æ', 'D') read as bullets; a paragraph the
    excerpt cuts short and splits paired with its start. Left, besides real differences:
    'RAU´ L' for 'RAÚL' and spaces inside a URL in the PDF's text layer."""
    report = versiecheck.compare(
        US / "118hrpt9" / "report.pdf", US / "118hrpt9" / "report-excerpt.xml"
    )
    assert len(report.findings) < 60
    # No text both renderings hold is reported missing from each: what only A has and
    # what only B has never start alike.
    starts = {
        side: {
            m.group(1)[:40]
            for f in report.findings
            if f.rule == "structure-block-missing"
            and f.message.startswith(f"Text only in {side.upper()} ")
            and (m := re.search(r"starting ‘([^’]+)", f.message))
        }
        for side in ("a", "b")
    }
    assert starts["a"] and starts["b"] and not starts["a"] & starts["b"]


@pytest.mark.parametrize(
    "name", [p.stem for p in sorted((FIX / "nl-kamervragen-docx").glob("*.docx"))]
)
def test_corpus_docx_against_its_libreoffice_pdf_is_quiet(name: str) -> None:
    """Four Word letters against the PDF LibreOffice made of each: no error or warning.
    What it took: page-number lines anywhere on a page, headings at page edges that only
    look like running heads, the letterhead column's reading order and its first line on
    page 1, DOCPROPERTY fields Word left empty, and typed notes read alike on both sides."""
    docx = FIX / "nl-kamervragen-docx" / f"{name}.docx"
    report = versiecheck.compare(docx, docx.with_suffix(".pdf"))
    loud = [f for f in report.findings if f.severity.rank >= Severity.WARNING.rank]
    assert loud == []


ROLLCALL = US / "111hr4645-rollcall"


@pytest.fixture(scope="module")
def rollcall_findings() -> list[Finding]:
    return versiecheck.compare(ROLLCALL / "rollcall.pdf", ROLLCALL / "rollcall.xml").findings


def test_rollcall_no_noise_of_the_xml_reader(rollcall_findings: list[Finding]) -> None:
    """A committee's roll-call tally typeset by GPO against its USLM ``tallySheet``. None
    of what a reader calls layout is reported: the ``tallySheetMeta`` values (metadata,
    not printed), the YEAS and NAYS lists laid out as two-column tables (1-13 down the
    left, 14-25 down the right: read down the columns, as printed), and the recorded
    votes the XML keeps with ``display="no"`` (not rendered, so not missing from the
    PDF). Real differences may be reported; this pair has none."""
    messages = [f.message for f in rollcall_findings]
    # The list order: no name reported as changed into another, nor a number.
    assert not [f for f in rollcall_findings if f.rule in ("text-changed", "number-changed")]
    # The metadata and the hidden recorded votes (Yea/Nay glued to names) are not text.
    assert not [m for m in messages if re.search(r"roll call|Rep\. Holden|Yea|Nay\b", m)]
    assert not [f for f in rollcall_findings if f.rule.startswith("structure") and f.a is None]


def test_rollcall_no_finding_at_all(rollcall_findings: list[Finding]) -> None:
    """28 errors before (metadata read as text, the lists read across the rows, the
    hidden votes read and glued as ``Mr. HoldenYea``); none now."""
    assert rollcall_findings == []
