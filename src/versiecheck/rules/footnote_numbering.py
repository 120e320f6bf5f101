"""Footnote numbers do not run 1, 2, 3, … in one rendering.

Catches a gap (``1, 2, 4``), numbers out of order (``1, 3, 2``), a number used twice and
a series that starts again at 1 (reported once; each series is then checked on its own),
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


def _problems(mine: Notes, start: int = 1) -> list[tuple[tuple[int, ...], FootnoteMarker, str]]:
    """(key, marker, description) of each numbering problem, in text order.

    A marker numbered 1 after higher numbers starts a new series (minority views, an
    annex with notes of its own): one problem, the restart, then each series is checked
    on its own. Keys carry the series, so a restart both renderings make is shared."""
    out: list[tuple[tuple[int, ...], FootnoteMarker, str]] = []
    expected = start
    series = 0
    seen: set[int] = set()
    for marker in mine.doc.markers:
        n = marker.number
        if n == 1 and expected > 2 and (n in seen or expected > 3):
            series += 1
            text = f"footnote numbering starts again at 1 (‘{marker.raw}’) after {expected - 1}"
            out.append(((series, 0, 0), marker, text))
            expected, seen = 2, {1}
            continue
        if n in seen:
            text = f"footnote {n} is numbered again (‘{marker.raw}’)"
            out.append(((series, n, expected), marker, text))
        elif n != expected:
            if n > expected:
                gap = f"{expected}" if n == expected + 1 else f"{expected}–{n - 1}"
                what = f"{gap} is missing"
            else:
                what = "numbers run backwards"
            after = expected - 1 or "the start"
            text = f"footnote {n} (‘{marker.raw}’) follows {after}: {what}"
            out.append(((series, n, expected), marker, text))
        seen.add(n)
        expected = max(expected, n + 1)
    return out
