"""Segmenting text renderings: layout noise out, structure in."""

from __future__ import annotations

import pytest

from versiecheck import compare_text
from versiecheck.model import BlockKind, Document, Region
from versiecheck.read import read_text
from versiecheck.segment import segment

PAGE_BREAK = "\n \n\n \n\n"


def seg(text: str) -> Document:
    return segment(read_text(text, "A"))


def texts(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks]


def test_wrapped_lines_join_and_line_end_hyphenation_is_undone() -> None:
    doc = seg(
        "Voorafgaand aan de informele Raad kwamen Denemarken, Oos-\n"
        "tenrijk en de Europese Commissie bijeen voor een overleg.\n"
    )
    assert texts(doc) == [
        "Voorafgaand aan de informele Raad kwamen Denemarken, Oostenrijk en de Europese "
        "Commissie bijeen voor een overleg."
    ]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("ondersteuning van EU-", "agentschappen en een strategie.", "EU-agentschappen"),
        ("het Europese asiel- ", "en migratiesysteem werkt.", "asiel- en migratiesysteem"),
        ("coördinatie en informatie-", "uitwisseling tussen lidstaten.", "informatie-uitwisseling"),
        ("verbeteren van de socio-", "economische omstandigheden.", "socio-economische"),
        ("de Tweede Kamer der Staten-", "Generaal vergadert.", "Staten-Generaal"),
    ],
)
def test_real_hyphens_and_elisions_survive_a_line_end(
    first: str, second: str, expected: str
) -> None:
    doc = seg(f"Dit gaat over {first}\n{second}\n")
    assert expected in doc.blocks[0].text


def test_hyphenation_choice_never_makes_a_text_finding() -> None:
    typeset = "Het kabinet steunt het non-\npaper van de Commissie over de Oos-\ntenrijkse inzet.\n"
    plain = "Het kabinet steunt het nonpaper van de Commissie over de Oostenrijkse inzet.\n"
    assert compare_text(typeset, plain).findings == []
    plain2 = "Het kabinet steunt het non-paper van de Commissie over de Oostenrijkse inzet.\n"
    assert compare_text(typeset, plain2).findings == []


def test_page_furniture_is_dropped() -> None:
    head = "Tweede Kamer, vergaderjaar 2025–2026, 32 317, nr. 994"
    body = [
        "Eerste alinea van de brief die over twee pagina's loopt en daarom",
        "hier wordt afgebroken door een paginawissel midden in de zin die",
        "verder gaat op de volgende pagina met meer tekst over het onderwerp.",
    ]
    text = (
        f"{head}\n1\n\n{body[0]}\n{body[1]}\n\n\n\n"
        f"{head}\n2\n\n{body[2]}\n\nTweede alinea met een eigen zin.\n\n\n\n{head}\n3\n\nSlot.\n"
    )
    doc = seg(text)
    assert texts(doc)[0] == " ".join(body)
    assert all(head not in t for t in texts(doc))
    assert texts(doc)[-1] == "Slot."


def test_running_lines_a_cover_line_repeated_once_is_no_running_head() -> None:
    """lines.running_lines: a cover's line that the title page repeats (pages 1 and 3 of
    six) is text; on two pages after the first it is a running head, and in a short
    document two pages are enough."""
    from versiecheck.segment.lines import running_lines

    cover = "Calendar No. 618"
    assert running_lines([(1, cover), (3, cover)], 6) == [False, False]
    assert running_lines([(3, cover), (5, cover)], 6) == [True, True]
    assert running_lines([(1, cover), (3, cover), (5, cover)], 6) == [True, True, True]
    assert running_lines([(1, cover), (2, cover)], 2) == [True, True]


def test_cover_heading_repeated_on_the_title_page_is_kept() -> None:
    """A six-page text whose first and third pages open with the same line: it is what
    those pages say, not a running head, and both stay in the text."""
    pages = ["Calendar No. 618\n\nThe cover of the report.\n"]
    pages.append("A page with a list of members of the committee.\n")
    pages.append("Calendar No. 618\n\nThe title page of the report.\n")
    pages += [f"{n}\n\nBody text on page {n} of the report itself.\n" for n in (2, 3, 4)]
    doc = seg("\n\n\n\n".join(pages))
    assert texts(doc).count("Calendar No. 618") == 2
    assert not any(t in ("2", "3", "4") for t in texts(doc))


@pytest.mark.parametrize(
    ("line", "numbers"),
    [
        ("uit de gezamenlijke brief1 aan de Commissie.", [1]),
        ("de brief van twintig lidstaten,1 inclusief Nederland.", [1]),
        ("binnen de Unie en ‘law shopping’.1 Om te bepalen of", [1]),
        ("een belangrijke rol spelen.1", [1]),
        ("uit de gezamenlijke brief[1] aan de Commissie.", [1]),
        ("uit de gezamenlijke brief¹ aan de Commissie.", [1]),
    ],
)
def test_glued_markers_are_recognised(line: str, numbers: list[int]) -> None:
    doc = seg(f"{line}\n")
    assert [m.number for m in doc.markers] == numbers
    assert doc.blocks[0].text.count("1") == 0 and "¹" not in doc.blocks[0].text


