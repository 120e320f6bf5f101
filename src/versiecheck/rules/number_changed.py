"""A number, amount or percentage differs between the renderings.

Catches ``€ 1,5 miljoen`` against ``€ 1,5 miljard``, ``12%`` against ``21%``,
``twintig lidstaten`` against ``twaalf lidstaten``, a number added or dropped in aligned
paragraphs. Compared by value and unit: ``twintig`` equals ``20``, ``€ 1,5 miljoen``
equals ``€ 1.500.000`` and ``1,5 miljoen euro``, ``12%`` equals ``12 procent``,
``1.500`` (Dutch) equals ``1,500`` (English).

Deliberately ignores: numbers inside dates (the date rules) and document references
(``reference-changed``), footnote markers, numbers glued into codes (``2023Z16994``,
``EU-27``), section numbers (``1.2.3``), the Dutch article ``een`` and English ``one``,
and a number inside a longer passage that ``text-changed`` reports.

Example::

    A: Het kabinet trekt € 1,5 miljoen uit voor de verkenning.
    B: Het kabinet trekt € 1,5 miljard uit voor de verkenning.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..model import Category, Finding, Severity
from ._valuediff import value_findings

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
    yield from value_findings(ctx, "number", ID, CATEGORY, SEVERITY, "Number")
