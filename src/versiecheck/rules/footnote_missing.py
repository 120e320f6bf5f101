"""A footnote is in one rendering only.

Catches a paragraph that carries a footnote marker in one rendering while the same
paragraph in the other rendering has no marker and no body for that footnote.

Deliberately ignores: footnotes in text that is itself missing from the other rendering,
whole paragraphs or a passage at a paragraph's edge (the structure rules report the
missing text once), and a marker whose body alone is missing (``footnote-body-missing``).

Example::

    A: Zie de brief1 aan de Kamer over dit onderwerp.

       1 Kamerstuk 32 317, nr. 987.
    B: Zie de brief aan de Kamer over dit onderwerp.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..model import Category, Finding, Severity
from ._footnotes import body_text, note_name, sides
from ._missing import in_missing_passage

ID = "footnote-missing"
CATEGORY = Category.FOOTNOTE
SEVERITY = Severity.ERROR
#: Asks where a passage only one side has lies, which is built on the word differences
#: of the aligned text (``_text.text_pairs``): run with those rules.
SHARES = "text-pairs"
EXAMPLE = (
    "Zie de brief1 aan de Kamer over dit onderwerp.\n\n1 Kamerstuk 32 317, nr. 987.\n",
    "Zie de brief aan de Kamer over dit onderwerp.\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    for label, mine, other in sides(ctx):
        side = label.lower()
        for key, marker in sorted(mine.markers.items()):
            if key in other.markers or key in other.bodies:
                continue
            if not ctx.is_paired(side, marker.block):
                continue
            if in_missing_passage(ctx, side, marker.block, marker.offset):
                continue  # the passage it stands in is missing: reported as such
            here = mine.marker_location(key)
            body = f": {body_text(mine.bodies[key])}" if key in mine.bodies else ""
            other_label = "B" if label == "A" else "A"
            counterpart = ctx.counterpart(side, marker.block)
            there = ctx.doc("b" if side == "a" else "a").block_location(counterpart[0])
            message = (
                f"Footnote {note_name(key)} (at ‘{marker.raw}’) is only in {label}; the same "
                f"paragraph in {other_label} has no footnote there{body}"
            )
            a, b = (here, there) if label == "A" else (there, here)
            yield Finding.make(ID, CATEGORY, SEVERITY, message, a, b)
