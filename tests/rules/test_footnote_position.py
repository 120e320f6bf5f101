"""footnote-position: a marker at another word or in another paragraph."""

from __future__ import annotations

RULE = "footnote-position"
NOTE = "\n1 Kamerstuk 32 317, nr. 987.\n"


def test_marker_on_another_word(fire) -> None:  # type: ignore[no-untyped-def]
    a = "Zie de brief1 aan de Kamer over dit onderwerp.\n" + NOTE
    b = "Zie de brief aan de Kamer1 over dit onderwerp.\n" + NOTE
    found = fire(a, b, RULE)
    assert len(found) == 1 and found[0].severity.value == "warning"


def test_same_word_after_a_paragraph_break_moved_is_quiet(fire) -> None:  # type: ignore[no-untyped-def]
    """Found by eval: the sentence holding the marker ends one paragraph in A and starts
    the next in B (the typesetter's paragraph break), with a change nearby."""
    p1 = "De Raad komt op 4 oktober 2026 opnieuw bijeen in Nicosia voor overleg."
    s = "De gemeenten krijgen daarbij1 ruimte om de uitvoering af te stemmen."
    p2 = "Het kabinet heeft gewezen op het belang van een goede evaluatie achteraf."
    a = f"{p1} {s}\n\n{p2}\n" + NOTE
    b = f"{p1.replace('Nicosia', 'Brussel')}\n\n{s} {p2}\n" + NOTE
    assert fire(a, b, RULE) == []


def test_quiet_on_punctuation_between_word_and_marker(fire) -> None:  # type: ignore[no-untyped-def]
    a = "Zie de brief van de lidstaten,1 en verder niets.\n" + NOTE
    b = "Zie de brief van de lidstaten1, en verder niets.\n" + NOTE
    assert fire(a, b, RULE) == []


def test_same_word_in_the_next_paragraph_but_another_sentence(fire) -> None:  # type: ignore[no-untyped-def]
    """Found by eval: the marker moved from ``het kabinet³ ongewijzigd`` to ``Het
    kabinet³ trekt`` in the next paragraph: the same word, another place."""
    p1 = "Zoals gemeld blijft de inzet van het kabinet ongewijzigd voor dit jaar."
    p2 = "Het kabinet trekt € 7,6 miljard uit voor de verkenning van een terugkeerhub."
    a = f"{p1.replace('kabinet', 'kabinet1')}\n\n{p2}\n" + NOTE
    b = f"{p1}\n\n{p2.replace('kabinet', 'kabinet1')}\n" + NOTE
    assert len(fire(a, b, RULE)) == 1


def test_marker_on_the_first_word_of_a_paragraph_moved_by_layout(fire) -> None:  # type: ignore[no-untyped-def]
    """Found by eval: ``Daarnaast1`` starts a paragraph in A and ends one in B."""
    p1 = "Een meerderheid van de lidstaten sprak steun uit voor de voorgestelde benadering."
    s = "Daarnaast1 is aandacht gevraagd voor de uitvoerbaarheid van de voorstellen."
    p2 = "De gemeenten krijgen daarbij ruimte om de uitvoering af te stemmen."
    a = f"{p1} bij dit\n\n{s} {p2}\n" + NOTE
    b = f"{p1} bij dat {s}\n\n{p2}\n" + NOTE
    assert fire(a, b, RULE) == []


def test_marker_at_another_occurrence_of_the_same_word(fire) -> None:  # type: ignore[no-untyped-def]
    """Found by eval: ``asielzoekers.2`` ends the first sentence in A and the second in B,
    in paragraphs aligned as one group."""
    s1 = "Ik sprak met ambtgenoten over de opvang van asielzoekers."
    s2 = "Het kabinet trekt € 90 miljard uit voor de opvang van asielzoekers."
    a = f"{s1.replace('asielzoekers.', 'asielzoekers.1')} {s2}\n" + NOTE
    b = f"{s1}\n\n{s2.replace('asielzoekers.', 'asielzoekers.1')}\n" + NOTE
    found = fire(a, b, RULE)
    assert len(found) == 1 and "another ‘asielzoekers’" in found[0].message
