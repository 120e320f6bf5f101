"""Checking: run the rules over an aligned pair of documents.

A rule is a module in :mod:`versiecheck.rules` with ``ID``, ``CATEGORY``, ``SEVERITY``,
an ``EXAMPLE`` (text of A, text of B) and ``check(ctx)``; see :mod:`versiecheck.rules`.
This module gives rules what they share: the alignment looked up from either side, and
the places of blocks and footnotes as report locations.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .model import AlignedGroup, AlignKind, Document, Finding, Location, Severity

if TYPE_CHECKING:
    from .rules import Rule

PAIRED = (AlignKind.MATCH, AlignKind.CHANGE, AlignKind.MERGE, AlignKind.MOVE)


@dataclass(slots=True)
class Context:
    """What a rule sees: both documents and their alignment."""

    a: Document
    b: Document
    alignment: list[AlignedGroup]
    group_of_a: dict[int, AlignedGroup] = field(default_factory=dict)
    group_of_b: dict[int, AlignedGroup] = field(default_factory=dict)
    memo: dict[object, object] = field(default_factory=dict)
    #: The documents' language as configured (``auto``, ``nl``, ``en``): a hint rules may use.
    language: str = "auto"

    def __post_init__(self) -> None:
        for g in self.alignment:
            for i in g.a:
                self.group_of_a[i] = g
            for j in g.b:
                self.group_of_b[j] = g

    def doc(self, side: str) -> Document:
        return self.a if side == "a" else self.b

    def paired(self) -> Iterable[AlignedGroup]:
        """Groups with blocks on both sides."""
        return (g for g in self.alignment if g.kind in PAIRED)

    def counterpart(self, side: str, block: int) -> tuple[int, ...]:
        """Blocks of the other side aligned with ``block`` of ``side`` (empty: none)."""
        g = (self.group_of_a if side == "a" else self.group_of_b).get(block)
        if g is None or g.kind not in PAIRED:
            return ()
        return g.b if side == "a" else g.a

    def is_paired(self, side: str, block: int) -> bool:
        return bool(self.counterpart(side, block))


def run_rules(
    ctx: Context,
    enabled: Iterable[str] | None = None,
    severities: Mapping[str, Severity] | None = None,
    progress: Callable[[float], None] | None = None,
    *,
    parallel: bool = False,
) -> list[Finding]:
    """Run every registered rule (or those ``enabled``), sorted, with severities applied.
    ``progress(fraction)`` is told how far the rules are. ``parallel``: the rules built on
    the aligned text's word differences may run in a forked child while the others run
    here, where that is safe and worth it (see :mod:`versiecheck.parallel`); the findings
    are the same."""
    from . import parallel as par
    from .rules import registry

    severities = severities or {}
    wanted = set(enabled) if enabled is not None else None
    rules = [r for r in registry().values() if wanted is None or r.id in wanted]
    child = None
    shared = [r for r in rules if r.shares == "text-pairs"]
    split = shared and len(shared) < len(rules)  # (work for both processes)
    if parallel and split and par.worth_forking(ctx.a.source, ctx.b.source):
        rules = [r for r in rules if r.shares != "text-pairs"]
        child = par.fork_call(lambda: _run(ctx, shared, severities))
    with par.cancelled_on_error(child):
        findings = _run(ctx, rules, severities, progress)
    if child is not None:
        # While the child works on: the blocks' line spans every report shows.
        ctx.a.block_lines()
        ctx.b.block_lines()
        theirs = child.result()
        findings += theirs if theirs is not None else _run(ctx, shared, severities)
    findings.sort()
    return findings


def _run(
    ctx: Context,
    rules: list[Rule],
    severities: Mapping[str, Severity],
    progress: Callable[[float], None] | None = None,
) -> list[Finding]:
    findings: list[Finding] = []
    for k, rule in enumerate(rules):
        if progress is not None:
            progress(k / len(rules))
        sev = severities.get(rule.id)
        for f in rule.check(ctx):
            findings.append(dataclasses.replace(f, severity=sev) if sev else f)
    return findings


@dataclass(frozen=True, slots=True)
class Joined:
    """The text of one or more consecutive blocks, joined by spaces, with a way back."""

    doc: Document
    blocks: tuple[int, ...]
    text: str
    starts: tuple[int, ...]  # offset in ``text`` where each block begins

    @staticmethod
    def of(doc: Document, blocks: tuple[int, ...]) -> Joined:
        starts, parts, pos = [], [], 0
        for i in blocks:
            starts.append(pos)
            parts.append(doc.blocks[i].text)
            pos += len(doc.blocks[i].text) + 1
        return Joined(doc, blocks, " ".join(parts), tuple(starts))

    def block_at(self, offset: int) -> tuple[int, int]:
        """The block holding a text offset, and the offset inside that block."""
        k = 0
        while k + 1 < len(self.starts) and self.starts[k + 1] <= offset:
            k += 1
        return self.blocks[k], offset - self.starts[k]

    def location(self, start: int, end: int | None = None) -> Location:
        """Report location of ``text[start:end]``, quoting the source there."""
        block, inner = self.block_at(start)
        length = 0 if end is None else max(0, min(end, len(self.text)) - start)
        block_len = len(self.doc.blocks[block].text)
        length = min(length, block_len - inner)
        if inner >= block_len:
            inner = max(0, block_len - 1)
        return self.doc.block_location(block, inner, length)
