"""A whole header block, annex or closing is in one rendering only.

Catches the typeset header (Kamerstuk number, title, addressee, dagtekening) or an annex
(``Verslag van …`` after the signatures) present in one rendering and absent in the
other: one finding per section, however many paragraphs it holds.

Deliberately ignores: single body paragraphs (``structure-block-missing``) and signature
blocks (``signatory-missing``).

Example::

    A: Brief over het beleid.

       De minister van Financiën,
       E. Heinen

       Bijlage: verslag van de Raad van 3 maart 2026, over de begroting.
    B: Brief over het beleid.

       De minister van Financiën,
       E. Heinen
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..model import Category, Finding, Region, Severity
from ._structure import REGION_NAMES, describe_run, one_sided_runs

ID = "structure-section-missing"
CATEGORY = Category.STRUCTURE
SEVERITY = Severity.WARNING
EXAMPLE = (
    "Brief over het beleid.\n\nDe minister van Financiën,\nE. Heinen\n\n"
    "Bijlage: verslag van de Raad van 3 maart 2026, over de begroting.\n",
    "Brief over het beleid.\n\nDe minister van Financiën,\nE. Heinen\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    for run in one_sided_runs(ctx):
        if run.region is Region.BODY:
            continue
        text, loc = describe_run(ctx.doc(run.side), run)
        side = run.side.upper()
        other = "B" if side == "A" else "A"
        message = f"{REGION_NAMES[run.region]} only in {side} (missing in {other}): {text}"
        a, b = (loc, None) if run.side == "a" else (None, loc)
        yield Finding.make(ID, CATEGORY, SEVERITY, message, a, b)
