"""Footnote numbers do not run 1, 2, 3, … in one rendering.

Catches a gap (``1, 2, 4``), a number used twice, and numbers out of order, in the order
the markers appear in the text.

Deliberately ignores: a missing body or marker for a number that is otherwise in sequence
(``footnote-body-missing``, ``footnote-marker-missing``).

Example::

    A: Eerste punt1 en tweede punt2 en derde punt3.

       1 Noot een.
       2 Noot twee.
       3 Noot drie.
    B: Eerste punt1 en tweede punt3 en derde punt4.

       1 Noot een.
       3 Noot twee.
       4 Noot drie.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..model import Category, Finding, Severity
from ._footnotes import sides

ID = "footnote-numbering"
CATEGORY = Category.FOOTNOTE
SEVERITY = Severity.ERROR
EXAMPLE = (
    "Eerste punt1 en tweede punt2 en derde punt3.\n\n1 Noot een.\n2 Noot twee.\n3 Noot drie.\n",
    "Eerste punt1 en tweede punt3 en derde punt4.\n\n1 Noot een.\n3 Noot twee.\n4 Noot drie.\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    for label, mine, _ in sides(ctx):
        expected = 1
        seen: set[int] = set()
        for marker in mine.doc.markers:
            n = marker.number
            problem = None
            if n in seen:
                problem = f"footnote {n} is numbered again (‘{marker.raw}’)"
            elif n != expected:
                missing = (
                    (f"{expected}" if n == expected + 1 else f"{expected}–{n - 1}")
                    if n > expected
                    else None
                )
                problem = (
                    f"footnote {n} (‘{marker.raw}’) follows {expected - 1 or 'the start'}: "
                    + (f"{missing} is missing" if missing else "numbers run backwards")
                )
            seen.add(n)
            expected = max(expected, n + 1)
            if problem:
                loc = mine.doc.location(marker.source_offset, marker.raw)
                a, b = (loc, None) if label == "A" else (None, loc)
                yield Finding.make(
                    ID, CATEGORY, SEVERITY, f"Footnote numbering in {label}: {problem}", a, b
                )
