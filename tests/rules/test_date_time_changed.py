"""date-time-changed: times of day compared by value."""

from __future__ import annotations

import pytest

RULE = "date-time-changed"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Het overleg begint om 10.30 uur.", "Het overleg begint om 11.30 uur."),
        ("Het overleg begint om 10:30.", "Het overleg begint om 10:45."),
        ("The meeting starts at 2.30 p.m. sharp.", "The meeting starts at 3.30 p.m. sharp."),
    ],
)
def test_fires_once_on_another_time(fire, a, b) -> None:  # type: ignore[no-untyped-def]
    assert len(fire(a + "\n", b + "\n", RULE)) == 1
    assert fire(a + "\n", b + "\n", "text-changed") == []
    assert fire(a + "\n", b + "\n", "number-changed") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Het overleg begint om 10.30 uur.", "Het overleg begint om 10:30 uur."),
        ("Het overleg begint om 14 uur.", "Het overleg begint om 14.00 uur."),
        ("The meeting starts at 2.30 p.m. sharp.", "The meeting starts at 14:30 sharp."),
    ],
)
def test_quiet_on_the_same_time_written_differently(loud, a, b) -> None:  # type: ignore[no-untyped-def]
    assert loud(a + "\n", b + "\n") == []
