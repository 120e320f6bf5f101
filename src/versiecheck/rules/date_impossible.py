"""A date that does not exist.

Catches ``31 april 2026``, ``29 februari 2026``, ``31-06-2026`` and ranges that run
backwards (``23 t/m 21 januari``). Each rendering is checked on its own, so the fault is
found even when both renderings share it (then it is one finding naming both places).

Deliberately ignores: the same fault in both renderings (not a difference between them),
numbers that are not dates (``32 317``, ``nr. 994``), 29 February
in a leap year, and a date without a year when the day could exist in some year.

Example::

    A: De termijn loopt tot 30 april 2026.
    B: De termijn loopt tot 31 april 2026.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..model import Category, Finding, Severity
from ._datecheck import faulty_dates, where

ID = "date-impossible"
CATEGORY = Category.DATE
SEVERITY = Severity.ERROR
EXAMPLE = ("De termijn loopt tot 30 april 2026.\n", "De termijn loopt tot 31 april 2026.\n")


def check(ctx: Context) -> Iterator[Finding]:
    for d, a, b in faulty_dates(ctx, lambda d: d.impossible):
        what = (
            "a range that runs backwards"
            if d.is_range
            and d.key.endswith("!")
            and not any(p.endswith("!") for p in d.key[:-1].split("/"))
            else "a day that does not exist"
        )
        message = f"Impossible date {where(a, b)}: ‘{d.describe()}’ is {what}"
        yield Finding.make(ID, CATEGORY, SEVERITY, message, a, b)
