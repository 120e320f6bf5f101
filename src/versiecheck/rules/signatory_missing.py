"""A signature block is in one rendering only.

Catches a co-signer dropped or added: a role and name that no signature block of the
other rendering matches, or a ``Mede namens de minister van …,`` line (a co-signer
without a signature of their own) that the other rendering lacks.

Deliberately ignores: a role or name that changed in a block that is still there (the
other signatory rules pair blocks by role, then by position).

Example::

    A: De minister van Justitie en Veiligheid,
       F. van Oosten

       De minister van Asiel en Migratie,
       D.M. van Weel
    B: De minister van Justitie en Veiligheid,
       F. van Oosten
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..model import Category, Finding, Severity
from ._signatures import co_signer_pairs, pairs, role_location

ID = "signatory-missing"
CATEGORY = Category.SIGNATORY
SEVERITY = Severity.ERROR
EXAMPLE = (
    "De minister van Justitie en Veiligheid,\nF. van Oosten\n\n"
    "De minister van Asiel en Migratie,\nD.M. van Weel\n",
    "De minister van Justitie en Veiligheid,\nF. van Oosten\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    for p in pairs(ctx):
        if p.a is not None and p.b is None:
            label, other, sig, doc = "A", "B", p.a, ctx.a
        elif p.b is not None and p.a is None:
            label, other, sig, doc = "B", "A", p.b, ctx.b
        else:
            continue
        loc = role_location(doc, sig)
        a, b = (loc, None) if label == "A" else (None, loc)
        yield Finding.make(
            ID,
            CATEGORY,
            SEVERITY,
            f"Signature block only in {label}: ‘{sig.role}, {sig.name}’ (missing in {other})",
            a,
            b,
        )
    for x, y in co_signer_pairs(ctx):
        if x is not None and y is not None:
            continue
        label, doc, item = ("A", ctx.a, x) if x is not None else ("B", ctx.b, y)
        assert item is not None
        loc = doc.block_location(item.block)
        other = "B" if label == "A" else "A"
        a, b = (loc, None) if label == "A" else (None, loc)
        role = item.role.raw.strip().rstrip(",")
        message = f"Co-signer only in {label}: ‘{role}’ (missing in {other})"
        yield Finding.make(ID, CATEGORY, SEVERITY, message, a, b)
