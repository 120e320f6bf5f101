"""A footnote is referenced in the text but its body is missing.

Catches a marker (``brief1``, ``lidstaten,2``, ``[3]``, ``¹``) with no footnote text in
the same rendering: the typical loss in typesetting. When the other rendering has the
body, the message quotes it.

Deliberately ignores: digits glued to words that do not fit the footnote numbering
(``KST 32317``, ``2025-2026``, ``iJBZ-Raad``), which are never markers; and the same
defect in both renderings (versiecheck reports differences between renderings).

Example::

    A: Zoals gemeld in de brief1 aan de Kamer.
    B: Zoals gemeld in de brief1 aan de Kamer.

       1 Kamerstuk 32 317, nr. 987.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..model import Category, Finding, Severity
from ._footnotes import body_text, note_name, sides

ID = "footnote-body-missing"
CATEGORY = Category.FOOTNOTE
SEVERITY = Severity.ERROR
EXAMPLE = (
    "Zoals gemeld in de brief1 aan de Kamer.\n",
    "Zoals gemeld in de brief1 aan de Kamer.\n\n1 Kamerstuk 32 317, nr. 987.\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    for label, mine, other in sides(ctx):
        for key, marker in sorted(mine.markers.items()):
            if key in mine.bodies or (key in other.markers and key not in other.bodies):
                continue
            here = mine.marker_location(key)
            message = (
                f"Footnote {note_name(key)} is referenced in {label} (‘{marker.raw}’, "
                f"line {here.line}) but its body is missing in {label}"
            )
            there = None
            if key in other.bodies:
                message += f"; the other rendering has it: {body_text(other.bodies[key])}"
                there = other.body_location(key)
            else:
                message += "; the other rendering has no footnote text for it either"
            a, b = (here, there) if label == "A" else (there, here)
            yield Finding.make(ID, CATEGORY, SEVERITY, message, a, b)
