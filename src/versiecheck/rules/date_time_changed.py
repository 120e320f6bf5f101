"""A time of day differs between the renderings.

Catches ``om 10.30 uur`` against ``om 11.30 uur``, a time added or dropped in aligned
paragraphs, compared by value: ``10.30 uur`` equals ``10:30`` and ``10.30 u.``,
``14 uur`` equals ``14:00``, ``2.30 p.m.`` equals ``14:30``.

Deliberately ignores: ``10.30`` without ``uur``, ``u.``, ``h`` or a.m./p.m. (a number,
``number-changed``), and a time inside a longer passage that ``text-changed`` reports.

Example::

    A: Het overleg begint om 10.30 uur in Den Haag.
    B: Het overleg begint om 11.30 uur in Den Haag.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..model import Category, Finding, Severity
from ._valuediff import value_findings

ID = "date-time-changed"
CATEGORY = Category.DATE
SEVERITY = Severity.ERROR
#: Built on the word differences of the aligned text (``_text.text_pairs``).
SHARES = "text-pairs"
EXAMPLE = (
    "Het overleg begint om 10.30 uur in Den Haag.\n",
    "Het overleg begint om 11.30 uur in Den Haag.\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    yield from value_findings(ctx, "time", ID, CATEGORY, SEVERITY, "Time")
