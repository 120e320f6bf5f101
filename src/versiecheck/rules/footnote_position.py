"""A footnote marker sits at another place in the other rendering.

Catches a marker attached to a different word (``brief1`` against ``Kamer1``), to
another occurrence of the same word, or moved to another paragraph, for a footnote that
both renderings have.

Deliberately ignores: punctuation between the word and the marker (``lidstaten,2``
against ``lidstaten2``), the same word in a neighbouring paragraph (a paragraph break the
typesetter put elsewhere), and markers in text missing from the other rendering.

Example::

    A: Zie de brief1 aan de Kamer.

       1 Kamerstuk 32 317, nr. 987.
    B: Zie de brief aan de Kamer1.

       1 Kamerstuk 32 317, nr. 987.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..model import Category, Document, Finding, FootnoteMarker, Severity
from ..normalize import comparison_key
from ._footnotes import note_name, notes

ID = "footnote-position"
CATEGORY = Category.FOOTNOTE
SEVERITY = Severity.WARNING
EXAMPLE = (
    "Zie de brief1 aan de Kamer.\n\n1 Kamerstuk 32 317, nr. 987.\n",
    "Zie de brief aan de Kamer1.\n\n1 Kamerstuk 32 317, nr. 987.\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    na, nb = notes(ctx)
    for key in sorted(set(na.markers) & set(nb.markers)):
        ma, mb = na.markers[key], nb.markers[key]
        number = note_name(key)
        if not ctx.is_paired("a", ma.block) or not ctx.is_paired("b", mb.block):
            continue
        same_word = ma.anchor.casefold() == mb.anchor.casefold()
        same_place = mb.block in ctx.counterpart("a", ma.block)
        if not same_place and not (
            same_word
            and _neighbours(ctx, ma.block, mb.block)
            and _same_sentence(_around(ctx.a, ma), _around(ctx.b, mb))
        ):
            message = (
                f"Footnote {number} is in another paragraph: after ‘{ma.anchor}’ in A, "
                f"after ‘{mb.anchor}’ in B"
            )
        elif ma.anchor.casefold() != mb.anchor.casefold():
            message = (
                f"Footnote {number} is attached to another word: ‘{ma.raw}’ in A, ‘{mb.raw}’ in B"
            )
        elif same_place and _another_occurrence(
            _occurrence(ctx, "a", ma), _occurrence(ctx, "b", mb)
        ):
            message = (
                f"Footnote {number} is attached to another ‘{ma.anchor}’: occurrence "
                f"{_occurrence(ctx, 'a', ma)[0]} in A, {_occurrence(ctx, 'b', mb)[0]} in B"
            )
        else:
            continue
        yield Finding.make(
            ID, CATEGORY, SEVERITY, message, na.marker_location(key), nb.marker_location(key)
        )


def _neighbours(ctx: Context, a: int, b: int) -> bool:
    """Blocks in neighbouring aligned groups: where the typesetter moved a paragraph break,
    the same sentence (and its marker) can end up one paragraph further."""
    near_b = {j for i in (a - 1, a + 1) for j in ctx.counterpart("a", i)}
    near_a = {i for j in (b - 1, b + 1) for i in ctx.counterpart("b", j)}
    return b in near_b or a in near_a


def _around(doc: Document, m: FootnoteMarker) -> tuple[list[str], list[str]]:
    """The words before and after a marker in its paragraph (compared form)."""
    text = doc.blocks[m.block].text
    return comparison_key(text[: m.offset]).split()[-4:], comparison_key(text[m.offset :]).split()[
        :3
    ]


def _same_sentence(a: tuple[list[str], list[str]], b: tuple[list[str], list[str]]) -> bool:
    """The marker stands between the same words, as far as both paragraphs go: a
    paragraph break elsewhere cuts the words short on one side, it does not change them."""
    (before_a, after_a), (before_b, after_b) = a, b
    n = min(len(before_a), len(before_b))
    k = min(len(after_a), len(after_b))
    return n + k >= 3 and before_a[-n:] == before_b[-n:] and after_a[:k] == after_b[:k]


def _occurrence(ctx: Context, side: str, m: FootnoteMarker) -> tuple[int, int]:
    """How many times the marker's word stands, in the aligned paragraphs, up to the
    marker and after it."""
    other = "b" if side == "a" else "a"
    group = ctx.counterpart(other, ctx.counterpart(side, m.block)[0])
    doc = ctx.doc(side)
    before = " ".join(doc.blocks[i].text for i in group if i < m.block)
    before += " " + doc.blocks[m.block].text[: m.offset]
    after = doc.blocks[m.block].text[m.offset :] + " "
    after += " ".join(doc.blocks[i].text for i in group if i > m.block)
    word = comparison_key(m.anchor)

    def count(text: str) -> int:
        return sum(1 for w in comparison_key(text).split() if w.strip(",.;:!?'\"()") == word)

    return count(before), count(after)


def _another_occurrence(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Another occurrence when counted from the start and from the end alike: text added
    or dropped on one side changes one count only."""
    return a[0] != b[0] and a[1] != b[1]
