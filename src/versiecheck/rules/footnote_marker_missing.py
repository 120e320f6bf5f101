"""A footnote body has no marker in the text.

Catches footnote text at a page bottom (or typed at the end) that nothing in the running
text refers to: the marker was lost, or the number in the text changed.

Deliberately ignores: numbered paragraphs and list items (``1. Inleiding``), which are not
footnote bodies; and the same orphan body in both renderings.

Example::

    A: Zoals gemeld in de brief aan de Kamer.

       1 Kamerstuk 32 317, nr. 987.
    B: Zoals gemeld in de brief1 aan de Kamer.

       1 Kamerstuk 32 317, nr. 987.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..model import Category, Finding, Severity
from ._footnotes import body_text, note_name, sides

ID = "footnote-marker-missing"
CATEGORY = Category.FOOTNOTE
SEVERITY = Severity.ERROR
EXAMPLE = (
    "Zoals gemeld in de brief aan de Kamer.\n\n1 Kamerstuk 32 317, nr. 987.\n",
    "Zoals gemeld in de brief1 aan de Kamer.\n\n1 Kamerstuk 32 317, nr. 987.\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    for label, mine, other in sides(ctx):
        for key, body in sorted(mine.bodies.items()):
            if key in mine.markers or (key in other.bodies and key not in other.markers):
                continue
            here = mine.body_location(key)
            message = (
                f"Footnote {note_name(key)} has a body in {label} ({body_text(body)}) "
                f"but no marker in {label}'s text"
            )
            there = None
            if key in other.markers:
                there = other.marker_location(key)
                message += f"; the other rendering marks it at ‘{other.markers[key].raw}’"
            a, b = (here, there) if label == "A" else (there, here)
            yield Finding.make(ID, CATEGORY, SEVERITY, message, a, b)
