"""Word-level differences between two aligned texts.

Texts are split into words and punctuation marks; words are compared in their
comparison form (typographic variants unified, hyphens inside words ignored, case
folded), with diff-match-patch running on one character per distinct token. Each change
says whether it touches words, only punctuation, or only letter case (a difference that a
small-capitals typeface or house style explains is not a change of words).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .normalize import clean, word_key

if TYPE_CHECKING:
    from diff_match_patch import diff_match_patch

# Hyphens and en dashes inside a word keep it one token (`D–OH` and `D-OH` are one word).
_TOKEN = re.compile(r"\w+(?:[-‐‑‒–'’/.]\w+)*|[^\w\s]")


class ChangeKind(enum.StrEnum):
    WORDS = "words"
    PUNCTUATION = "punctuation"
    CASE = "case"


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    key: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"


@dataclass(frozen=True, slots=True)
class Change:
    kind: ChangeKind
    a_start: int  # character offsets into the texts compared; a_start == a_end: insertion
    a_end: int
    b_start: int
    b_end: int
    a_text: str
    b_text: str


#: token text -> its comparison form with case (``word_key(clean(text))``): a document
#: has a few thousand distinct words and hundreds of thousands of tokens.
_CASED: dict[str, str] = {}
_CASED_MAX = 200_000


def _cased(text: str) -> str:
    key = _CASED.get(text)
    if key is None:
        if len(_CASED) >= _CASED_MAX:
            _CASED.clear()
        key = _CASED[text] = word_key(clean(text))
    return key


def tokens(text: str) -> list[Token]:
    out = []
    cased = _CASED
    for m in _TOKEN.finditer(text):
        tok = m.group()
        key = cased.get(tok)
        if key is None:
            key = _cased(tok)
        out.append(Token(tok, key.casefold(), m.start(), m.end()))
    return out


@lru_cache(maxsize=1)
def _dmp() -> diff_match_patch:
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    dmp.Diff_Timeout = 2.0
    return dmp


def word_changes(a: str, b: str) -> list[Change]:
    """The changes that turn text ``a`` into text ``b``, word by word.

    Symmetric: ``word_changes(b, a)`` gives the same changes with the sides swapped (a
    diff of repeated words could otherwise pair them differently in each direction).
    """
    if a > b:
        return [
            Change(c.kind, c.b_start, c.b_end, c.a_start, c.a_end, c.b_text, c.a_text)
            for c in _word_changes(b, a)
        ]
    return _word_changes(a, b)


def _word_changes(a: str, b: str) -> list[Change]:
    ta, tb = tokens(a), tokens(b)
    codes: dict[str, str] = {}

    def encode(toks: list[Token]) -> str:
        return "".join(codes.setdefault(t.key, chr(0xE000 + len(codes))) for t in toks)

    sa, sb = encode(ta), encode(tb)
    if sa == sb:
        return _case_changes(ta, tb, a, b, 0, 0, len(ta))
    diffs = _dmp().diff_main(sa, sb, False)
    _dmp().diff_cleanupSemantic(diffs)
    out: list[Change] = []
    ia = ib = 0
    pending_a: list[Token] = []
    pending_b: list[Token] = []

    def flush() -> None:
        if pending_a or pending_b:
            change = _change(pending_a, pending_b, a, b, ta, tb, ia, ib)
            if not layout_only(change.a_text, change.b_text):
                out.append(change)
            pending_a.clear()
            pending_b.clear()

    for op, chunk in diffs:
        n = len(chunk)
        if op == 0:
            flush()
            out.extend(_case_changes(ta, tb, a, b, ia, ib, n))
            ia += n
            ib += n
        elif op == -1:
            pending_a.extend(ta[ia : ia + n])
            ia += n
        else:
            pending_b.extend(tb[ib : ib + n])
            ib += n
    flush()
    return out


_LAYOUT_ONLY = re.compile(r"[\s\-\u2010\u2011\u2013\u00ad]+")


def layout_only(a: str, b: str) -> bool:
    """True when two spans differ only in how a word was broken: a hyphen with a space
    (``decision- making``, left by a line break in the source) against the joined or
    hyphenated word (``decisionmaking``, ``decision-making``)."""
    has_dash = any(c in a or c in b for c in "-\u2010\u2011\u2013\u00ad")
    return has_dash and _LAYOUT_ONLY.sub("", a).casefold() == _LAYOUT_ONLY.sub("", b).casefold()


def _change(
    pa: list[Token],
    pb: list[Token],
    a: str,
    b: str,
    ta: list[Token],
    tb: list[Token],
    ia: int,
    ib: int,
) -> Change:
    words = any(t.is_word for t in pa) or any(t.is_word for t in pb)
    kind = ChangeKind.WORDS if words else ChangeKind.PUNCTUATION
    if pa:
        a_start, a_end = pa[0].start, pa[-1].end
    else:  # insertion: point at the token before it
        a_start = a_end = ta[ia - len(pa) - 1].end if ia - len(pa) > 0 else 0
    if pb:
        b_start, b_end = pb[0].start, pb[-1].end
    else:
        b_start = b_end = tb[ib - len(pb) - 1].end if ib - len(pb) > 0 else 0
    return Change(kind, a_start, a_end, b_start, b_end, a[a_start:a_end], b[b_start:b_end])


def _case_changes(
    ta: list[Token], tb: list[Token], a: str, b: str, ia: int, ib: int, n: int
) -> list[Change]:
    out = []
    for k in range(n):
        x, y = ta[ia + k], tb[ib + k]
        if x.text == y.text:
            continue
        cx, cy = _cased(x.text), _cased(y.text)
        if cx == cy or cx.isupper() or cy.isupper():  # small capitals print as capitals
            continue
        out.append(Change(ChangeKind.CASE, x.start, x.end, y.start, y.end, x.text, y.text))
    return out
