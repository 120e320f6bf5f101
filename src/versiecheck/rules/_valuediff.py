"""Shared by the date, number and reference rules: compare typed values paragraph by
paragraph, in order, by key (so ``3-2-2026`` equals ``3 februari 2026``).

A value found on one side only is reported unless it lies inside a change of words that
``text-changed`` reports (a sentence added that happens to hold a date): one owner per
difference.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..check import Context
from ..diff import ChangeKind
from ..model import Category, Finding, Severity
from ._text import TextPair, text_pairs
from ._values import Mention, inside_any, mentions


@dataclass(frozen=True, slots=True)
class ValueDifference:
    """A value that differs between aligned paragraphs, or stands on one side only."""

    pair: TextPair
    a: Mention | None
    b: Mention | None


def value_findings(
    ctx: Context, kind: str, rule: str, category: Category, severity: Severity, noun: str
) -> Iterator[Finding]:
    for item in value_differences(ctx, kind, rule, category, severity, noun):
        yield (
            finding(rule, category, severity, noun, item)
            if isinstance(item, ValueDifference)
            else item
        )


def finding(
    rule: str, category: Category, severity: Severity, noun: str, d: ValueDifference
) -> Finding:
    """The finding for one value difference."""
    x, y, pair = d.a, d.b, d.pair
    if x and y:
        message = f"{noun} differs: ‘{x.describe()}’ in A, ‘{y.describe()}’ in B"
    elif x:
        message = f"{noun} only in A: ‘{x.describe()}’ (not in the same paragraph in B)"
    else:
        assert y is not None
        message = f"{noun} only in B: ‘{y.describe()}’ (not in the same paragraph in A)"
    a_loc = pair.a.location(x.start, x.end) if x else pair.a.location(0)
    b_loc = pair.b.location(y.start, y.end) if y else pair.b.location(0)
    return Finding.make(rule, category, severity, message, a_loc, b_loc)


def value_differences(
    ctx: Context, kind: str, rule: str, category: Category, severity: Severity, noun: str
) -> Iterator[Finding | ValueDifference]:
    """Each value of ``kind`` that differs between aligned paragraphs (or stands on one
    side only), in text order; details of equal values come as findings already."""
    for pair in text_pairs(ctx):
        if pair.a.text == pair.b.text:
            continue  # the same text holds the same values
        da, db = mentions(ctx, pair.a.text)[kind], mentions(ctx, pair.b.text)[kind]
        if not da and not db:
            continue
        ka, kb = [d.key for d in da], [d.key for d in db]
        if ka == kb:
            yield from _details(rule, category, severity, noun, pair, da, db)
            continue
        words = [c for c in pair.changes if c.kind is ChangeKind.WORDS]
        text_a = [(c.a_start, c.a_end) for c in words if c.a_start < c.a_end]
        text_b = [(c.b_start, c.b_end) for c in words if c.b_start < c.b_end]
        if sorted(ka) == sorted(kb):
            continue  # the same values in another order: the words moved, not the values
        ops = _opcodes(ka, kb)
        for tag, i1, i2, j1, j2 in ops:
            if tag == "equal":
                yield from _details(rule, category, severity, noun, pair, da[i1:i2], db[j1:j2])
                continue
            left, right = da[i1:i2], db[j1:j2]
            for k in range(max(len(left), len(right))):
                x = left[k] if k < len(left) else None
                y = right[k] if k < len(right) else None
                if x and not y and inside_any(x.start, x.end, text_a):
                    continue
                if y and not x and inside_any(y.start, y.end, text_b):
                    continue
                yield ValueDifference(pair, x, y)


def _opcodes(ka: list[str], kb: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Opcodes computed in one canonical direction, so swapping A and B swaps the result."""
    if ka <= kb:
        return list(difflib.SequenceMatcher(a=ka, b=kb, autojunk=False).get_opcodes())
    ops = difflib.SequenceMatcher(a=kb, b=ka, autojunk=False).get_opcodes()
    return [(tag, i1, i2, j1, j2) for tag, j1, j2, i1, i2 in ops]


def _details(
    rule: str,
    category: Category,
    severity: Severity,
    noun: str,
    pair: TextPair,
    da: Sequence[Mention],
    db: Sequence[Mention],
) -> Iterator[Finding]:
    """Values with the same key that differ in a detail both sides state: the
    parliamentary year of a reference (``2025/26`` against ``2026/27``)."""
    for x, y in zip(da, db, strict=True):
        yx, yy = getattr(x, "year", ""), getattr(y, "year", "")
        if yx and yy and yx != yy:
            message = f"{noun} differs in its year: ‘{x.describe()}’ in A, ‘{y.describe()}’ in B"
            loc_a, loc_b = pair.a.location(x.start, x.end), pair.b.location(y.start, y.end)
            yield Finding.make(rule, category, severity, message, loc_a, loc_b)
