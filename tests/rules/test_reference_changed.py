"""reference-changed: references to other documents compared by what they refer to."""

from __future__ import annotations

import pytest

RULE = "reference-changed"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zie Kamerstuk 32 317, nr. 987 hierover.", "Zie Kamerstuk 32 317, nr. 978 hierover."),
        ("Zie Kamerstuk 32 317, nr. 987 hierover.", "Zie Kamerstuk 32 318, nr. 987 hierover."),
        ("Zie Stb. 2024, 123 hierover.", "Zie Stb. 2024, 132 hierover."),
        ("Zie 2023Z16994 hierover.", "Zie 2023Z16995 hierover."),
        ("See COM(2025) 123 on this.", "See COM(2025) 124 on this."),
    ],
)
def test_fires_on_another_document(fire, a, b) -> None:  # type: ignore[no-untyped-def]
    found = fire(a + "\n", b + "\n", RULE)
    assert len(found) == 1 and found[0].severity.value == "error"
    assert fire(a + "\n", b + "\n", "text-changed") == []
    assert fire(a + "\n", b + "\n", "number-changed") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zie Kamerstuk 32 317, nr. 987 hierover.", "Zie KST 32317, nr. 987 hierover."),
        (
            "Zie Kamerstuk 32 317, nr. 987 hierover.",
            "Zie Kamerstukken II 2025/26, 32317, nr. 987 hierover.",
        ),
        ("Zie Kamerstuk 32317-987 hierover.", "Zie Kamerstuk 32 317, nr. 987 hierover."),
    ],
)
def test_quiet_on_the_same_document_written_differently(fire, a, b) -> None:  # type: ignore[no-untyped-def]
    assert fire(a + "\n", b + "\n", RULE) == []


def test_parliamentary_year_both_sides_state(fire) -> None:  # type: ignore[no-untyped-def]
    """Found by eval: a changed year (``2026/26``) was read as the same reference."""
    a = "Zoals gemeld in Kamerstukken II 2025/26, 21 854, nr. 982 blijft de inzet gelijk.\n"
    found = fire(a, a.replace("2025/26", "2026/27"), RULE)
    assert len(found) == 1 and "year" in found[0].message
    assert fire(a, a.replace("Kamerstukken II 2025/26,", "Kamerstuk"), RULE) == []
