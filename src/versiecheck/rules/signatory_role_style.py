"""A signatory's role is styled differently (capitals, article, dashes).

Catches ``De minister van …`` against ``De Minister van …``: the same role in another
house style. Informational: a publication may follow its own style.

Deliberately ignores: a different office or ministry (``signatory-role-changed``).

Example::

    A: De minister van Justitie en Veiligheid,
       F. van Oosten
    B: De Minister van Justitie en Veiligheid,
       F. van Oosten
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..lang.names import NameVerdict, compare_roles
from ..model import Category, Finding, Severity
from ._signatures import co_signer_roles, pairs, role_location, role_of

ID = "signatory-role-style"
CATEGORY = Category.SIGNATORY
SEVERITY = Severity.INFO
EXAMPLE = (
    "De minister van Justitie en Veiligheid,\nF. van Oosten\n",
    "De Minister van Justitie en Veiligheid,\nF. van Oosten\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    for p in pairs(ctx):
        if p.a is None or p.b is None:
            continue
        ra, rb = role_of(p.a), role_of(p.b)
        if ra is None or rb is None:
            continue
        verdict, differences = compare_roles(ra, rb)
        if verdict is not NameVerdict.VARIANT:
            continue
        yield Finding.make(
            ID,
            CATEGORY,
            SEVERITY,
            f"Role styled differently: ‘{p.a.role}’ in A, ‘{p.b.role}’ in B "
            f"({'; '.join(differences)})",
            role_location(ctx.a, p.a),
            role_location(ctx.b, p.b),
        )
    for role_a, role_b, differences, loc_a, loc_b in co_signer_roles(ctx, NameVerdict.VARIANT):
        yield Finding.make(
            ID,
            CATEGORY,
            SEVERITY,
            f"Role styled differently: ‘{role_a}’ in A, ‘{role_b}’ in B ({'; '.join(differences)})",
            loc_a,
            loc_b,
        )
