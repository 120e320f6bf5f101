"""footnote-marker-missing: a body that nothing refers to."""

from __future__ import annotations

RULE = "footnote-marker-missing"
NOTE = "\n1 Kamerstuk 32 317, nr. 987.\n"


def test_fires_on_an_orphan_body(fire) -> None:  # type: ignore[no-untyped-def]
    a = "Zoals gemeld in de brief aan de Kamer over dit onderwerp.\n" + NOTE
    b = "Zoals gemeld in de brief1 aan de Kamer over dit onderwerp.\n" + NOTE
    found = fire(a, b, RULE)
    assert len(found) == 1 and found[0].a is not None


def test_quiet_on_numbered_paragraphs(fire) -> None:  # type: ignore[no-untyped-def]
    a = "Inleiding van de brief over het beleid.\n\n1. Eerste punt van de agenda.\n"
    assert fire(a, a, RULE) == []
