"""A date in the text differs between the renderings.

Catches a date changed (``3 februari 2026`` against ``4 februari 2026``), added or dropped
in aligned paragraphs, compared by value and position: ``3-2-2026`` equals
``3 februari 2026``, ``22 en 23 januari 2026`` equals ``22-23 januari 2026``, and a date
without a year (``op 3 februari``) is read in the year of the letter. Dates broken across
lines are read whole. A date dropped with its preposition (``op 9 april 2026``) is this
rule's finding alone, not a text finding as well.

Deliberately ignores: numbers that are not dates (``vergaderjaar 2025-2026``, ``32 317``,
``nr. 994``, ``2023Z16994``), the dagtekening (``date-letter-changed``), a date inside a
longer passage that ``text-changed`` reports, and dates in text missing from the other
rendering (the structure rules report the text).

Example::

    A: De Raad vergadert op 3 februari 2026 in Brussel.
    B: De Raad vergadert op 4 februari 2026 in Brussel.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..model import Category, Finding, Severity
from ._valuediff import value_findings

ID = "date-changed"
CATEGORY = Category.DATE
SEVERITY = Severity.ERROR
#: Built on the word differences of the aligned text (``_text.text_pairs``).
SHARES = "text-pairs"
EXAMPLE = (
    "De Raad vergadert op 3 februari 2026 in Brussel.\n",
    "De Raad vergadert op 4 februari 2026 in Brussel.\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    yield from value_findings(ctx, "date", ID, CATEGORY, SEVERITY, "Date")
