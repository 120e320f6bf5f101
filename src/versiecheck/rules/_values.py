"""Shared by the text, date, number and reference rules: typed values in a text.

A date, a time of day, a number or amount, and a reference to another document are each
compared by value by their own rule (``date-changed``, ``date-time-changed``,
``number-changed``, ``reference-changed``).
This module finds them once per text and decides who owns a word change: a change whose
words all lie inside typed values (apart from small connecting words such as ``op`` or
``nr.``) belongs to the typed rule, so ``op 9 april 2026`` dropped is one date finding,
not a text finding as well; any other change belongs to ``text-changed``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from ..check import Context
from ..lang.dates import find_dates, find_times
from ..lang.numbers import find_numbers
from ..lang.references import find_references
from ._dates import letter_date

KINDS = ("date", "time", "reference", "number")

#: Words that may stand next to a value and change with it without changing the text.
CONNECTORS = frozenset(
    "op in van de het en per tot met om voor bij uit naar circa ongeveer ruim bijna rond"
    " nr nr. no no. nummer on at of the a an by from to for about around some nearly"
    " approximately dd d.d. sinds since vanaf".split()
)
_WORD = re.compile(r"\w+(?:[-'’/.]\w+)*\.?")


class Mention(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def key(self) -> str: ...
    @property
    def raw(self) -> str: ...

    def describe(self) -> str: ...


def context_year(ctx: Context) -> int | None:
    """The year of the letter's dagtekening (either rendering): dates without a year
    are read in it."""
    cached = ctx.memo.get("context_year", False)
    if cached is False:
        cached = None
        for doc in (ctx.a, ctx.b):
            found = letter_date(doc)
            if found is not None and found[0].first is not None:
                cached = found[0].first.year
                break
        ctx.memo["context_year"] = cached
    return cached  # type: ignore[return-value]


def mentions(ctx: Context, text: str) -> dict[str, Sequence[Mention]]:
    """Dates, times, references and numbers (outside the others) in ``text``."""
    memo = ctx.memo.setdefault("values", {})
    assert isinstance(memo, dict)
    found = memo.get(text)
    if found is None:
        dates = find_dates(text, context_year(ctx))
        times = find_times(text)
        refs = find_references(text)
        taken = [(d.start, d.end) for d in dates] + [(t.start, t.end) for t in times]
        taken += [(r.start, r.end) for r in refs]
        found = {
            "date": dates,
            "time": times,
            "reference": refs,
            "number": find_numbers(text, taken),
        }
        memo[text] = found
    return found


def spans(ctx: Context, text: str) -> list[tuple[int, int]]:
    return sorted((m.start, m.end) for ms in mentions(ctx, text).values() for m in ms)


def _touches(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    if start == end:
        return any(s < start < e for s, e in taken)
    return any(s < end and start < e for s, e in taken)


def _residue(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """True when the words of ``text[start:end]`` outside values are only connectors."""
    for m in _WORD.finditer(text, start, end):
        if any(s <= m.start() and m.end() <= e for s, e in taken):
            continue
        if m.group().casefold() not in CONNECTORS:
            return False
    return True


def owned_by_values(
    ctx: Context, a: str, a_span: tuple[int, int], b: str, b_span: tuple[int, int]
) -> bool:
    """True when a word change is about dates, numbers or references only."""
    sa, sb = spans(ctx, a), spans(ctx, b)
    if not (_touches(*a_span, sa) or _touches(*b_span, sb)):
        return False
    return _residue(a, *a_span, sa) and _residue(b, *b_span, sb)


def inside_any(start: int, end: int, changes: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in changes)