@pytest.mark.parametrize(
    "line",
    [
        "De informele Raad Justitie en Binnenlandse Zaken (iJBZ-Raad) vergaderde.",
        "Zie KST 32317 en vergaderjaar 2025-2026 voor de achtergrond.",
        "1. Werksessie I - Duurzame benaderingen van terugkeer",
        "Lidstaten dienen het EES uiterlijk op 9 april 2026 operationeel te hebben.",
        "Het gaat om COVID-19 en om de G7 en om CO2.",
    ],
)
def test_numbers_that_are_not_markers(line: str) -> None:
    assert seg(f"{line}\n").markers == []


def test_spaced_marker_only_with_a_body() -> None:
    doc = seg("Zoals in de brief 1 aan de Kamer staat.\n\n1 Kamerstuk 32 317, nr. 987.\n")
    assert [m.number for m in doc.markers] == [1]
    assert [f.text for f in doc.footnotes] == ["Kamerstuk 32 317, nr. 987."]
    assert seg("Zoals in de brief 1 aan de Kamer staat.\n").markers == []


def test_footnote_bodies_at_a_page_bottom_leave_the_flow() -> None:
    text = (
        "Dit leidt tot uiteenlopende uitkomsten binnen de Unie en ‘law shopping’.3 Om te\n"
        "bepalen of actie nodig is, stelt de Commissie een analyse voor. Volgens\n"
        "Nederland kan deze samenwerking worden geïntensiveerd door in\n"
        " \n"
        "3 Law shopping betekent in deze context dat partijen een\n"
        "rechtsgebied kiezen waar de wetgeving het gunstigst is.\n"
        "\n\n \n\n \n\n"
        "te zetten op kennisuitwisseling.\n"
    )
    doc = seg(text)
    assert [(f.number, f.text) for f in doc.footnotes] == [
        (
            3,
            "Law shopping betekent in deze context dat partijen een rechtsgebied kiezen waar "
            "de wetgeving het gunstigst is.",
        )
    ]
    assert len(doc.blocks) == 1
    assert "geïntensiveerd door in te zetten op kennisuitwisseling." in doc.blocks[0].text


def test_footnote_numbering_that_starts_again_is_a_new_series() -> None:
    # A report's majority views and then its minority views, each numbering notes from 1.
    text = (
        "Parents have the right to know what is taught.¹ They want to be heard.²\n"
        "\n"
        "¹ First note of the majority.\n"
        "² Second note of the majority.\n"
        "\fMINORITY VIEWS\n"
        "\n"
        "The Majority claims that the bill helps parents.¹ It does not.²\n"
        "\n"
        "¹ First note of the minority.\n"
        "² 20 U.S.C. 1232h(c)(1).\n"
    )
    doc = seg(text)
    assert [(f.number, f.text) for f in doc.footnotes] == [
        (1, "First note of the majority."),
        (2, "Second note of the majority."),
        (1, "First note of the minority."),
        (2, "20 U.S.C. 1232h(c)(1)."),  # a raised number, then digits: a note all the same
    ]
    assert [(m.number, m.anchor) for m in doc.markers] == [
        (1, "taught"),
        (2, "heard"),
        (1, "parents"),
        (2, "not"),
    ]
    assert not any("¹" in b.text or "Note" in b.text for b in doc.blocks)


def test_numbering_that_goes_back_to_1_without_a_marker_1_is_no_new_series() -> None:
    text = (
        "Parents have the right to know what is taught.¹ They want to be heard.²\n"
        "\n"
        "¹ First note.\n"
        "² Second note.\n"
        "\fThe text goes on without any new marker here.\n"
        "\n"
        "¹ Not a note: nothing refers to it.\n"
    )
    assert [f.number for f in seg(text).footnotes] == [1, 2]


def test_where_notes_are_raised_a_line_in_plain_digits_is_no_note() -> None:
    # A table of amendments: ``3 Ms. Adams …`` is a row, ``put forward 3`` no reference.
    text = (
        "Committee Democrats put forward 3 amendments to the bill.¹ They were defeated.\n"
        "\n"
        "¹ See the markup.\n"
        "\fAmendment Offered By Description\n"
        "\n"
        "3 Ms. Adams Ensures conferences can be held by video\n"
    )
    doc = seg(text)
    assert [f.number for f in doc.footnotes] == [1]
    assert any("Ms. Adams" in b.text for b in doc.blocks)


