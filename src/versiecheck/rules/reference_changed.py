"""A reference to another document differs between the renderings.

Catches ``Kamerstuk 32 317, nr. 987`` against ``Kamerstuk 32 317, nr. 978``, a reference
added or dropped in aligned paragraphs, for Kamerstukken, (Aanhangsel) Handelingen,
Staatsblad, Staatscourant, Tractatenblad, Tweede Kamer registration numbers
(``2023Z16994``), ECLI numbers and Commission documents (``COM(2025) 123``). Compared by
what is referred to: ``Kamerstuk 32 317, nr. 987`` equals
``Kamerstukken II 2025/26, 32317, nr. 987`` and ``KST 32317, nr. 987`` (the year may be
absent on one side; a year both sides state that differs, ``2025/26`` against
``2026/27``, is a finding).

Deliberately ignores: the way a reference is written, references inside footnote bodies
(``footnote-text-changed`` shows those word by word), and a reference inside a longer
passage that ``text-changed`` reports.

Example::

    A: Zoals gemeld in Kamerstuk 32 317, nr. 987 is de inzet ongewijzigd.
    B: Zoals gemeld in Kamerstuk 32 317, nr. 978 is de inzet ongewijzigd.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..model import Category, Finding, Severity
from ._valuediff import value_findings

ID = "reference-changed"
CATEGORY = Category.REFERENCE
SEVERITY = Severity.ERROR
#: Built on the word differences of the aligned text (``_text.text_pairs``).
SHARES = "text-pairs"
EXAMPLE = (
    "Zoals gemeld in Kamerstuk 32 317, nr. 987 is de inzet ongewijzigd.\n",
    "Zoals gemeld in Kamerstuk 32 317, nr. 978 is de inzet ongewijzigd.\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    yield from value_findings(ctx, "reference", ID, CATEGORY, SEVERITY, "Reference")
