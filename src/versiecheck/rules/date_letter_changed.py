"""The letter's own date (dagtekening) differs between the renderings.

Catches ``Den Haag, 3 februari 2026`` against ``Den Haag, 4 februari 2026`` (or a
letterhead ``Datum 4 februari 2026``): the date that dates the document.

Deliberately ignores: a dagtekening present in one rendering only
(``date-letter-missing``), and the same date written another way (``3-2-2026``).

Example::

    A: Den Haag, 3 februari 2026

       Hierbij bied ik u het verslag aan.
    B: Den Haag, 4 februari 2026

       Hierbij bied ik u het verslag aan.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..model import Category, Finding, Severity
from ._dates import letter_date

ID = "date-letter-changed"
CATEGORY = Category.DATE
SEVERITY = Severity.ERROR
EXAMPLE = (
    "Den Haag, 3 februari 2026\n\nHierbij bied ik u het verslag aan.\n",
    "Den Haag, 4 februari 2026\n\nHierbij bied ik u het verslag aan.\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    la, lb = letter_date(ctx.a), letter_date(ctx.b)
    if la is None or lb is None or la[0].key == lb[0].key:
        return
    yield Finding.make(
        ID,
        CATEGORY,
        SEVERITY,
        f"The letter's date differs: ‘{la[0].describe()}’ in A, ‘{lb[0].describe()}’ in B",
        la[1],
        lb[1],
    )
