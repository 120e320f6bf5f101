"""Paragraphs or headings of the body are in one rendering only.

Catches a paragraph dropped or added between renderings. Consecutive blocks missing
together are one finding, not one per paragraph; a placeholder the other rendering has in
their place (an excerpt's ``[Content is elided in this sample]``, ``[…]``, ``* * *``) is
named in that finding, not reported on its own. Whole sentences missing at the start or
end of a paragraph (two or more, or ten words or more) are a paragraph dropped where the
other rendering joined it to its neighbour: reported here too, not as changed words.

Deliberately ignores: a whole header block, annex or closing in one rendering only
(``structure-section-missing``), signature blocks (``signatory-missing``), and text
that moved (``structure-moved``), also when the aligner could not pair it.

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
from ..model import Category, Finding, Severity
from ._missing import is_moved, missing, shifted

ID = "structure-block-missing"
CATEGORY = Category.STRUCTURE
SEVERITY = Severity.ERROR
#: Built on the word differences of the aligned text (``_text.text_pairs``).
SHARES = "text-pairs"
EXAMPLE = (
    "Eerste alinea over het beleid.\n\nTweede alinea die in B ontbreekt, over iets geheel "
    "anders.\n\nDerde alinea sluit af.\n",
    "Eerste alinea over het beleid.\n\nDerde alinea sluit af.\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    for item in missing(ctx):
        if not item.passage or is_moved(ctx, item) or shifted(ctx, item):
            continue  # structure-moved reports it once
        side = item.side.upper()
        other = "B" if side == "A" else "A"
        message = f"Text only in {side} (missing in {other}): {item.what}"
        a, b = (item.here, item.there) if item.side == "a" else (item.there, item.here)
        yield Finding.make(ID, CATEGORY, SEVERITY, message, a, b)
