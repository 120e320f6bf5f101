"""The letter's own date (dagtekening) is in one rendering only.

Catches a typeset publication with ``Den Haag, 3 februari 2026`` against a rendering
without any dagtekening (or the reverse), reported with the date that is there.

Deliberately ignores: a dagtekening that differs (``date-letter-changed``).

Example::

    A: Den Haag, 3 februari 2026

       Hierbij bied ik u het verslag aan.
    B: Hierbij bied ik u het verslag aan.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..model import Category, Finding, Severity
from ._dates import letter_date

ID = "date-letter-missing"
CATEGORY = Category.DATE
SEVERITY = Severity.WARNING
EXAMPLE = (
    "Den Haag, 3 februari 2026\n\nHierbij bied ik u het verslag aan.\n",
    "Hierbij bied ik u het verslag aan.\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    la, lb = letter_date(ctx.a), letter_date(ctx.b)
    if (la is None) == (lb is None):
        return
    label, other, (date, loc) = ("A", "B", la) if la is not None else ("B", "A", lb)  # type: ignore[misc]
    a, b = (loc, None) if label == "A" else (None, loc)
    yield Finding.make(
        ID,
        CATEGORY,
        SEVERITY,
        f"The letter's date ‘{date.describe()}’ is only in {label}; {other} has no dagtekening",
        a,
        b,
    )
