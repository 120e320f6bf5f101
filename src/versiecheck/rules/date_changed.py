"""A date in the text differs between the renderings.

Catches a date changed (``3 februari 2026`` against ``4 februari 2026``), added or dropped
in aligned paragraphs, compared by value: ``3-2-2026`` equals ``3 februari 2026``,
``22 en 23 januari 2026`` equals ``22-23 januari 2026``. Dates broken across lines are
read whole.

Deliberately ignores: numbers that are not dates (``vergaderjaar 2025-2026``, ``32 317``,
``nr. 994``, ``2023Z16994``), the dagtekening (``date-letter-changed``), and dates in text
missing from the other rendering (the structure rules report the text).

Example::

    A: De Raad vergadert op 3 februari 2026 in Brussel.
    B: De Raad vergadert op 4 februari 2026 in Brussel.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from ..check import Context
from ..lang.dates import find_dates
from ..model import Category, Finding, Severity
from ._text import text_pairs

ID = "date-changed"
CATEGORY = Category.DATE
SEVERITY = Severity.ERROR
EXAMPLE = (
    "De Raad vergadert op 3 februari 2026 in Brussel.\n",
    "De Raad vergadert op 4 februari 2026 in Brussel.\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    for pair in text_pairs(ctx):
        da, db = find_dates(pair.a.text), find_dates(pair.b.text)
        if not da and not db:
            continue
        ka, kb = [d.key for d in da], [d.key for d in db]
        if ka == kb:
            continue
        ops = difflib.SequenceMatcher(a=ka, b=kb, autojunk=False).get_opcodes()
        for tag, i1, i2, j1, j2 in ops:
            if tag == "equal":
                continue
            left, right = da[i1:i2], db[j1:j2]
            for k in range(max(len(left), len(right))):
                x = left[k] if k < len(left) else None
                y = right[k] if k < len(right) else None
                if x and y:
                    message = f"Date differs: ‘{x.describe()}’ in A, ‘{y.describe()}’ in B"
                elif x:
                    message = f"Date only in A: ‘{x.describe()}’ (not in the same paragraph in B)"
                else:
                    assert y is not None
                    message = f"Date only in B: ‘{y.describe()}’ (not in the same paragraph in A)"
                a_loc = pair.a.location(x.start, x.end) if x else pair.a.location(0)
                b_loc = pair.b.location(y.start, y.end) if y else pair.b.location(0)
                yield Finding.make(ID, CATEGORY, SEVERITY, message, a_loc, b_loc)
