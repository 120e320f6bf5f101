"""footnote-text-changed: the same footnote with other words."""

from __future__ import annotations

RULE = "footnote-text-changed"
TEXT = "Zie de brief1 aan de Kamer over dit onderwerp.\n\n"


def test_shows_the_change_word_by_word(fire) -> None:  # type: ignore[no-untyped-def]
    found = fire(
        TEXT + "1 Kamerstuk 32 317, nr. 987.\n", TEXT + "1 Kamerstuk 32 317, nr. 978.\n", RULE
    )
    assert len(found) == 1 and "‘987’ → ‘978’" in found[0].message


def test_quiet_on_layout_inside_the_body(fire) -> None:  # type: ignore[no-untyped-def]
    a = TEXT + "1 Tweede Kamer, vergaderjaar 2025-2026, Kamer-\nstuk 32 317, nr. 987.\n"
    b = TEXT + "1 Tweede Kamer, vergaderjaar 2025–2026, Kamerstuk 32 317, nr. 987.\n"
    assert fire(a, b, RULE) == []
