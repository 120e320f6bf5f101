"""The same signature blocks stand in another order.

Catches co-signers listed in a different order (the minister of Justitie en Veiligheid
first in A, second in B): the order of signatures follows protocol, and a publication
should keep the order signed. One finding for the whole block of signatures.

Deliberately ignores: a signature block in one rendering only (``signatory-missing``),
and changed names or roles in blocks that kept their place (the other signatory rules).

Example::

    A: De minister van Justitie en Veiligheid,
       F. van Oosten

       De minister van Asiel en Migratie,
       D.M. van Weel
    B: De minister van Asiel en Migratie,
       D.M. van Weel

       De minister van Justitie en Veiligheid,
       F. van Oosten
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..model import Category, Finding, Severity
from ._signatures import pairs, role_location

ID = "signatory-order"
CATEGORY = Category.SIGNATORY
SEVERITY = Severity.WARNING
EXAMPLE = (
    "De minister van Justitie en Veiligheid,\nF. van Oosten\n\n"
    "De minister van Asiel en Migratie,\nD.M. van Weel\n",
    "De minister van Asiel en Migratie,\nD.M. van Weel\n\n"
    "De minister van Justitie en Veiligheid,\nF. van Oosten\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    both = [p for p in pairs(ctx) if p.a is not None and p.b is not None]
    position_b = {id(s): k for k, s in enumerate(ctx.b.signatures)}
    order = [position_b[id(p.b)] for p in both]
    if order == sorted(order):
        return
    first = next(p for p, k in zip(both, order, strict=True) if k != sorted(order)[both.index(p)])
    assert first.a is not None and first.b is not None
    names_a = ", ".join(s.name for s in ctx.a.signatures)
    names_b = ", ".join(s.name for s in ctx.b.signatures)
    yield Finding.make(
        ID,
        CATEGORY,
        SEVERITY,
        f"Signatories in another order: {names_a} in A; {names_b} in B",
        role_location(ctx.a, first.a),
        role_location(ctx.b, first.b),
    )
