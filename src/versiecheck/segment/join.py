"""Joining wrapped lines into running text, undoing line-end hyphenation.

A hyphen at a line end is either a break inside a word (``Oos-``/``tenrijk``), a real
hyphen (``EU-``/``agentschappen``, ``informatie-``/``uitwisseling``) or a Dutch elision
(``asiel-``/``en migratiesysteem``). The joiner decides with what it knows: capitals or
digits before the hyphen, a vowel clash (which Dutch spelling marks with a hyphen), a
conjunction after it, and the words the documents use elsewhere. Whatever it decides,
:func:`~versiecheck.normalize.comparison_key` ignores hyphens inside words, so the choice
never produces a text finding.
"""

from __future__ import annotations

from collections.abc import Iterable

_CONJUNCTIONS = frozenset({"en", "of", "tot", "noch", "dan", "and", "or", "nor", "to", "en/of"})
_VOWELS = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûü")


def hyphen_join(before: str, after: str, lexicon: frozenset[str] = frozenset()) -> str:
    """How to join a line ending in ``before-`` to a line starting with ``after``.

    Returns ``"drop"`` (a word broken by hyphenation), ``"keep"`` (a real hyphen, no
    space) or ``"space"`` (an elision: keep the hyphen and a space).
    """
    word_after = after.split(maxsplit=1)[0] if after.strip() else ""
    bare_after = word_after.rstrip(",.;:!?)'\"’”").casefold()
    if bare_after in _CONJUNCTIONS:
        return "space"
    if not before or not word_after:
        return "keep"
    last, first = before[-1], word_after[0]
    if not last.isalpha() or not first.isalpha():
        return "keep"
    if last.isupper() or first.isupper():
        return "keep"
    stem = before.rsplit(maxsplit=1)[-1].casefold() if before.strip() else ""
    joined = stem + bare_after
    hyphenated = f"{stem}-{bare_after}"
    if hyphenated in lexicon and joined not in lexicon:
        return "keep"
    if joined in lexicon:
        return "drop"
    if last.casefold() in _VOWELS and first.casefold() in _VOWELS:
        return "keep"
    return "drop"


def words(texts: Iterable[str]) -> frozenset[str]:
    """The lexicon of a text: its words, case-folded, trailing punctuation stripped."""
    distinct: set[str] = set()
    for text in texts:
        distinct.update(text.split())  # each distinct word is looked at once
    out: set[str] = set()
    for w in distinct:
        w = w.strip(",.;:!?()[]'\"‘’“”").casefold()
        if len(w) > 3 and any(c.isalpha() for c in w):
            out.add(w)
    return frozenset(out)
