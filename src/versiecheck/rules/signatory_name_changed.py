"""A signature block names a different person in the other rendering.

Catches a surname that differs, or initials and first names that cannot belong to the
same person (``F. van Oosten`` against ``Peter van Oosten``), in signature blocks paired
by role.

Deliberately ignores: the same person written differently (``signatory-name-variant``):
initials against a first name, a title added or dropped, particle capitals.

Example::

    A: De minister van Justitie en Veiligheid,
       F. van Oosten
    B: De minister van Justitie en Veiligheid,
       P. van Oosten
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..lang.names import NameVerdict, compare_persons, parse_person
from ..model import Category, Finding, Severity
from ._signatures import name_location, pairs

ID = "signatory-name-changed"
CATEGORY = Category.SIGNATORY
SEVERITY = Severity.ERROR
EXAMPLE = (
    "De minister van Justitie en Veiligheid,\nF. van Oosten\n",
    "De minister van Justitie en Veiligheid,\nP. van Oosten\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    for p in pairs(ctx):
        if p.a is None or p.b is None:
            continue
        pa, pb = parse_person(p.a.name), parse_person(p.b.name)
        if pa is not None and pb is not None:
            result = compare_persons(pa, pb)
            if result.verdict is not NameVerdict.DIFFERENT:
                continue
            why = "; ".join(result.differences)
        elif " ".join(p.a.name.split()) == " ".join(p.b.name.split()):
            continue
        else:
            why = "the names do not match"
        yield Finding.make(
            ID,
            CATEGORY,
            SEVERITY,
            f"Signatory differs for ‘{p.a.role}’: ‘{p.a.name}’ in A, ‘{p.b.name}’ in B "
            f"(a different person: {why})",
            name_location(ctx.a, p.a),
            name_location(ctx.b, p.b),
        )
