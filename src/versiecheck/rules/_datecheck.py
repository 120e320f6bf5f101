"""Shared by the rules that check a date against itself (weekday, impossible day): each
rendering is checked on its own, so a fault is found even where the other rendering has
no weekday or no such date at all. The same fault in both renderings at aligned places is
not a difference between them and is not reported."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..check import Context
from ..lang.dates import DateMention, find_dates
from ..model import Location
from ._values import context_year


def faulty_dates(
    ctx: Context, fault: Callable[[DateMention], bool]
) -> Iterator[tuple[DateMention, Location | None, Location | None]]:
    """(date, place in A, place in B) for every date with ``fault`` in one rendering
    only; the place in the rendering without the fault is None."""
    found: dict[str, list[tuple[int, DateMention, Location]]] = {"a": [], "b": []}
    for side in ("a", "b"):
        doc = ctx.doc(side)
        for blk in doc.blocks:
            for d in _block_dates(ctx, side)[blk.index]:
                if fault(d):
                    loc = doc.block_location(blk.index, d.start, d.end - d.start)
                    found[side].append((blk.index, d, loc))
    used_b: set[int] = set()
    for block, d, loc in found["a"]:
        twin = None
        for k, (block_b, e, loc_b) in enumerate(found["b"]):
            if (
                k in used_b
                or e.key != d.key
                or (e.weekday or "").casefold() != (d.weekday or "").casefold()
            ):
                continue
            if block_b in ctx.counterpart("a", block) or not ctx.is_paired("a", block):
                twin = (k, loc_b)
                break
        if twin is not None:
            used_b.add(twin[0])
            continue
        yield d, loc, None
    for k, (_, e, loc_b) in enumerate(found["b"]):
        if k not in used_b:
            yield e, None, loc_b


def _block_dates(ctx: Context, side: str) -> list[list[DateMention]]:
    """Every block's dates, found once for the rules that share this module."""
    key = f"block_dates_{side}"
    cached = ctx.memo.get(key)
    if cached is None:
        year = context_year(ctx)
        cached = [find_dates(b.text, year) for b in ctx.doc(side).blocks]
        ctx.memo[key] = cached
    return cached  # type: ignore[return-value]


def where(a: Location | None, b: Location | None) -> str:
    return "in A" if a else "in B"
