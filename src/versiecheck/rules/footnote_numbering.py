"""Footnote numbers do not run 1, 2, 3, … in one rendering.

Catches a gap (``1, 2, 4``), numbers out of order (``1, 3, 2``) and a number used twice,
in the order the markers appear in the text. (The segmenter accepts each marker number
once, so today a second ``punt2`` or a series that restarts at 1 is not a marker at all:
those footnotes are reported by ``footnote-missing`` instead.)

Deliberately ignores: a missing body or marker for a number that is otherwise in sequence
(``footnote-body-missing``, ``footnote-marker-missing``), a numbering problem that
both renderings share, and a series that starts higher because every footnote is
renumbered (``footnote-renumbered``).

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
from ..model import Category, Finding, FootnoteMarker, Severity
from ._footnotes import Notes, renumbering, sides

ID = "footnote-numbering"
CATEGORY = Category.FOOTNOTE
SEVERITY = Severity.ERROR
EXAMPLE = (
    "Eerste punt1 en tweede punt2 en derde punt3.\n\n1 Noot een.\n2 Noot twee.\n3 Noot drie.\n",
    "Eerste punt1 en tweede punt3 en derde punt4.\n\n1 Noot een.\n3 Noot twee.\n4 Noot drie.\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    (_, na, nb), _ = sides(ctx)
    shift = renumbering(ctx)  # a series that starts higher in one rendering: reported once
    problems_a = _problems(na, 1 + max(0, -shift))
    problems_b = _problems(nb, 1 + max(0, shift))
    for label, mine, problems, theirs in (
        ("A", na, problems_a, problems_b),
        ("B", nb, problems_b, problems_a),
    ):
        shared = {key for key, _, _ in theirs}
        for key, marker, problem in problems:
            if key in shared:
                continue
            loc = mine.doc.location(marker.quote_offset, marker.raw)
            a, b = (loc, None) if label == "A" else (None, loc)
            yield Finding.make(
                ID, CATEGORY, SEVERITY, f"Footnote numbering in {label}: {problem}", a, b
            )


def _problems(mine: Notes, start: int = 1) -> list[tuple[tuple[int, int], FootnoteMarker, str]]:
    """(key, marker, description) of each numbering problem, in text order."""
    out: list[tuple[tuple[int, int], FootnoteMarker, str]] = []
    expected = start
    seen: set[int] = set()
    for marker in mine.doc.markers:
        n = marker.number
        if n in seen:
            out.append(((n, expected), marker, f"footnote {n} is numbered again (‘{marker.raw}’)"))
        elif n != expected:
            if n > expected:
                gap = f"{expected}" if n == expected + 1 else f"{expected}–{n - 1}"
                what = f"{gap} is missing"
            else:
                what = "numbers run backwards"
            after = expected - 1 or "the start"
            text = f"footnote {n} (‘{marker.raw}’) follows {after}: {what}"
            out.append(((n, expected), marker, text))
        seen.add(n)
        expected = max(expected, n + 1)
    return out
