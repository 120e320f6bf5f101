"""A number, amount or percentage differs between the renderings.

Catches ``€ 1,5 miljoen`` against ``€ 1,5 miljard``, ``12%`` against ``21%``,
``twintig lidstaten`` against ``twaalf lidstaten``, a number added or dropped in aligned
paragraphs. Compared by value and unit: ``twintig`` equals ``20``, ``€ 1,5 miljoen``
equals ``€ 1.500.000`` and ``1,5 miljoen euro``, ``12%`` equals ``12 procent``,
``1.500`` (Dutch) equals ``1,500`` (English).

Deliberately ignores: numbers inside dates (the date rules) and document references
(``reference-changed``), footnote markers, numbers glued into codes (``2023Z16994``,
``EU-27``), section numbers (``1.2.3``), the Dutch article ``een`` and English ``one``,
and a number inside a longer passage that ``text-changed`` reports. List items numbered
differently (``2.`` against ``4.`` opening each paragraph), one after another by the same
amount, are one finding: the list was renumbered.

Example::

    A: Het kabinet trekt € 1,5 miljoen uit voor de verkenning.
    B: Het kabinet trekt € 1,5 miljard uit voor de verkenning.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..check import Context, Joined
from ..model import Category, Finding, Severity
from ._valuediff import ValueDifference, finding, value_differences
from ._values import Mention

#: What closes a list item's number: ``2. Rep. …``, ``2) …``.
_ITEM_MARK = re.compile(r"[.)](?:\s|$)")
_SENTENCE_END = re.compile(r"[.:;!?][\"'’”)]*$")

ID = "number-changed"
CATEGORY = Category.NUMBER
SEVERITY = Severity.ERROR
#: Built on the word differences of the aligned text (``_text.text_pairs``).
SHARES = "text-pairs"
EXAMPLE = (
    "Het kabinet trekt € 1,5 miljoen uit voor de verkenning.\n",
    "Het kabinet trekt € 1,5 miljard uit voor de verkenning.\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    runs: list[list[tuple[ValueDifference, int, int]]] = []
    for item in value_differences(ctx, "number", ID, CATEGORY, SEVERITY, "Number"):
        if not isinstance(item, ValueDifference):
            yield item
            continue
        numbers = _enumerators(item)
        if numbers is None:
            yield finding(ID, CATEGORY, SEVERITY, "Number", item)
            continue
        x, y = numbers
        run = runs[-1] if runs else None
        if run is not None and run[-1][2] - run[-1][1] == y - x and x > run[-1][1]:
            run.append((item, x, y))
        else:
            runs.append([(item, x, y)])
    for run in runs:
        if len(run) == 1:
            yield finding(ID, CATEGORY, SEVERITY, "Number", run[0][0])
            continue
        shift = run[0][2] - run[0][1]
        message = (
            f"List numbering differs: items {_numbers([x for _, x, _ in run])} in A are "
            f"{_numbers([y for _, _, y in run])} in B (each {'+' if shift > 0 else '−'}"
            f"{abs(shift)})"
        )
        d = run[0][0]
        assert d.a is not None and d.b is not None
        a_loc = d.pair.a.location(d.a.start, d.a.end)
        b_loc = d.pair.b.location(d.b.start, d.b.end)
        yield Finding.make(ID, CATEGORY, SEVERITY, message, a_loc, b_loc)


def _enumerators(d: ValueDifference) -> tuple[int, int] | None:
    """The two numbers when a difference is of list items' numbers (``2.``, ``2)``,
    ``(2)`` opening a paragraph on both sides), else None."""
    if d.a is None or d.b is None:
        return None
    x, y = _enumerator(d.pair.a, d.a), _enumerator(d.pair.b, d.b)
    return (x, y) if x is not None and y is not None else None


def _numbers(numbers: list[int]) -> str:
    """``2–7`` for numbers one after another, else ``2, 3, 5``."""
    if numbers == list(range(numbers[0], numbers[0] + len(numbers))):
        return f"{numbers[0]}–{numbers[-1]}"
    return ", ".join(map(str, numbers))


def _enumerator(joined: Joined, m: Mention) -> int | None:
    """The number of a list item: ``2.`` or ``2)`` opening a paragraph, or opening a
    sentence where the items run on in one paragraph; ``(2)`` opening a paragraph."""
    if not m.raw.isdecimal():
        return None
    block, inner = joined.block_at(m.start)
    text = joined.doc.blocks[block].text
    before, after = text[:inner].rstrip(), text[inner + m.end - m.start :]
    if before == "(" and after[:1] == ")":
        return int(m.raw)
    opens = before == "" or _SENTENCE_END.search(before) is not None
    return int(m.raw) if opens and _ITEM_MARK.match(after) else None