def test_raised_markers_with_notes_in_plain_digits_keep_their_notes() -> None:
    # A word processor's PDF: markers raised, the notes' numbers not. One line that
    # happens to start with a raised number does not make plain-digit notes text.
    text = (
        "Zie de brief aan de Kamer.¹ En de nota aan de Raad.²\n"
        "³⁵ deelnemers kwamen op de bijeenkomst af.\n"
        "\n"
        "1 Kamerstuk 32 317, nr. 987.\n"
        "2 Kamerstuk 32 317, nr. 990.\n"
    )
    assert [f.number for f in seg(text).footnotes] == [1, 2]


def test_a_stray_raised_number_ahead_of_the_numbering_is_no_marker() -> None:
    text = (
        "Section 4106 of the Act of 1965³ allows school districts to use funds.\n"
        "\n"
        "Parents should know.¹ Parents should be heard.² Parents should see the budget.³\n"
        "\n"
        "¹ Note one.\n"
        "² Note two.\n"
        "³ Note three.\n"
    )
    doc = seg(text)
    assert [(m.number, m.anchor) for m in doc.markers] == [
        (1, "know"),
        (2, "heard"),
        (3, "budget"),
    ]
    assert "1965³" in doc.blocks[0].text


def test_a_marker_missing_from_one_series_leaves_the_rest_of_it_markers() -> None:
    # Marker 2 is missing from the first series: its 3 and 4 are still markers, although
    # a 3 comes again in the second series.
    text = (
        "Alpha has a note.¹ Gamma has one.³ Delta too.⁴\n"
        "\n"
        "¹ Note one.\n"
        "³ Note three.\n"
        "⁴ Note four.\n"
        "\fMinority has a note.¹ Beta has one.² Gamma again.³\n"
        "\n"
        "¹ Other one.\n"
        "² Other two.\n"
        "³ Other three.\n"
    )
    doc = seg(text)
    assert [m.number for m in doc.markers] == [1, 3, 4, 1, 2, 3]


def test_raised_markers_side_by_side_are_two_markers() -> None:
    text = (
        "Funds were spent on frivolous projects.¹ And on the agenda.²³ Nothing else.\n"
        "\n"
        "¹ Note one.\n"
        "² Note two.\n"
        "³ Note three.\n"
    )
    doc = seg(text)
    assert [(m.number, m.anchor) for m in doc.markers] == [
        (1, "projects"),
        (2, "agenda"),
        (3, "agenda"),
    ]
    assert "And on the agenda. Nothing else." in doc.blocks[0].text


def test_a_page_number_in_brackets_between_page_numbers_is_furniture() -> None:
    page = "A paragraph of running text that fills the page with words.\n"
    text = f"47\n\n{page}\f{page}\n(48)\n\f49\n\n{page}"
    assert not any("(48)" in b.text for b in seg(text).blocks)
    # A number in brackets that does not run on from the pages' numbers stays text.
    text = f"47\n\n{page}\f{page}\n(2)\n\f49\n\n{page}"
    assert any("(2)" in b.text for b in seg(text).blocks)


def test_footnote_body_dropped_mid_paragraph_in_plain_text() -> None:
    text = (
        "Tijdens het overleg herhaalden de lidstaten de oproep uit de brief1 aan de\n"
        "1 Tweede Kamer, vergaderjaar 2025-2026, KST 32317, nr. 987.\n"
        "Europese Commissie om de randvoorwaarden te creëren.\n"
    )
    doc = seg(text)
    assert [f.text for f in doc.footnotes] == [
        "Tweede Kamer, vergaderjaar 2025-2026, KST 32317, nr. 987."
    ]
    assert texts(doc) == [
        "Tijdens het overleg herhaalden de lidstaten de oproep uit de brief aan de Europese "
        "Commissie om de randvoorwaarden te creëren."
    ]


def test_header_dateline_signatures_and_annex() -> None:
    text = (
        "32 317  JBZ-Raad\n"
        "Nr. 994  Brief van de minister van Justitie en Veiligheid, de\n\n"
        "minister van Asiel en Migratie\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
        "Den Haag, 3 februari 2026\n \n"
        "Hierbij bieden wij uw Kamer het verslag aan.\n \n"
        "De minister van Justitie en Veiligheid,\n\n"
        "F. van Oosten\n \n"
        "De Minister van Asiel en Migratie,\n"
        "D.M. van Weel\n\n\n\n\n"
        "Verslag van de bijeenkomst van de informele Raad\n\n"
        "De Raad sprak over terugkeer.\n"
    )
    doc = seg(text)
    kinds = [(b.kind, b.region) for b in doc.blocks]
    assert kinds == [
        (BlockKind.HEADER, Region.HEADER),
        (BlockKind.HEADER, Region.HEADER),
        (BlockKind.HEADER, Region.HEADER),
        (BlockKind.DATELINE, Region.HEADER),
        (BlockKind.PARAGRAPH, Region.BODY),
        (BlockKind.SIGNATURE, Region.SIGNATURES),
        (BlockKind.SIGNATURE, Region.SIGNATURES),
        (BlockKind.ANNEX, Region.ANNEX),
        (BlockKind.PARAGRAPH, Region.ANNEX),
    ]
    assert doc.blocks[1].text.endswith("de minister van Asiel en Migratie")
    assert [(s.role, s.name) for s in doc.signatures] == [
        ("De minister van Justitie en Veiligheid", "F. van Oosten"),
        ("De Minister van Asiel en Migratie", "D.M. van Weel"),
    ]


