"""Shared by the text rules: the word differences of every aligned pair of blocks,
computed once per comparison. Signature blocks and datelines are left to their own rules,
and a change about dates, numbers or references only is left to their rules (see
:mod:`._values`)."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ..check import Context, Joined
from ..diff import Change, ChangeKind, word_changes
from ..model import AlignedGroup, AlignKind, BlockKind
from ..normalize import comparison_key
from ._signatures import co_signer_blocks
from ._values import owned_by_values

_SKIP_KINDS = (BlockKind.SIGNATURE, BlockKind.DATELINE)


@dataclass(frozen=True, slots=True)
class TextPair:
    group: AlignedGroup
    a: Joined
    b: Joined
    changes: tuple[Change, ...]
    #: The place among the pairs compared (1, 2, …): text rules look at two pairs side by
    #: side only where these follow each other.
    seq: int = 0


def text_pairs(ctx: Context) -> list[TextPair]:
    """The aligned pairs whose texts differ, with their word changes (pairs of the same
    text hold nothing for a text rule, and are the most: they are left out)."""
    cached = ctx.memo.get("text_pairs")
    if cached is None:
        pairs = []
        blocks_a, blocks_b = ctx.a.blocks, ctx.b.blocks
        for seq, g in enumerate((g for g in ctx.paired() if _compared(ctx, g)), 1):
            if (
                g.similarity == 1.0
                and len(g.a) == 1 == len(g.b)
                and blocks_a[g.a[0]].text == blocks_b[g.b[0]].text
            ):
                continue  # (what _pair would find: no changes, at no cost)
            p = _pair(ctx, g, seq)
            if p.changes or p.a.text != p.b.text:
                pairs.append(p)
        cached = _cancel_crossings(_rejoin(ctx, pairs))
        ctx.memo["text_pairs"] = cached
    return cached  # type: ignore[return-value]


def _cost(pair: TextPair) -> int:
    return sum(len(c.a_text.split()) + len(c.b_text.split()) for c in pair.changes)


def _rejoin(ctx: Context, pairs: list[TextPair]) -> list[TextPair]:
    """Compare two neighbouring changed pairs as one when that explains more: a sentence
    that ends one paragraph in A and starts the next in B is where the typesetter put a
    paragraph break, not text dropped here and added there."""
    out: list[TextPair] = []
    for p in pairs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.changes
            and p.changes
            and AlignKind.MOVE not in (prev.group.kind, p.group.kind)
            and prev.group.a[-1] + 1 == p.group.a[0]
            and prev.group.b[-1] + 1 == p.group.b[0]
        ):
            sim = min(prev.group.similarity, p.group.similarity)
            g = AlignedGroup(
                AlignKind.MERGE, prev.group.a + p.group.a, prev.group.b + p.group.b, sim
            )
            joined = _pair(ctx, g, p.seq)
            if _cost(joined) < _cost(prev) + _cost(p):
                out[-1] = joined
                continue
        out.append(p)
    return out


def _compared(ctx: Context, g: AlignedGroup) -> bool:
    """Whether the text rules compare a pair: not signatures and datelines, nor ``Mede
    namens`` lines (the signatory rules compare those)."""
    if any(ctx.a.blocks[i].kind in _SKIP_KINDS for i in g.a) or any(
        ctx.b.blocks[j].kind in _SKIP_KINDS for j in g.b
    ):
        return False
    return not (
        any(i in co_signer_blocks(ctx, "a") for i in g.a)
        or any(j in co_signer_blocks(ctx, "b") for j in g.b)
    )


def _pair(ctx: Context, g: AlignedGroup, seq: int) -> TextPair:
    ja, jb = Joined.of(ctx.a, g.a), Joined.of(ctx.b, g.b)
    if g.similarity == 1.0 and ja.text == jb.text:
        return TextPair(g, ja, jb, (), seq)
    changes = word_changes(ja.text, jb.text)
    if changes:
        changes = [
            c
            for c in changes
            if not owned_by_values(
                ctx, ja.text, (c.a_start, c.a_end), jb.text, (c.b_start, c.b_end)
            )
        ]
    return TextPair(g, ja, jb, tuple(changes), seq)


#: Words from which whole sentences missing at a paragraph's edge count as a missing
#: paragraph (a paragraph of one sentence has about this many words or more).
PASSAGE_WORDS = 10
_SENTENCE_END = re.compile(r"[.!?][\"'’”)]*$")


def missing_passage(pair: TextPair, c: Change) -> tuple[str, int, int] | None:
    """(side, start, end) when a change is whole sentences on one side only, at the start
    or end of a paragraph, two or more of them or at least ``PASSAGE_WORDS`` words: a
    paragraph dropped (perhaps where the other rendering joined it to its neighbour). The
    structure rule reports those; text-changed leaves them.

    An insertion can slide over words it begins and ends with (``Het kabinet trekt … .
    Het kabinet`` is ``Het kabinet trekt … .`` one place earlier); the sentence-aligned
    position is the one that counts."""
    return edge_sentences(pair, c, PASSAGE_WORDS)


def edge_sentences(pair: TextPair, c: Change, min_words: int = 1) -> tuple[str, int, int] | None:
    """(side, start, end) when a change is whole sentences on one side only at the start
    or end of a paragraph: two or more sentences, or one of ``min_words`` words or more."""
    if c.kind is not ChangeKind.WORDS or (c.a_text and c.b_text):
        return None
    side, joined, start, end = (
        ("a", pair.a, c.a_start, c.a_end) if c.a_text else ("b", pair.b, c.b_start, c.b_end)
    )
    for s, e in _slides(joined.text, start, end):
        if _is_passage(joined, s, e, min_words):
            return side, s, e
    return None


def _slides(text: str, start: int, end: int, reach: int = 4) -> list[tuple[int, int]]:
    """The span, and the equivalent spans of an insertion slid left or right by up to
    ``reach`` words."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    first = next((k for k, (s, _) in enumerate(words) if s >= start), None)
    last = next((k for k in range(len(words) - 1, -1, -1) if words[k][1] <= end), None)
    out = [(start, end)]
    if first is None or last is None or last < first:
        return out
    key = [comparison_key(text[s:e]) for s, e in words]
    for shift in range(1, reach + 1):  # left: the words before equal the last words
        lo, hi = first - shift, last - shift
        if lo < 0 or key[lo:first] != key[hi + 1 : last + 1]:
            break
        out.append((words[lo][0], words[hi][1]))
    for shift in range(1, reach + 1):  # right: the words after equal the first words
        lo, hi = first + shift, last + shift
        if hi >= len(words) or key[last + 1 : hi + 1] != key[first:lo]:
            break
        out.append((words[lo][0], words[hi][1]))
    return out


