"""A weekday does not match its date.

Catches ``dinsdag 4 februari 2026`` (4 February 2026 is a Wednesday) and ``Monday,
February 3, 2026``: a weekday written with a date that falls on another day. Each
rendering is checked on its own, so the fault is found even when the other rendering has
no weekday there; dates without a year are read in the year of the letter.

Deliberately ignores: the same fault in both renderings (not a difference between them),
a weekday without a date, a date whose year is unknown, and
impossible dates (``date-impossible``).

Example::

    A: De Raad vergadert op dinsdag 3 februari 2026 in Brussel.
    B: De Raad vergadert op dinsdag 4 februari 2026 in Brussel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..check import Context
from ..model import Category, Finding, Severity
from ._datecheck import faulty_dates, where

ID = "date-weekday"
CATEGORY = Category.DATE
SEVERITY = Severity.ERROR
EXAMPLE = (
    "De Raad vergadert op dinsdag 3 februari 2026 in Brussel.\n",
    "De Raad vergadert op dinsdag 4 februari 2026 in Brussel.\n",
)
_DUTCH = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_ENGLISH = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _actual(written: str, date: dt.date) -> str:
    names = _DUTCH if written.casefold() in _DUTCH else _ENGLISH
    return names[date.weekday()]


def check(ctx: Context) -> Iterator[Finding]:
    for d, a, b in faulty_dates(ctx, lambda d: d.weekday_ok is False):
        written, date = d.weekday or "", d.first
        if d.last_weekday and d.last is not None and d.weekday is None:
            written, date = d.last_weekday, d.last
        actual = f" falls on a {_actual(written, date)}" if date is not None and written else ""
        message = f"Weekday does not match the date {where(a, b)}: ‘{d.describe()}’{actual}"
        yield Finding.make(ID, CATEGORY, SEVERITY, message, a, b)
