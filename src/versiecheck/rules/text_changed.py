"""Words differ inside aligned paragraphs.

Catches a word changed, added or dropped between two renderings of the same paragraph,
after layout noise is taken out: line wrapping, line-end hyphenation, page furniture,
footnote markers, typographic quotes and dashes, spacing.

Deliberately ignores: differences of punctuation only (``text-punctuation``) and of letter
case only (``text-case``); words inside a date that changed (the date rules report those);
signature blocks and datelines (the signatory and date rules report those); whole
sentences of ten words or more at the start or end of a paragraph in one rendering only,
which ``structure-block-missing`` reports as a missing paragraph; a sentence that
moved to another paragraph (``structure-moved``); a footnote's number that one rendering
has as text where the other has that footnote's marker (``footnote-missing``).

Example::

    A: De Raad stemde in met het voorstel.
    B: De Raad stemde niet in met het voorstel.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..check import Context
from ..diff import Change, ChangeKind
from ..model import Category, Finding, Severity
from ._missing import moved_change, shifted_change
from ._text import TextPair, missing_passage, quote, text_pairs

ID = "text-changed"
CATEGORY = Category.TEXT
SEVERITY = Severity.ERROR
#: Built on the word differences of the aligned text (``_text.text_pairs``).
SHARES = "text-pairs"
EXAMPLE = ("De Raad stemde in met het voorstel.\n", "De Raad stemde niet in met het voorstel.\n")
#: More word changes than this in one paragraph are reported as one finding.
MAX_PER_PARAGRAPH = 5


def check(ctx: Context) -> Iterator[Finding]:
    for pair in text_pairs(ctx):
        changes = [
            c
            for c in pair.changes
            if c.kind is ChangeKind.WORDS
            and missing_passage(pair, c) is None
            and not moved_change(ctx, c)
            and not shifted_change(ctx, c)
            and not _marker_as_text(pair, c)
        ]
        if len(changes) > MAX_PER_PARAGRAPH:
            first = changes[0]
            yield Finding.make(
                ID,
                CATEGORY,
                SEVERITY,
                f"Paragraph differs in {len(changes)} places (similarity "
                f"{pair.group.similarity:.0%}); first: {_describe(first.a_text, first.b_text)}",
                pair.a.location(first.a_start, first.a_end),
                pair.b.location(first.b_start, first.b_end),
            )
            continue
        for c in changes:
            yield Finding.make(
                ID,
                CATEGORY,
                SEVERITY,
                _describe(c.a_text, c.b_text),
                pair.a.location(c.a_start, c.a_end),
                pair.b.location(c.b_start, c.b_end),
            )


_TRAILING_NUMBER = re.compile(r"([0-9⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})$")
_SUPER_TO_DIGIT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _marker_as_text(pair: TextPair, c: Change) -> bool:
    """A footnote's number that one rendering has as text (``uitvoering.2``) where the
    other has that footnote's marker (``uitvoering.²``): the footnote rules report it."""
    # (the words with the number; the other side's words, where they end, its markers)
    for words, other, (block, offset), markers in (
        (c.b_text, c.a_text, pair.a.block_at(c.a_end), pair.a.doc.markers),
        (c.a_text, c.b_text, pair.b.block_at(c.b_end), pair.b.doc.markers),
    ):
        m = _TRAILING_NUMBER.search(words)
        if m is None or not other or words[: m.start()] != other:
            continue
        number = int(m.group(1).translate(_SUPER_TO_DIGIT))
        if any(x.block == block and x.number == number and x.offset == offset for x in markers):
            return True
    return False


def _describe(a: str, b: str) -> str:
    if not a:
        return f"Text only in B: {quote(b)}"
    if not b:
        return f"Text only in A: {quote(a)}"
    return f"Text differs: {quote(a)} in A, {quote(b)} in B"