def _is_passage(joined: Joined, start: int, end: int, min_words: int) -> bool:
    text = joined.text
    passage = text[start:end]
    sentences = len(re.findall(r"[.!?][\"'’”)]*(?:\s|$)", passage + " "))
    if not _SENTENCE_END.search(passage) or (sentences < 2 and len(passage.split()) < min_words):
        return False
    block, inner = joined.block_at(start)
    block_start = inner == 0
    after_sentence = bool(re.search(r"[.!?][\"'’”)]*\s+$", text[max(0, start - 4) : start]))
    if not (block_start or after_sentence):
        return False
    block_end = end >= joined.starts[joined.blocks.index(block)] + len(
        joined.doc.blocks[block].text
    )
    rest = text[end:].lstrip()
    return block_start or block_end or not rest or joined.block_at(end + 1)[0] != block


def _cancel_crossings(pairs: list[TextPair]) -> list[TextPair]:
    """A sentence that ends a paragraph on one side and starts the next paragraph on the
    other (a paragraph break the typesetter put elsewhere, with a paragraph dropped or
    changed between) is no difference: drop the two one-sided changes that say so."""
    out = list(pairs)
    for k in range(len(out) - 1):
        p, q = out[k], out[k + 1]
        if not p.changes or not q.changes or q.seq != p.seq + 1:
            continue
        x, y = p.changes[-1], q.changes[0]
        if x.kind is not ChangeKind.WORDS or y.kind is not ChangeKind.WORDS:
            continue
        if x.b_text and not x.a_text and y.a_text and not y.b_text:
            ends, starts = (p.b.text, x.b_end), (q.a.text, y.a_start)
        elif x.a_text and not x.b_text and y.b_text and not y.a_text:
            ends, starts = (p.a.text, x.a_end), (q.b.text, y.b_start)
        else:
            continue
        same = comparison_key(x.a_text or x.b_text) == comparison_key(y.a_text or y.b_text)
        at_edges = not ends[0][ends[1] :].strip() and not starts[0][: starts[1]].strip()
        if same and at_edges:
            out[k] = dataclasses.replace(p, changes=p.changes[:-1])
            out[k + 1] = dataclasses.replace(q, changes=q.changes[1:])
    return out


def quote(text: str, limit: int = 60) -> str:
    """A value for a message: squeezed, shortened, in typographic quotes."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"‘{text}’"
