"""date-impossible: a date that does not exist."""

from __future__ import annotations

import pytest

RULE = "date-impossible"


@pytest.mark.parametrize(
    "bad",
    ["31 april 2026", "29 februari 2026", "31-06-2026", "31 June 2026", "24 t/m 22 januari 2026"],
)
def test_fires_on_an_impossible_date(fire, bad) -> None:  # type: ignore[no-untyped-def]
    a = "De termijn loopt tot 30 april 2026.\n"
    b = f"De termijn loopt tot {bad}.\n"
    found = fire(a, b, RULE)
    assert len(found) == 1 and found[0].b is not None and found[0].a is None


def test_quiet_on_leap_day_and_shared_faults(fire) -> None:  # type: ignore[no-untyped-def]
    a = "De termijn loopt tot 29 februari 2028.\n"
    assert fire(a, a.replace("29 februari 2028", "29-02-2028"), RULE) == []
    bad = "De termijn loopt tot 31 april 2026.\n"
    assert fire(bad, bad, RULE) == []
