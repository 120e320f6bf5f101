"""Letter case differs inside aligned paragraphs.

Catches a word written with a capital in one rendering and without in the other
(``Minister`` against ``minister``): usually house style, sometimes an error in a name.

Deliberately ignores: words in capitals on one side (small capitals in a PDF come out as
capitals), signature blocks (see ``signatory-role-style``).

Example::

    A: De Minister van Financiën antwoordt.
    B: De minister van Financiën antwoordt.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..diff import ChangeKind
from ..model import Category, Finding, Severity
from ._text import quote, text_pairs

ID = "text-case"
CATEGORY = Category.TEXT
SEVERITY = Severity.INFO
#: Built on the word differences of the aligned text (``_text.text_pairs``).
SHARES = "text-pairs"
EXAMPLE = ("De Minister van Financiën antwoordt.\n", "De minister van Financiën antwoordt.\n")


def check(ctx: Context) -> Iterator[Finding]:
    for pair in text_pairs(ctx):
        changes = [c for c in pair.changes if c.kind is ChangeKind.CASE]
        if not changes:
            continue
        listed = ", ".join(f"{quote(c.a_text)}/{quote(c.b_text)}" for c in changes[:4])
        more = f" and {len(changes) - 4} more" if len(changes) > 4 else ""
        first = changes[0]
        yield Finding.make(
            ID,
            CATEGORY,
            SEVERITY,
            f"Letter case differs (A/B): {listed}{more}",
            pair.a.location(first.a_start, first.a_end),
            pair.b.location(first.b_start, first.b_end),
        )
