"""The same footnote has different text in the two renderings.

Catches words changed, added or dropped in a footnote body, shown word by word. Where
the numbering starts again at 1 (minority views after a report's majority views), each
footnote is compared with the one of the same number in the same series, the series
matched through the aligned paragraphs that hold their markers (an excerpt that leaves
out the first series still compares its notes with the second).

Deliberately ignores: line wrapping and hyphenation inside the body, quote and dash
style, spacing (the same normalisation as running text).

Example::

    A: Zie de brief1 aan de Kamer.

       1 Kamerstuk 32 317, nr. 987.
    B: Zie de brief1 aan de Kamer.

       1 Kamerstuk 32 317, nr. 978.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..check import Context
from ..diff import ChangeKind, word_changes
from ..model import Category, Finding, Severity
from ..normalize import comparison_key
from ._footnotes import note_name, notes
from ._text import quote

ID = "footnote-text-changed"
CATEGORY = Category.FOOTNOTE
SEVERITY = Severity.ERROR
EXAMPLE = (
    "Zie de brief1 aan de Kamer.\n\n1 Kamerstuk 32 317, nr. 987.\n",
    "Zie de brief1 aan de Kamer.\n\n1 Kamerstuk 32 317, nr. 978.\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    na, nb = notes(ctx)
    for key in sorted(set(na.bodies) & set(nb.bodies)):
        fa, fb = na.bodies[key], nb.bodies[key]
        if comparison_key(fa.text) == comparison_key(fb.text):
            continue
        changes = [c for c in word_changes(fa.text, fb.text) if c.kind is not ChangeKind.CASE]
        if not changes:
            continue
        shown = "; ".join(
            f"{quote(c.a_text) if c.a_text else '(nothing)'} → "
            f"{quote(c.b_text) if c.b_text else '(nothing)'}"
            for c in changes[:3]
        )
        more = f"; and {len(changes) - 3} more" if len(changes) > 3 else ""
        yield Finding.make(
            ID,
            CATEGORY,
            SEVERITY,
            f"Footnote {note_name(key)} differs (A → B): {shown}{more}. "
            f"A: {quote(fa.text, 90)}; B: {quote(fb.text, 90)}",
            na.body_location(key),
            nb.body_location(key),
        )
