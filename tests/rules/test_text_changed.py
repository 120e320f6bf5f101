"""text-changed: words differ inside aligned paragraphs; layout never does."""

from __future__ import annotations

RULE = "text-changed"
P1 = (
    "De Raad komt op 4 oktober 2026 opnieuw bijeen in Nicosia. Nederland heeft in dat "
    "overleg het belang van een gezamenlijke aanpak benadrukt."
)
P2a = "Het aantal aanvragen steeg vorig jaar met 9% ten opzichte van het jaar daarvoor."
P2b = (
    "De gemeenten krijgen daarbij ruimte om de uitvoering op lokale omstandigheden af te "
    "stemmen. Het kabinet heeft daarbij gewezen op het belang van een goede evaluatie."
)


def test_fires_on_a_changed_word(fire) -> None:  # type: ignore[no-untyped-def]
    a = "De Raad stemde in met het voorstel van de Commissie.\n"
    b = "De Raad stemde niet in met het voorstel van de Commissie.\n"
    found = fire(a, b, RULE)
    assert len(found) == 1 and "niet" in found[0].message


def test_paragraph_break_moved_with_a_change_nearby_is_only_the_change(loud) -> None:  # type: ignore[no-untyped-def]
    """Found by eval: A breaks after P1, B after the first sentence of P2, and B changes a
    date in P1; the aligner pairs 1:1 twice, and the sentence that crossed the break must
    not be reported as dropped here and added there."""
    a = f"{P1}\n\n{P2a} {P2b}\n"
    b = f"{P1.replace('4 oktober', '5 oktober')} {P2a}\n\n{P2b}\n"
    found = loud(a, b)
    assert [f.rule for f in found] == ["date-changed"]


def test_quiet_on_layout(loud) -> None:  # type: ignore[no-untyped-def]
    a = "De Raad stemde in met het voor-\nstel van de Commissie over\nde terugkeer.\n"
    b = "De Raad stemde in met het voorstel van de Commissie over de terugkeer.\n"
    assert loud(a, b) == []


def test_sentence_crossing_a_dropped_paragraph_is_no_text_change(fire) -> None:  # type: ignore[no-untyped-def]
    """Found by eval: A ``X. | dropped | Z. W.``, B ``X. Z. | W.``: Z crossed the
    paragraph break; only the dropped paragraph differs."""
    x = "The presidency aims for an agreement before the end of the semester."
    dropped = (
        "The Netherlands stressed the importance of a joint approach in that meeting. "
        "The European Commission presented the first results of its analysis."
    )
    z = "There is as yet no agreement among the member states on funding the measures."
    w = "A majority of member states supported the proposed approach at the meeting."
    a = f"{x}\n\n{dropped}\n\n{z} {w}\n"
    b = f"{x} {z}\n\n{w}\n"
    assert fire(a, b, RULE) == []
    assert len(fire(a, b, "structure-block-missing")) == 1


def test_a_footnote_number_left_as_text_is_the_footnote_rules_finding(fire) -> None:  # type: ignore[no-untyped-def]
    """B lost footnote 2 and shows its number as text (``uitvoering.2``) where A has the
    marker: footnote-missing reports that once; the digits are no changed text."""
    a = (
        "Zie de brief aan de Kamer over het beleid.¹ Zie ook de nota over de uitvoering.²\n\n"
        "¹ Kamerstuk 32 317, nr. 987.\n² Kamerstuk 32 317, nr. 990.\n"
    )
    b = (
        "Zie de brief aan de Kamer over het beleid.¹ Zie ook de nota over de uitvoering.2\n\n"
        "¹ Kamerstuk 32 317, nr. 987.\n"
    )
    for x, y in ((a, b), (b, a)):
        assert fire(x, y, RULE) == []
        assert len(fire(x, y, "footnote-missing")) == 1
    # Another number there is changed text.
    assert len(fire(a, b.replace("uitvoering.2", "uitvoering.7"), RULE)) == 1
