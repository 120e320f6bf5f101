"""structure-moved: a paragraph at another place."""

from __future__ import annotations

RULE = "structure-moved"
P1 = "Eerste alinea met een eigen inhoud over het beleid van dit kabinet.\n\n"
P2 = "Tweede alinea met een andere inhoud over de uitvoering in de regio.\n\n"
P3 = "Derde alinea met een slotopmerking over de planning voor het najaar.\n"


def test_fires_once_as_a_move(loud) -> None:  # type: ignore[no-untyped-def]
    found = loud(P1 + P2 + P3, P2 + P1 + P3)
    assert [(f.rule, f.severity.value) for f in found] == [(RULE, "warning")]


def test_signature_blocks_are_left_to_signatory_order(fire) -> None:  # type: ignore[no-untyped-def]
    jv = "De minister van Justitie en Veiligheid,\nF. van Oosten\n\n"
    am = "De minister van Asiel en Migratie,\nD.M. van Weel\n"
    assert fire(P1 + jv + am, P1 + am + "\n" + jv, RULE) == []


def test_paragraph_moved_and_joined_to_a_neighbour(loud) -> None:  # type: ignore[no-untyped-def]
    """Found by eval: a moved paragraph that the other rendering joined to its new
    neighbour is one move, not a paragraph missing here and a passage added there."""
    p1 = "Eerste alinea over het beleid van dit kabinet. Zij heeft twee zinnen.\n\n"
    a = p1 + P2 + P3
    b = P2 + P3.strip() + " " + p1.strip() + "\n"
    found = loud(a, b)
    assert [(f.rule, f.severity.value) for f in found] == [(RULE, "warning")]


def test_moved_paragraph_split_differently_is_moves_only(loud) -> None:  # type: ignore[no-untyped-def]
    """Found by eval: a moved paragraph that one rendering split in two left its last
    sentence reported as missing in one place and added in another."""
    head = "Voorafgaand aan de Raad kwamen vijf lidstaten bijeen voor een overleg over hubs."
    tail = "De lidstaten richtten voor deze verkenning een werkgroep op."
    a = f"{head}\n\n{tail}\n\n" + P2 + P3
    b = P2 + f"{head} {tail}\n\n" + P3
    found = loud(a, b)
    assert found and all(f.rule == RULE and f.severity.value == "warning" for f in found)


def test_moved_paragraph_split_in_two_on_the_other_side_is_one_move(loud) -> None:  # type: ignore[no-untyped-def]
    """Found by eval: A has the moved paragraph whole; B split it, and joined its second
    half to the next paragraph. One move, nothing missing."""
    s1 = "Het voorzitterschap streeft naar een akkoord voor het einde van het semester."
    s2 = "Het kabinet zal uw Kamer over de voortgang van de onderhandelingen blijven informeren."
    nxt = "Meerdere lidstaten onderstreepten het belang van een snelle en zorgvuldige uitvoering."
    a = f"{s1} {s2}\n\n" + P2 + P3.strip() + "\n\n" + nxt + "\n"
    b = P2 + f"{s1}\n\n" + P3.strip() + "\n\n" + f"{s2} {nxt}\n"
    found = loud(a, b)
    assert found and all(f.rule == RULE for f in found), [(f.rule, f.message) for f in found]


def test_heading_passed_over_by_a_moved_paragraph_is_a_move(loud) -> None:  # type: ignore[no-untyped-def]
    """Found by eval: a short heading that ends up on the other side of a moved paragraph
    was reported as missing and added (errors); it is the same block at another place."""
    head = "Overige onderwerpen\n\n"
    a = P1 + head + P2 + P3
    b = P1 + P2 + head + P3
    found = loud(a, b)
    assert found and all(f.rule == RULE and f.severity.value == "warning" for f in found)


def test_a_list_paragraphed_differently_in_place_is_no_move(loud) -> None:  # type: ignore[no-untyped-def]
    """Found on a GPO report: the committee's members, one line each in the XML and one
    paragraph in the PDF, more lines than the aligner's groups and no sentence ends: the
    same text at the same place, not text moved."""
    names = [f"MEMBER NUMBER {n}, State of Somewhere {n}" for n in range(12)]
    a = P1 + "\n".join(names) + "\n\n" + P3
    b = P1 + "\n\n".join(names) + "\n\n" + P3
    assert loud(a, b) == []
