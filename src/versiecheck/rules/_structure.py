"""Shared by the structure rules: one-sided runs of blocks, split where the region
changes (a header block and the body paragraph after it are two findings), without
signature blocks (the signatory rules report those) and without a lone dagtekening (the
date rules report that)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..check import Context
from ..model import AlignKind, BlockKind, Document, Location, Region
from ._signatures import co_signer_blocks
from ._text import quote

REGION_NAMES = {
    Region.HEADER: "Header block",
    Region.ANNEX: "Annex",
    Region.SIGNATURES: "Closing",
    Region.BODY: "Body text",
}


@dataclass(frozen=True, slots=True)
class Run:
    side: str  # "a" or "b": the side that has the blocks
    region: Region
    blocks: tuple[int, ...]


def one_sided_runs(ctx: Context) -> Iterator[Run]:
    for g in ctx.alignment:
        if g.kind is AlignKind.ONLY_A:
            side, items, doc = "a", g.a, ctx.a
        elif g.kind is AlignKind.ONLY_B:
            side, items, doc = "b", g.b, ctx.b
        else:
            continue
        run: list[int] = []
        region: Region | None = None
        co_signers = co_signer_blocks(ctx, side)
        for i in items:
            block = doc.blocks[i]
            signs = block.kind is BlockKind.SIGNATURE or i in co_signers
            if signs or (region is not None and block.region != region):
                if run and region is not None and not _dateline_only(doc, run):
                    yield Run(side, region, tuple(run))
                run, region = [], None
            if signs:
                continue
            run.append(i)
            region = block.region
        if run and region is not None and not _dateline_only(doc, run):
            yield Run(side, region, tuple(run))


def _dateline_only(doc: Document, run: list[int]) -> bool:
    """A dagtekening alone is the date rules' finding (``date-letter-missing``)."""
    return all(doc.blocks[i].kind is BlockKind.DATELINE for i in run)


def describe_run(doc: Document, run: Run) -> tuple[str, Location]:
    """What a run holds, for a message, and where it starts."""
    first, last = doc.blocks[run.blocks[0]], doc.blocks[run.blocks[-1]]
    start_line = doc.source.line_column(first.source_offset)[0]
    end_line = doc.source.line_column(last.origin.source_offset(len(last.text) - 1))[0]
    lines = f"line {start_line}" if start_line == end_line else f"lines {start_line}–{end_line}"
    count = len(run.blocks)
    what = "1 block" if count == 1 else f"{count} blocks"
    text = f"{what}, {lines}, starting {quote(first.text, 70)}"
    return text, doc.location(first.source_offset, " ".join(first.text.split())[:80])
