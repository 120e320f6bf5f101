"""Punctuation differs inside aligned paragraphs.

Catches a full stop, comma, colon, bracket or other mark added, dropped or changed where
the words around it are the same.

Deliberately ignores: quote style (straight against curly), dash style (hyphen against en
dash), spacing around punctuation, and the punctuation a footnote marker was glued to.

Example::

    A: Het was een mooie dag.
    B: Het was een mooie dag..
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..diff import ChangeKind
from ..model import Category, Finding, Severity
from ._text import quote, text_pairs

ID = "text-punctuation"
CATEGORY = Category.TEXT
SEVERITY = Severity.WARNING
#: Built on the word differences of the aligned text (``_text.text_pairs``).
SHARES = "text-pairs"
EXAMPLE = ("Het was een mooie dag.\n", "Het was een mooie dag..\n")


def check(ctx: Context) -> Iterator[Finding]:
    for pair in text_pairs(ctx):
        for c in pair.changes:
            if c.kind is not ChangeKind.PUNCTUATION:
                continue
            a_ctx = _context(pair.a.text, c.a_start, c.a_end)
            b_ctx = _context(pair.b.text, c.b_start, c.b_end)
            yield Finding.make(
                ID,
                CATEGORY,
                SEVERITY,
                f"Punctuation differs: {quote(a_ctx)} in A, {quote(b_ctx)} in B",
                pair.a.location(c.a_start, c.a_end),
                pair.b.location(c.b_start, c.b_end),
            )


def _context(text: str, start: int, end: int) -> str:
    """The changed marks with the word before them, so the message shows where."""
    left = text.rfind(" ", 0, max(0, start - 1)) + 1
    right = text.find(" ", end)
    return text[left : right if right != -1 else len(text)]
