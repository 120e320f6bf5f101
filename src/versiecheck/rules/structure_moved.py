"""A paragraph stands at another place in the other rendering.

Catches a block that the aligner could only pair out of order: the same (or nearly the
same) paragraph before one neighbour in A and after another in B; and the same text
missing at one place in A and at another in B (a paragraph moved and joined to a
neighbour). Reported once, as a move, not as a deletion plus an insertion.

Deliberately ignores: short blocks (headings, one-line items), which repeat too easily to
tell a move from a coincidence, and signature blocks (``signatory-order``).

Example::

    A: Eerste alinea met een eigen inhoud over het beleid.

       Tweede alinea met een andere inhoud over de uitvoering.

       Derde alinea met een slotopmerking over de planning.
    B: Tweede alinea met een andere inhoud over de uitvoering.

       Eerste alinea met een eigen inhoud over het beleid.

       Derde alinea met een slotopmerking over de planning.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..model import AlignKind, BlockKind, Category, Finding, Severity
from ._missing import moved
from ._text import quote

ID = "structure-moved"
CATEGORY = Category.STRUCTURE
SEVERITY = Severity.WARNING
#: Built on the word differences of the aligned text (``_text.text_pairs``).
SHARES = "text-pairs"
EXAMPLE = (
    "Eerste alinea met een eigen inhoud over het beleid.\n\nTweede alinea met een andere "
    "inhoud over de uitvoering.\n\nDerde alinea met een slotopmerking over de planning.\n",
    "Tweede alinea met een andere inhoud over de uitvoering.\n\nEerste alinea met een eigen "
    "inhoud over het beleid.\n\nDerde alinea met een slotopmerking over de planning.\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    for g in ctx.alignment:
        if g.kind is not AlignKind.MOVE:
            continue
        if any(ctx.a.blocks[i].kind is BlockKind.SIGNATURE for i in g.a):
            continue  # signatory-order reports signature blocks in another order
        a_block = ctx.a.blocks[g.a[0]]
        a_loc = ctx.a.block_location(g.a[0])
        b_loc = ctx.b.block_location(g.b[0])
        same = "" if g.similarity >= 1.0 else f" (similarity {g.similarity:.0%})"
        yield Finding.make(
            ID,
            CATEGORY,
            SEVERITY,
            f"Paragraph moved{same}: {quote(a_block.text)} at line {a_loc.line} in A, "
            f"line {b_loc.line} in B",
            a_loc,
            b_loc,
        )
    reported: set[int] = set()
    for x, y in moved(ctx):
        if x.in_move or y.in_move:
            continue  # the rest of a paragraph reported as moved above
        if id(x) in reported or id(y) in reported:
            continue  # a paragraph moved and split: one finding for the whole
        reported.update((id(x), id(y)))
        yield Finding.make(
            ID,
            CATEGORY,
            SEVERITY,
            f"Text moved: {quote(x.text)} at line {x.here.line} in A, line {y.here.line} in B",
            x.here,
            y.here,
        )
