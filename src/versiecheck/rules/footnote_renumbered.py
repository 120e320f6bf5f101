"""Every footnote is renumbered by the same amount in the other rendering.

Catches footnotes 1, 2, 3 in one rendering printed as 5, 6, 7 in the other (a typeset
letter whose numbering continues from an earlier part, or restarts): one finding for the
whole series, and the other footnote rules then compare each footnote with its
renumbered counterpart rather than reporting every number as missing.

Deliberately ignores: renumbering that is not consistent (a footnote added or dropped
shifts the rest: ``footnote-missing`` and ``footnote-numbering`` report that), and
numbering that is the same in both renderings.

Example::

    A: Zie de brief1 en de nota2.

       1 Kamerstuk 32 317, nr. 987.
       2 Kamerstuk 32 317, nr. 990.
    B: Zie de brief3 en de nota4.

       3 Kamerstuk 32 317, nr. 987.
       4 Kamerstuk 32 317, nr. 990.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..model import Category, Finding, Severity
from ._footnotes import notes, renumbering

ID = "footnote-renumbered"
CATEGORY = Category.FOOTNOTE
SEVERITY = Severity.WARNING
EXAMPLE = (
    "Zie de brief1 en de nota2.\n\n1 Kamerstuk 32 317, nr. 987.\n2 Kamerstuk 32 317, nr. 990.\n",
    "Zie de brief3 en de nota4.\n\n3 Kamerstuk 32 317, nr. 987.\n4 Kamerstuk 32 317, nr. 990.\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    shift = renumbering(ctx)
    if not shift:
        return
    na, nb = notes(ctx)
    first_key = min(na.markers)
    first = first_key[1]
    last = max(n for s, n in na.markers if s == first_key[0])
    span_a = f"{first}–{last}" if last != first else f"{first}"
    span_b = f"{first + shift}–{last + shift}" if last != first else f"{first + shift}"
    yield Finding.make(
        ID,
        CATEGORY,
        SEVERITY,
        f"Footnotes renumbered: {span_a} in A are {span_b} in B (every footnote "
        f"{'+' if shift > 0 else '−'}{abs(shift)}); compared with their counterparts",
        na.marker_location(first_key),
        nb.marker_location(first_key),
    )
