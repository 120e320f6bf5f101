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


def test_quiet_when_the_passage_it_stands_in_is_missing(fire) -> None:  # type: ignore[no-untyped-def]
    # B lacks the paragraph's last two sentences, marker and all: structure-block-missing
    # reports that passage with what it holds.
    kept = "Eerste zin over het beleid van het kabinet in dit jaar."
    a = (
        f"{kept} Tweede zin die in B ontbreekt, met een noot erbij1 over iets geheel "
        "anders. Derde zin die ook ontbreekt en nog wat woorden heeft.\n\n1 Noot.\n"
    )
    b = f"{kept}\n"
    assert fire(a, b, RULE) == []
    assert len(fire(a, b, "structure-block-missing")) == 1
    # The same marker in a sentence both renderings have is still reported.
    b = a.replace("erbij1", "erbij").replace("\n\n1 Noot.\n", "\n")
    assert len(fire(a, b, RULE)) == 1
