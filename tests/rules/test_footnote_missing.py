"""footnote-missing: a footnote in one rendering only."""

from __future__ import annotations

RULE = "footnote-missing"


def test_fires_on_a_footnote_only_in_one_rendering(fire) -> None:  # type: ignore[no-untyped-def]
    a = "Zie de brief1 aan de Kamer over dit onderwerp.\n\n1 Kamerstuk 32 317, nr. 987.\n"
    b = "Zie de brief aan de Kamer over dit onderwerp.\n"
    found = fire(a, b, RULE)
    assert len(found) == 1 and found[0].severity.value == "error"


def test_quiet_when_the_paragraph_itself_is_missing(fire) -> None:  # type: ignore[no-untyped-def]
    a = (
        "Eerste alinea over het beleid van het kabinet.\n\n"
        "Tweede alinea die in B ontbreekt1 over iets geheel anders.\n\n1 Noot.\n"
    )
    assert fire(a, "Eerste alinea over het beleid van het kabinet.\n", RULE) == []
