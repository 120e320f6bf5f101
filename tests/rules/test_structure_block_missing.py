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
