"""Punctuation differs inside aligned paragraphs.

Catches a full stop, comma, colon, bracket or other mark added, dropped or changed where
the words around it are the same. A mark moved past a closing quote or bracket
(``Act”.`` against ``Act.”``) is one finding.

Deliberately ignores: quote style (straight against curly), dash style (hyphen against en
dash), spacing around punctuation, and the punctuation a footnote marker was glued to.

Example::

    A: Het was een mooie dag.
    B: Het was een mooie dag..
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..check import Context
from ..diff import Change, ChangeKind
from ..model import Category, Finding, Severity
from ._text import quote, text_pairs

ID = "text-punctuation"
CATEGORY = Category.TEXT
SEVERITY = Severity.WARNING
#: Built on the word differences of the aligned text (``_text.text_pairs``).
SHARES = "text-pairs"
EXAMPLE = ("Het was een mooie dag.\n", "Het was een mooie dag..\n")


#: What may stand between two changed marks that are one difference: quotes, brackets.
_ENCLOSERS = frozenset("\"'‘’“”„«»‹›()[]")


def check(ctx: Context) -> Iterator[Finding]:
    for pair in text_pairs(ctx):
        for first, last in _differences(pair.a.text, pair.b.text, pair.changes):
            a_ctx = _context(pair.a.text, first.a_start, last.a_end)
            b_ctx = _context(pair.b.text, first.b_start, last.b_end)
            yield Finding.make(
                ID,
                CATEGORY,
                SEVERITY,
                f"Punctuation differs: {quote(a_ctx)} in A, {quote(b_ctx)} in B",
                pair.a.location(first.a_start, last.a_end),
                pair.b.location(first.b_start, last.b_end),
            )


def _differences(a: str, b: str, changes: Sequence[Change]) -> list[tuple[Change, Change]]:
    """The punctuation changes as differences (first and last change of each): a mark
    moved past a closing quote or bracket (``Act”.`` against ``Act.”``) is one
    difference, though the diff sees a mark added on one side of the quote and one
    dropped on the other."""
    out: list[tuple[Change, Change]] = []
    prev: Change | None = None
    for c in changes:
        if c.kind is not ChangeKind.PUNCTUATION:
            prev = None
            continue
        if (
            prev is not None
            and out
            and _only_enclosers(a[prev.a_end : c.a_start])
            and _only_enclosers(b[prev.b_end : c.b_start])
        ):
            out[-1] = (out[-1][0], c)
        else:
            out.append((c, c))
        prev = c
    return out


def _only_enclosers(between: str) -> bool:
    return len(between) <= 2 and all(ch in _ENCLOSERS for ch in between)


def _context(text: str, start: int, end: int) -> str:
    """The changed marks with the word before them, so the message shows where."""
    left = text.rfind(" ", 0, max(0, start - 1)) + 1
    right = text.find(" ", end)
    return text[left : right if right != -1 else len(text)]
