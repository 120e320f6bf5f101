"""text-case: letter case differs."""

from __future__ import annotations

RULE = "text-case"


def test_fires_as_info(fire, loud) -> None:  # type: ignore[no-untyped-def]
    a, b = "De Minister van Financiën antwoordt.\n", "De minister van Financiën antwoordt.\n"
    found = fire(a, b, RULE)
    assert len(found) == 1 and found[0].severity.value == "info"
    assert loud(a, b) == []


def test_quiet_on_small_capitals(fire) -> None:  # type: ignore[no-untyped-def]
    assert fire("IN GENERAL.— De Raad besloot.\n", "In General.— De Raad besloot.\n", RULE) == []
