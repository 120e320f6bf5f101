"""structure-block-missing: body paragraphs in one rendering only."""

from __future__ import annotations

RULE = "structure-block-missing"
P1 = "Eerste alinea over het beleid van het kabinet en de uitvoering daarvan.\n\n"
P2 = "Tweede alinea die in B ontbreekt, over iets geheel anders dan de rest.\n\n"
P3 = "Derde alinea sluit af met een opmerking over de planning voor volgend jaar.\n"


def test_fires_once_for_a_dropped_paragraph(fire) -> None:  # type: ignore[no-untyped-def]
    found = fire(P1 + P2 + P3, P1 + P3, RULE)
    assert len(found) == 1 and found[0].a is not None and found[0].b is None


def test_quiet_on_split_and_joined_paragraphs(loud) -> None:  # type: ignore[no-untyped-def]
    joined = P1.strip() + " " + P2.strip() + "\n\n" + P3
    assert loud(P1 + P2 + P3, joined) == []


def test_paragraph_dropped_where_the_other_rendering_joined_it(fire) -> None:  # type: ignore[no-untyped-def]
    """Found by eval: B's segmentation joined two paragraphs, A dropped the first; the
    dropped sentences are a missing paragraph, not changed words."""
    gone = (
        "Het kabinet zal uw Kamer over de voortgang blijven informeren. De Raad komt op "
        "8 november 2026 opnieuw bijeen in Luxemburg."
    )
    kept = "Het kabinet trekt € 7,6 miljard uit voor de verkenning van een terugkeerhub."
    a = P1 + kept + "\n"
    b = P1 + gone + " " + kept + "\n"
    found = fire(a, b, RULE)
    assert len(found) == 1 and found[0].b is not None and "Het kabinet zal" in found[0].message
    assert fire(a, b, "text-changed") == []
    assert fire(a, b, "date-changed") == []


def test_dropped_paragraph_that_the_word_diff_slid_is_still_a_paragraph(fire) -> None:  # type: ignore[no-untyped-def]
    """Found by eval: the diff aligned ``Het kabinet`` of the dropped paragraph with the
    next one, so the change began mid-sentence; slid back, it is whole sentences."""
    p3 = "De gemeenten krijgen daarbij ruimte om de uitvoering af te stemmen."
    p4 = "Het kabinet trekt € 10 miljoen uit voor de verkenning van een terugkeerhub."
    p5 = "Het kabinet zal uw Kamer over de voortgang blijven informeren."
    found = fire(f"{p3} {p5}\n", f"{p3}\n\n{p4}\n\n{p5}\n", RULE)
    assert len(found) == 1 and "Het kabinet trekt" in found[0].message
    assert fire(f"{p3} {p5}\n", f"{p3}\n\n{p4}\n\n{p5}\n", "text-changed") == []


def test_paragraph_that_opens_the_next_one_on_the_other_side_is_not_missing(loud) -> None:  # type: ignore[no-untyped-def]
    """Found by eval: A has ``S`` as a paragraph of its own, B starts the next paragraph
    with it (and B has a paragraph A dropped before): only the dropped one is missing."""
    dropped = "Het kabinet trekt € 3,2 miljard uit voor de samenwerking met derde landen."
    s = "Op woensdag 17 juni 2026 sprak ik met ambtgenoten uit negen lidstaten."
    rest = "De toezichthouder wordt vroegtijdig bij de uitwerking van de plannen betrokken."
    a = P1 + f"{s}\n\n{rest}\n"
    b = P1 + f"{dropped}\n\n{s} {rest}\n"
    found = loud(a, b)
    assert len(found) == 1 and found[0].rule == RULE and "Het kabinet trekt" in found[0].message


def test_a_placeholder_where_the_other_rendering_has_text_is_one_finding(fire) -> None:  # type: ignore[no-untyped-def]
    """An excerpt marks what it leaves out (``[Content is elided in this sample]``, ``* * *``):
    the text only A has is the finding, and names B's placeholder; the placeholder is no
    finding of its own."""
    for placeholder in ("[Content is elided in this sample]", "* * * * * * *", "[…]"):
        found = fire(P1 + P2 + P3, P1 + placeholder + "\n\n" + P3, RULE)
        assert len(found) == 1, placeholder
        assert found[0].message.startswith("Text only in A (missing in B): 1 block")
        assert f"B has ‘{placeholder}’ in its place" in found[0].message
    # A bracketed note with nothing missing beside it is text only B has.
    found = fire(P1 + P3, P1 + "[Content is elided in this sample]\n\n" + P3, RULE)
    assert len(found) == 1 and found[0].message.startswith("Text only in B")