def test_heading_stuck_to_its_paragraph() -> None:
    doc = seg(
        "Ontbijt kopgroep terugkeerhubs\n"
        "Voorafgaand aan de informele JBZ-Raad kwamen Denemarken, Griekenland en de\n"
        "Europese Commissie bijeen voor een overleg over innovatieve oplossingen.\n"
    )
    assert [b.kind for b in doc.blocks] == [BlockKind.HEADING, BlockKind.PARAGRAPH]


def test_blocks_map_back_to_line_and_column() -> None:
    text = "Eerste regel van de alinea die\n   doorloopt op regel twee.\n\nTweede alinea.\n"
    doc = seg(text)
    loc = doc.block_location(0, doc.blocks[0].text.index("doorloopt"), len("doorloopt"))
    assert (loc.line, loc.column, loc.excerpt) == (2, 4, "doorloopt")
    loc2 = doc.block_location(1)
    assert (loc2.line, loc2.column) == (4, 1)


def test_every_character_of_a_block_maps_to_its_source_character() -> None:
    """Each character of a joined block maps to the same character in the source; a space
    that joins two lines maps to whitespace (the line break it stands for), and a dropped
    line-end hyphen leaves no trace."""
    text = (
        "De staatssecretaris van Justitie en Veilig-\n"
        "heid zond de Kamer  \n"
        "  op verzoek een brief¹ over de uitvoe-\n"
        "ring.\n"
        "\n"
        "Tweede alinea op een regel\n"
        "zonder inspringing.\n"
    )
    doc = seg(text)
    assert [b.text for b in doc.blocks][:2] == [
        "De staatssecretaris van Justitie en Veiligheid zond de Kamer op verzoek een brief "
        "over de uitvoering.",
        "Tweede alinea op een regel zonder inspringing.",
    ]
    for block in doc.blocks[:2]:
        for k, ch in enumerate(block.text):
            source_ch = text[block.origin.source_offset(k)]
            assert source_ch == ch or (ch == " " and source_ch.isspace()), (block.text, k)
    # A paragraph typed without indent or trailing spaces maps as one run.
    assert len(doc.blocks[1].origin._starts) == 1


def test_heading_at_the_top_of_a_page_starts_a_block() -> None:
    text = (
        "De Raad sprak over de gefaseerde invoering van het nieuwe systeem aan\n"
        "de buitengrenzen en over de technische problemen die daarbij optraden\n"
        "op de grote luchthavens, waar de registratie vertraging opliep.\n\n\n\n"
        "Implementatie van het systeem\n"
        "Vanaf oktober is Nederland, net als andere lidstaten, gestart met een\n"
        "gefaseerde invoering.\n"
    )
    doc = seg(text)
    assert [b.kind for b in doc.blocks] == [
        BlockKind.PARAGRAPH,
        BlockKind.HEADING,
        BlockKind.PARAGRAPH,
    ]


def test_heading_at_the_bottom_of_a_page_ends_there() -> None:
    """Found by eval (seed 13, three differences at once): a heading left alone at a
    page bottom was joined to the first paragraph of the next page, so a paragraph
    dropped next to it was reported against the heading."""
    text = (
        "De Raad sprak over de gefaseerde invoering van het nieuwe systeem aan\n"
        "de buitengrenzen, waar de registratie vertraging opliep.\n"
        " \n"
        "Overige onderwerpen\n"
        " \n\n\n\n"
        "De rol van de Europese agentschappen bij de ondersteuning werd ook\n"
        "besproken door de lidstaten.\n"
    )
    doc = seg(text)
    assert [(b.kind, b.text[:19]) for b in doc.blocks] == [
        (BlockKind.PARAGRAPH, "De Raad sprak over "),
        (BlockKind.HEADING, "Overige onderwerpen"),
        (BlockKind.PARAGRAPH, "De rol van de Europ"),
    ]
    # A paragraph that goes on over the page break (a name after it) still does.
    going_on = (
        "De Raad sprak over de gefaseerde invoering van het nieuwe systeem aan\n"
        "de buitengrenzen, waarover\n\n\n\n"
        "Nederland en andere lidstaten het eens waren.\n"
    )
    assert len(seg(going_on).blocks) == 1
