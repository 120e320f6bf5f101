"""The same signatory is written differently in the other rendering.

Catches initials against a full first name (``F. van Oosten`` / ``Foort van Oosten``), a
title or predicate added or dropped (``A.C.L. Rutte`` / ``mr. A.C.L. Rutte``), particle
capitals (``van Weel`` / ``Van Weel``), diacritics, missing initials: the same person,
but a publication should print the name as signed.

Deliberately ignores: spacing inside initials (``A.C.L.`` / ``A. C. L.``), quote style,
``w.g.`` / ``(getekend)`` marks.

Example::

    A: De minister van Justitie en Veiligheid,
       F. van Oosten
    B: De minister van Justitie en Veiligheid,
       Foort van Oosten
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..lang.names import NameVerdict, compare_persons, parse_person
from ..model import Category, Finding, Severity
from ._signatures import name_location, pairs

ID = "signatory-name-variant"
CATEGORY = Category.SIGNATORY
SEVERITY = Severity.WARNING
EXAMPLE = (
    "De minister van Justitie en Veiligheid,\nF. van Oosten\n",
    "De minister van Justitie en Veiligheid,\nFoort van Oosten\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    for p in pairs(ctx):
        if p.a is None or p.b is None:
            continue
        pa, pb = parse_person(p.a.name), parse_person(p.b.name)
        if pa is None or pb is None:
            continue
        result = compare_persons(pa, pb)
        if result.verdict is not NameVerdict.VARIANT:
            continue
        yield Finding.make(
            ID,
            CATEGORY,
            SEVERITY,
            f"Signatory written differently: ‘{p.a.name}’ in A, ‘{p.b.name}’ in B "
            f"({'; '.join(result.differences)})",
            name_location(ctx.a, p.a),
            name_location(ctx.b, p.b),
        )
