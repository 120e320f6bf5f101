"""Shared by structure-block-missing and structure-moved: text of the body that one
rendering has and the other has not at that place, as whole paragraphs (one-sided runs
of blocks) or as passages at a paragraph's edge (see :func:`._text.missing_passage`);
shorter whole sentences at a paragraph's edge are kept too, for finding moves only.

What one rendering lacks at one place and the other lacks at another place, with the
same text, moved: one warning, not two errors. The aligner finds most moves itself; this
catches the ones it cannot see, such as a paragraph moved and joined to a neighbour.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..check import Context
from ..diff import Change, ChangeKind
from ..model import AlignKind, Location, Region
from ..normalize import comparison_key
from ._structure import Run, describe_run, one_sided_runs
from ._text import edge_sentences, missing_passage, quote, text_pairs

#: Shortest text (characters, compared form) that counts as moved rather than repeated.
MOVE_MIN = 40
#: Shortest whole block (a heading) that counts as moved when the very same block is
#: missing at one place and added at another.
MOVE_MIN_BLOCK = 8


@dataclass(frozen=True, slots=True)
class Missing:
    side: str  # "a" or "b": the rendering that has the text
    key: str  # the text in compared form
    text: str  # the text as shown
    what: str  # "1 block, line 12, starting ‘…’" / "a passage at the edge of a paragraph, …"
    here: Location
    there: Location | None  # where the other rendering would have it, when known
    passage: bool = True  # False: a sentence too short to be a paragraph, kept for moves
    change: Change | None = None  # the word change it comes from, if any
    in_move: bool = False  # inside blocks the aligner paired out of order (already a move)
    # Where it stands, as the blocks of the side that has it lies between: for a run, the
    # block before and after it; for a passage, the side's blocks of its aligned group,
    # with whether it opens or closes them.
    before: int = -2
    after: int = -2
    group: tuple[int, ...] = ()
    opens: bool = False
    closes: bool = False
    # For a passage: (block, offset in it) where it begins and where it ends.
    span: tuple[tuple[int, int], tuple[int, int]] | None = None


def missing(ctx: Context) -> list[Missing]:
    cached = ctx.memo.get("missing")
    if cached is not None:
        return cached  # type: ignore[return-value]
    out: list[Missing] = []
    runs = [run for run in one_sided_runs(ctx) if run.region is Region.BODY]
    stand_ins = _stand_ins(ctx, runs)
    placeholders = set(stand_ins.values())
    for k, run in enumerate(runs):
        if k in placeholders:
            continue  # a placeholder: told with the text it stands in for
        doc = ctx.doc(run.side)
        what, loc = describe_run(doc, run)
        if k in stand_ins:
            what += _placeholder_note(ctx, runs[stand_ins[k]])
        text = " ".join(doc.blocks[i].text for i in run.blocks)
        item = Missing(run.side, comparison_key(text), text, what, loc, None)
        out.append(replace(item, before=run.blocks[0] - 1, after=run.blocks[-1] + 1))
    for pair in text_pairs(ctx):
        for c in pair.changes:
            found = edge_sentences(pair, c) or _fragment(c)
            if found is None:
                continue
            passage = missing_passage(pair, c) is not None
            side, start, end = found
            if side == "a":
                joined, there = pair.a, pair.b.location(c.b_start)
            else:
                joined, there = pair.b, pair.a.location(c.a_start)
            loc = joined.location(start, end)
            text = joined.text[start:end]
            what = (
                f"a passage at the edge of a paragraph, line {loc.line}, starting {quote(text, 70)}"
            )
            in_move = pair.group.kind is AlignKind.MOVE
            item = Missing(side, comparison_key(text), text, what, loc, there, passage, c, in_move)
            other = pair.b if side == "a" else pair.a
            lead = not joined.text[:start].strip()
            tail = not joined.text[end:].strip()
            span = (joined.block_at(start), joined.block_at(end))
            out.append(replace(item, group=other.blocks, opens=lead, closes=tail, span=span))
    ctx.memo["missing"] = out
    return out


#: An editor's placeholder for text left out: a short note in square brackets
#: (``[Content is elided in this sample]``, ``[…]``, ``[Omitted]``) or a line of dots,
#: asterisks or an ellipsis (``* * * * *``, ``…``).
_PLACEHOLDER = re.compile(r"^(?:\[[^\[\]]{1,120}\]\.?|…|(?:[.*·…] ?){3,})$")


def _stand_ins(ctx: Context, runs: list[Run]) -> dict[int, int]:
    """Placeholders that stand where the other rendering has text: for the index of a
    run of text, the index of the run of placeholders on the other side. A run counts
    when all its blocks are placeholders and it lies next to the text's run in the
    alignment (the same gap between paired blocks)."""
    position = {id(g): k for k, g in enumerate(ctx.alignment)}
    at: dict[int, list[int]] = {}  # position of a run's group in the alignment -> runs
    for k, run in enumerate(runs):
        of = ctx.group_of_a if run.side == "a" else ctx.group_of_b
        at.setdefault(position[id(of[run.blocks[0]])], []).append(k)
    out: dict[int, int] = {}
    for here, found in at.items():
        for p in found:
            run = runs[p]
            doc = ctx.doc(run.side)
            if not all(_PLACEHOLDER.match(doc.blocks[i].text.strip()) for i in run.blocks):
                continue
            beside = [k for n in (here - 1, here + 1) for k in at.get(n, ())]
            text = next((k for k in beside if runs[k].side != run.side and k not in out), None)
            if text is not None:
                out[text] = p
    return out


def _placeholder_note(ctx: Context, run: Run) -> str:
    doc = ctx.doc(run.side)
    shown = ", ".join(quote(doc.blocks[i].text.strip(), 60) for i in run.blocks)
    line = doc.source.line_column(doc.blocks[run.blocks[0]].source_offset)[0]
    return f"; {run.side.upper()} has {shown} in its place (line {line})"


def _fragment(c: Change) -> tuple[str, int, int] | None:
    """A one-sided change that is not whole sentences (a heading run into a paragraph):
    kept only to recognise a paragraph break that moved."""
    if c.kind is not ChangeKind.WORDS or (c.a_text and c.b_text):
        return None
    return ("a", c.a_start, c.a_end) if c.a_text else ("b", c.b_start, c.b_end)


def _movable(m: Missing) -> bool:
    """Long enough to tell a move from a coincidence: a whole block (a heading) of a few
    words, else a passage of ``MOVE_MIN`` characters."""
    whole_block = m.before != -2
    return len(m.key) >= (MOVE_MIN_BLOCK if whole_block else MOVE_MIN)


def moved(ctx: Context) -> list[tuple[Missing, Missing]]:
    """Pairs (in A, in B) of missing text that is the same text at two places."""
    cached = ctx.memo.get("moved")
    if cached is not None:
        return cached  # type: ignore[return-value]
    items = [m for m in missing(ctx) if not shifted(ctx, m)]
    in_a = [m for m in items if m.side == "a" and len(m.key) >= MOVE_MIN_BLOCK]
    in_b = [m for m in items if m.side == "b" and len(m.key) >= MOVE_MIN_BLOCK]
    out: list[tuple[Missing, Missing]] = []
    used_a: set[int] = set()
    used_b: set[int] = set()
    # Equal texts first, then pieces: a moved paragraph split in two on the other side is
    # one text in A and two in B (each piece inside the whole).
    for i, x in enumerate(in_a):
        for k, y in enumerate(in_b):
            if k not in used_b and x.key == y.key and (_movable(x) or _movable(y)):
                out.append((x, y))
                used_a.add(i)
                used_b.add(k)
                break
    in_a = [m for k, m in enumerate(in_a) if k in used_a or len(m.key) >= MOVE_MIN]
    in_b = [m for k, m in enumerate(in_b) if k in used_b or len(m.key) >= MOVE_MIN]
    used_a = {k for k, m in enumerate(in_a) if any(m is p[0] for p in out)}
    used_b = {k for k, m in enumerate(in_b) if any(m is p[1] for p in out)}
    for i, x in enumerate(in_a):
        if i in used_a:
            continue
        pieces = [k for k, y in enumerate(in_b) if k not in used_b and y.key in x.key]
        out.extend((x, in_b[k]) for k in pieces)
        used_b.update(pieces)
        if pieces:
            used_a.add(i)
    for k, y in enumerate(in_b):
        if k in used_b:
            continue
        pieces = [i for i, x in enumerate(in_a) if i not in used_a and x.key in y.key]
        out.extend((in_a[i], y) for i in pieces)
        used_a.update(pieces)
    ctx.memo["moved"] = out
    return out


def is_moved(ctx: Context, item: Missing) -> bool:
    return any(item is x or item is y for x, y in moved(ctx))


def moved_change(ctx: Context, c: Change) -> bool:
    """True when a word change is one side of a move (``structure-moved`` reports it)."""
    return any(c is m.change for pair in moved(ctx) for m in pair)


def shifted(ctx: Context, item: Missing) -> bool:
    """True when the text is not missing at all: a paragraph of one rendering that the
    other has at the very start or end of the neighbouring aligned paragraph (the
    typesetter's paragraph break stands elsewhere)."""
    cached = ctx.memo.get("shifted")
    if cached is None:
        found: set[int] = set()
        items = missing(ctx)
        for run in (m for m in items if m.before != -2):
            for p in items:
                if p.side == run.side or p.key != run.key or not p.group:
                    continue
                # the passage's group lists the blocks of the run's side around it
                if (p.opens and p.group[0] == run.after) or (
                    p.closes and p.group[-1] == run.before
                ):
                    found.update((id(run), id(p)))
        ctx.memo["shifted"] = cached = found
    return id(item) in cached  # type: ignore[operator]


def shifted_change(ctx: Context, c: Change) -> bool:
    """True when a word change is one side of a paragraph break that moved."""
    return any(m.change is c and shifted(ctx, m) for m in missing(ctx))


def in_missing_passage(ctx: Context, side: str, block: int, offset: int) -> bool:
    """True when a place in a block (a footnote marker) is inside a passage that only
    this side has, which ``structure-block-missing`` reports with all it holds."""
    for m in missing(ctx):
        if m.side == side and m.passage and m.span is not None:
            (first, start), (last, end) = m.span
            if (first, start) <= (block, offset) <= (last, end):
                return True
    return False
