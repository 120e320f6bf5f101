"""A signature block carries a different role in the other rendering.

Catches an office or ministry that differs between signature blocks at the same place
(``De minister van Asiel en Migratie`` against ``De minister van Justitie en
Veiligheid``), or between ``Mede namens …`` lines; ministry names are compared exactly.

Deliberately ignores: capitals and the article (``signatory-role-style``).

Example::

    A: De minister van Asiel en Migratie,
       D.M. van Weel
    B: De minister van Justitie en Veiligheid,
       D.M. van Weel
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..lang.names import NameVerdict, compare_roles
from ..model import Category, Finding, Severity
from ._signatures import co_signer_roles, pairs, role_location, role_of

ID = "signatory-role-changed"
CATEGORY = Category.SIGNATORY
SEVERITY = Severity.ERROR
EXAMPLE = (
    "De minister van Asiel en Migratie,\nD.M. van Weel\n",
    "De minister van Justitie en Veiligheid,\nD.M. van Weel\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    for p in pairs(ctx):
        if p.a is None or p.b is None:
            continue
        ra, rb = role_of(p.a), role_of(p.b)
        if ra is not None and rb is not None:
            verdict, _ = compare_roles(ra, rb)
            if verdict is not NameVerdict.DIFFERENT:
                continue
        elif " ".join(p.a.role.casefold().split()) == " ".join(p.b.role.casefold().split()):
            continue
        yield Finding.make(
            ID,
            CATEGORY,
            SEVERITY,
            f"Signatory role differs for ‘{p.a.name}’: ‘{p.a.role}’ in A, ‘{p.b.role}’ in B",
            role_location(ctx.a, p.a),
            role_location(ctx.b, p.b),
        )
    for role_a, role_b, _, loc_a, loc_b in co_signer_roles(ctx, NameVerdict.DIFFERENT):
        yield Finding.make(
            ID,
            CATEGORY,
            SEVERITY,
            f"Co-signer's role differs: ‘{role_a}’ in A, ‘{role_b}’ in B",
            loc_a,
            loc_b,
        )
