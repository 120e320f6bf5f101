"""Paragraphs or headings of the body are in one rendering only.

Catches a paragraph dropped or added between renderings. Consecutive blocks missing
together are one finding, not one per paragraph.

Deliberately ignores: a whole header block, annex or closing in one rendering only
(``structure-section-missing``), signature blocks (``signatory-missing``), and blocks
that moved (``structure-moved``).

Example::

    A: Eerste alinea over het beleid.

       Tweede alinea die in B ontbreekt, over iets geheel anders.

       Derde alinea sluit af.
    B: Eerste alinea over het beleid.

       Derde alinea sluit af.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..model import Category, Finding, Region, Severity
from ._structure import describe_run, one_sided_runs

ID = "structure-block-missing"
CATEGORY = Category.STRUCTURE
SEVERITY = Severity.ERROR
EXAMPLE = (
    "Eerste alinea over het beleid.\n\nTweede alinea die in B ontbreekt, over iets geheel "
    "anders.\n\nDerde alinea sluit af.\n",
    "Eerste alinea over het beleid.\n\nDerde alinea sluit af.\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    for run in one_sided_runs(ctx):
        if run.region is not Region.BODY:
            continue
        text, loc = describe_run(ctx.doc(run.side), run)
        side = run.side.upper()
        other = "B" if side == "A" else "A"
        message = f"Text only in {side} (missing in {other}): {text}"
        a, b = (loc, None) if run.side == "a" else (None, loc)
        yield Finding.make(ID, CATEGORY, SEVERITY, message, a, b)
