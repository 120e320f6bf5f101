"""Official XML: USLM, rechtspraak.nl, BWB (KOOP family), and the generic fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from versiecheck.errors import InputError
from versiecheck.model import BlockKind
from versiecheck.read import read_bytes, read_path
from versiecheck.segment import segment

FIX = Path(__file__).resolve().parent.parent / "fixtures"


def test_uslm_footnotes_signatures_and_no_metadata() -> None:
    src = read_path(FIX / "us-uslm-reports" / "118hrpt9" / "report-excerpt.xml", "A")
    assert src.format == "xml-uslm"
    doc = segment(src)
    assert len(doc.footnotes) == 22
    assert doc.footnotes[0].text == "https://www.youtube.com/watch?v=CwduW_zw18U."
    assert (doc.markers[0].number, doc.markers[0].raw) == (1, "parents.1")
    # USLM signatures are one line each (``Bobby Scott, Ranking Member.``): kept as text,
    # as the segmenter reads the PDF's, so that both renderings agree.
    assert "Bobby Scott, Ranking Member." in src.text.splitlines()
    assert "H. Rept. 118-9" not in src.text  # reportMeta is metadata


def test_uslm_headings_and_numbers_join() -> None:
    doc = segment(read_path(FIX / "us-uslm-reports" / "118hrpt9" / "report-excerpt.xml", "A"))
    texts = [b.text for b in doc.blocks]
    assert "SECTION 1. SHORT TITLE." in texts
    assert any(b.kind is BlockKind.HEADING for b in doc.blocks)


def test_uslm_layout_table_brackets_are_drawn_not_text() -> None:
    """A layout cell holding only a brace groups the cells beside it (a report header):
    the typeset page draws it, so it is not text; cells with text keep their order."""
    xml = (
        b'<legislativeReport xmlns="http://schemas.gpo.gov/xml/uslm"><layout><row>'
        b"<column>113th Congress</column><column> } </column><column>SENATE</column>"
        b"<column>{</column><column>Report</column></row>"
        b"<row><column>2d Session</column><column>(a)</column><column>[1]</column></row>"
        b"</layout></legislativeReport>"
    )
    lines = read_bytes(xml, "r.xml", "A").text.splitlines()
    assert [" ".join(ln.split()) for ln in lines] == [
        "113th Congress SENATE Report",
        "2d Session (a) [1]",
    ]


def test_rechtspraak_footnotes_by_reference() -> None:
    doc = segment(read_path(FIX / "nl-rechtspraak-xml" / "ECLI_NL_PHR_2014_2.xml", "A"))
    assert len(doc.footnotes) == 43
    assert [m.number for m in doc.markers][:5] == [1, 2, 3, 4, 5]
    assert any(b.text.startswith("1.1 [X] BV (de belanghebbende)") for b in doc.blocks)


@pytest.mark.parametrize("name", ["ECLI_NL_CRVB_2014_3494.xml", "ECLI_NL_RBAMS_2010_BO3979.xml"])
def test_rechtspraak_decisions_read(name: str) -> None:
    src = read_path(FIX / "nl-rechtspraak-xml" / name, "A")
    assert src.format == "xml-rechtspraak" and len(src.text) > 2000


def test_bwb_law_articles_and_signature() -> None:
    src = read_path(FIX / "nl-bwb-xml" / "BWBR0002458_2014-01-01_1.xml", "A")
    assert src.format == "xml-koop"
    lines = src.text.splitlines()
    assert "Artikel 1" in lines and "§ 1 Begripsbepalingen" in lines
    assert "meta-data" not in src.text and "jci" not in src.text


def test_koop_kamerstuk_notes_and_signature() -> None:
    xml = (
        b"<?xml version='1.0'?><kamerstuk><stuk><dagtekening>Den Haag, 3 februari 2026"
        b"</dagtekening><al>Hierbij bieden wij het verslag aan van de brief<noot id='n1'>"
        b"<noot.nr>1</noot.nr><noot.al>Kamerstuk 32 317, nr. 987.</noot.al></noot> van"
        b" januari.</al><ondertekening><al>De minister van Justitie en Veiligheid,</al>"
        b"<al>F. van Oosten</al></ondertekening></stuk></kamerstuk>"
    )
    doc = segment(read_bytes(xml, "k.xml", "A"))
    assert doc.blocks[0].kind is BlockKind.DATELINE
    assert [(f.number, f.text) for f in doc.footnotes] == [(1, "Kamerstuk 32 317, nr. 987.")]
    assert doc.markers[0].anchor == "brief"
    assert [(s.role, s.name) for s in doc.signatures] == [
        ("De minister van Justitie en Veiligheid", "F. van Oosten")
    ]


def test_generic_xml_one_paragraph_per_text_element() -> None:
    xml = b"<doc><meta><x>skip</x></meta><part><title>Kop</title>"
    xml += b"<p>Een <b>vet</b> woord.</p></part></doc>"
    src = read_bytes(xml, "g.xml", "A")
    assert src.format == "xml" and src.text == "Kop\nEen vet woord.\n"


def test_malformed_xml() -> None:
    with pytest.raises(InputError, match="not well-formed"):
        read_bytes(b"<?xml version='1.0'?><kamerstuk><al>open", "bad.xml", "A")


def test_blank_lines_before_the_declaration_are_tolerated() -> None:
    # This rechtspraak.nl file starts with a newline before ``<?xml``.
    path = FIX / "nl-rechtspraak-xml" / "ECLI_NL_RBMNE_2016_1780.xml"
    assert path.read_bytes()[:1].isspace()
    src = read_path(path, "A")
    assert src.format == "xml-rechtspraak" and "ECLI" not in src.text.splitlines()[0]


def test_truncated_real_xml_is_not_well_formed() -> None:
    data = (FIX / "us-uslm-reports" / "113srpt310" / "report.xml").read_bytes()[:5000]
    with pytest.raises(InputError, match="not well-formed"):
        read_bytes(data, "cut.xml", "A")


def test_koop_vocabulary_file_of_the_seed_letter() -> None:
    src = read_path(FIX / "kst-32317-994-lo" / "letter-koop.xml", "A")
    assert src.format == "xml-koop"
    doc = segment(src)
    assert [(f.number, f.text[:12]) for f in doc.footnotes] == [
        (3, "Law shopping"),
        (4, "CULTNET is e"),
    ]
    assert [m.number for m in doc.markers] == [1, 2, 3, 4]
    assert [b.kind for b in doc.blocks][3] is BlockKind.DATELINE
    assert len(doc.signatures) == 3


_USLM = b'<tallySheet xmlns="http://schemas.gpo.gov/xml/uslm">'


def test_uslm_metadata_of_any_document_type_is_left_out() -> None:
    """USLM names each document type's machine-processable metadata ``<type>Meta``
    (``meta``, ``reportMeta``, ``tallySheetMeta``), never rendered: none of it is text,
    whatever the elements inside; the preface, which is rendered, stays."""
    xml = _USLM + (
        b"<tallySheetMeta><committee>Committee on Roads</committee><congress>99</congress>"
        b"<voteTotals><yeaVoteTotal>3</yeaVoteTotal></voteTotals></tallySheetMeta>"
        b"<tallySheetPreface><committee>Committee on Roads</committee>"
        b"<heading>VOTES</heading></tallySheetPreface><p>Three yeas.</p>"
        b"<someFutureMeta><p>Not printed</p></someFutureMeta></tallySheet>"
    )
    src = read_bytes(xml, "t.xml", "A")
    assert src.text.splitlines() == ["Committee on Roads", "VOTES", "Three yeas."]


def test_uslm_display_no_is_kept_in_the_file_but_not_rendered() -> None:
    """``display="no"`` (USLM's DisplayGroup) hides an element and all it holds, such as
    recorded votes that the document lays out again for print; ``display="yes"`` and no
    attribute render as usual."""
    xml = _USLM + (
        b"<p>Yeas: Mr. Adams.</p>"
        b'<recordedVotes display="no"><recordedVote><legislator>Mr. Adams</legislator>'
        b"<vote>Yea</vote></recordedVote></recordedVotes>"
        b'<p display="yes">Shown.</p></tallySheet>'
    )
    assert read_bytes(xml, "t.xml", "A").text.splitlines() == ["Yeas: Mr. Adams.", "Shown."]


def test_koop_meta_elements_by_name_are_left_out() -> None:
    xml = b"<kamerstuk><stuk-meta><nr>12</nr></stuk-meta><al>Tekst.</al></kamerstuk>"
    assert read_bytes(xml, "k.xml", "A").text == "Tekst.\n"


def _layout(rows: list[list[str]], head: str = "") -> bytes:
    cells = [
        b"<row>" + b"".join(b"<column>%s</column>" % c.encode() for c in row) + b"</row>"
        for row in rows
    ]
    header = b"<header><column>%s</column></header>" % head.encode() if head else b""
    return _USLM + b"<layout>" + header + b"".join(cells) + b"</layout></tallySheet>"


def test_numbered_list_set_in_columns_is_read_down_the_columns() -> None:
    """Items numbered down each column (1-3 left, 4-5 right) are read column by column,
    one paragraph each, as the printed page reads them; an empty cell is left out."""
    xml = _layout([["1. Ann", "4. Dan"], ["2. Bob", "5. Eve"], ["3. Cy", " "]], head="YEAS")
    assert read_bytes(xml, "t.xml", "A").text.splitlines() == [
        "YEAS",
        "1. Ann",
        "2. Bob",
        "3. Cy",
        "4. Dan",
        "5. Eve",
    ]


@pytest.mark.parametrize(
    "rows",
    [
        [["1. Ann", "2. Bob"], ["3. Cy", "4. Dan"]],  # numbered across the rows
        [["1. Ann", "Yea"], ["2. Bob", "Nay"]],  # a cell that is not a numbered item
        [["1. Ann", "3. Cy"], ["2. Bob", "5. Eve"]],  # not consecutive down a column
        [["1.1 Ann", "1.3 Cy"], ["1.2 Bob", "1.4 Dan"]],  # section numbers, not items
        # each column from 1: a synoptic table pairs its items by row, so rows it is
        [["1. Ann", "1. Dan"], ["2. Bob", "2. Eve"]],
    ],
)
def test_other_tables_are_read_row_by_row(rows: list[list[str]]) -> None:
    text = read_bytes(_layout(rows), "t.xml", "A").text
    assert [" ".join(ln.split()) for ln in text.splitlines()] == [" ".join(r) for r in rows]


@pytest.mark.parametrize(
    "xml",
    [
        # USLM embeds XHTML tables
        b'<bill xmlns="http://schemas.gpo.gov/xml/uslm"><main>'
        b'<table xmlns="http://www.w3.org/1999/xhtml"><tr><td>Alpha</td><td>Beta</td></tr>'
        b"</table></main></bill>",
        # KOOP and BWB tables are CALS
        b"<kamerstuk><table><tgroup><tbody><row><entry>Alpha</entry><entry>Beta</entry>"
        b"</row></tbody></tgroup></table></kamerstuk>",
        # any other XML
        b"<doc><table><tr><th>Alpha</th><td>Beta</td></tr></table></doc>",
    ],
)
def test_cells_of_a_table_row_are_not_glued(xml: bytes) -> None:
    assert " ".join(read_bytes(xml, "t.xml", "A").text.split()) == "Alpha Beta"


def test_paragraphs_of_a_cell_are_not_glued() -> None:
    xml = _USLM + (
        b"<layout><row><column><p>One.</p><p>Two</p></column><column>x</column></row>"
        b"</layout></tallySheet>"
    )
    assert " ".join(read_bytes(xml, "t.xml", "A").text.split()) == "One. Two x"


def test_values_of_a_record_do_not_make_one_word() -> None:
    """An element of only elements that the schema does not call text is a record: its
    values are set apart where they would run into one word (``Mr. AdamsYea``), and
    left as they are where they would not (a date ending in a dash before its action)."""
    xml = _USLM + (
        b"<recordedVotes><recordedVote><legislator>Mr. Adams</legislator><vote>Yea</vote>"
        b"</recordedVote></recordedVotes><action><date>May 1, 2014.\xe2\x80\x94</date>"
        b"<actionDescription>Ordered to be printed</actionDescription></action></tallySheet>"
    )
    assert read_bytes(xml, "t.xml", "A").text.splitlines() == [
        "Mr. Adams Yea",
        "May 1, 2014.\u2014Ordered to be printed",
    ]


def test_a_row_element_without_cells_keeps_its_text() -> None:
    xml = _USLM + b"<layout><row><p>Jan</p></row></layout></tallySheet>"
    assert read_bytes(xml, "t.xml", "A").text == "Jan\n"


def test_a_signature_leaves_out_what_is_not_rendered() -> None:
    xml = (
        b'<legislativeReport xmlns="http://schemas.gpo.gov/xml/uslm"><signature>'
        b'<name>Jane Roe</name>, <note display="no">draft</note><role>Chair.</role>'
        b"</signature></legislativeReport>"
    )
    assert read_bytes(xml, "r.xml", "A").text.splitlines() == ["Jane Roe, Chair."]
