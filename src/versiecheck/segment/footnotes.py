"""Footnote markers and bodies in text renderings.

Extracted text loses superscripts: a marker becomes digits glued to a word or to
punctuation (``brief1``, ``lidstaten,2``, ``’.3``), sometimes with a space (``brief 1``),
or stays a superscript digit (``¹``) or a bracket (``[1]``). A digit after a word is a
marker only where it fits: its number has a body, or it is the next number of the
sequence. Never ``iJBZ-Raad``, ``KST 32317``, ``2025-2026``, ``9 april 2026``.

Bodies are lines that start with the number: at a page bottom (the rest of the page is
footnotes) or dropped into the flow where a word processor put them (plain text saved
from Word). A body in the flow ends at the end of its sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from .lines import Line

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TO_DIGIT = str.maketrans(_SUPERSCRIPTS, "0123456789")
_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "january|february|march|may|june|july|august|october|jan|feb|mrt|apr|jun|jul|aug|sep|sept|"
    "okt|oct|nov|dec"
)
_CLOSERS = "'\"’”»)\\]"
# A marker glued to a word: digits right after a lower-case letter, or after punctuation
# that follows a letter or a closing quote. (Each pattern below opens with a lookahead for
# its first character, which the match needs anyway: the lookbehinds are then tried only
# there, not at every position of the line.)
_GLUED = re.compile(
    rf"(?=\d)(?:(?<=[a-zà-ÿß])|(?<=[^\W\d_][,.;:!?])|(?<=[{_CLOSERS}])|(?<=[{_CLOSERS}][,.;:])|(?<=[,.;:][{_CLOSERS}]))"
    r"(\d{1,3})(?![\w])(?![.,]\d)"
)
_BRACKET = re.compile(
    r"(?=[\s\[(])(?:(?<=\S)\s?\[(\d{1,3})\]"
    rf"|(?:(?<=[^\W\d_])|(?<=[^\W\d_][.,;:!?])|(?<=[{_CLOSERS}])|(?<=[{_CLOSERS}][.,;:]))"
    r"\((\d{1,3})\)(?!\w))"
)
# (the whole run of raised digits: two markers side by side, ``¹⁸¹⁹``, are one run)
_SUPER = re.compile(rf"(?=[{_SUPERSCRIPTS}])(?<=\S)([{_SUPERSCRIPTS}]{{1,6}})(?![{_SUPERSCRIPTS}])")
_SPACED = re.compile(
    rf"(?= \d)(?<=[a-zà-ÿß,.;:{_CLOSERS}]) (\d{{1,3}})(?=[\s,.;:]|$)(?![.,]\d)"
    rf"(?!\s+(?:{_MONTHS})\b)",
    re.I,
)
# A number after a month name is a day ("January 1, 2026"), never a marker.
_MONTH_WORDS = frozenset(_MONTHS.split("|"))
# Words after which a number is part of the text, never a marker.
_NUMBER_WORDS = frozenset(
    [
        "artikel",
        "art",
        "lid",
        "nr",
        "nummer",
        "hoofdstuk",
        "bijlage",
        "paragraaf",
        "pagina",
        "blz",
        "p",
        "onderdeel",
        "fase",
        "versie",
        "stap",
        "week",
        "dag",
        "jaar",
        "uur",
        "minuut",
        "procent",
        "punt",
        "deel",
        "sessie",
        "ronde",
        "kamerstuk",
        "stuk",
        "zaak",
        "bladzijde",
        "article",
        "section",
        "chapter",
        "page",
        "no",
        "number",
        "part",
        "annex",
        "item",
        "step",
        "rule",
        "clause",
        "title",
        "table",
        "figure",
        "van",
        "op",
        "tot",
        "en",
        "of",
        "in",
        "met",
        "om",
        "de",
        "het",
        "een",
        "te",
        "vanaf",
        "tussen",
        "circa",
        "ongeveer",
        "ruim",
        "bijna",
        "of",
        "the",
        "at",
        "to",
        "and",
        "than",
        "about",
        # a number after these counts something ("uit 2 lidstaten"), it marks no footnote
        "uit",
        "na",
        "voor",
        "binnen",
        "over",
        "door",
        "bij",
        "naar",
        "onder",
        "aan",
        "alle",
        "slechts",
        "nog",
        "from",
        "with",
        "for",
        "by",
        "after",
        "before",
        "within",
        "all",
        "only",
        "some",
    ]
)
# A raised number is a note's number whatever its text starts with (``² 20 U.S.C. 1232``);
# a number in plain digits only before a word or a quote.
_BODY_START = re.compile(
    rf"^(?:([{_SUPERSCRIPTS}]{{1,3}})(?![{_SUPERSCRIPTS}])\s*(?=\S)|"
    rf"(?:\[(\d{{1,3}})\]|\((\d{{1,3}})\)|(\d{{1,3}})\)|(\d{{1,3}})(?![.\d]))\s*"
    rf"(?=[^\W\d_{_SUPERSCRIPTS}]|[\"'‘“(]))"
)
# What _BODY_START can start with, but for a digit.
_BODY_FIRST = frozenset("[(" + _SUPERSCRIPTS)
# A note's number as typed by hand: ``[1]``, ``(1)``, ``1)``.
_TYPED_BODY = re.compile(r"^(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}\))")
#: How far a footnote body's number may run ahead of the previous body's.
MAX_NUMBER_JUMP = 20
_BODY_NOT = re.compile(rf"(?i)^\d{{1,3}}\s+(?:{_MONTHS})\b")
_TERMINAL = re.compile(r"[.!?][\"'’”)]*$")
#: What every kind of marker holds (a character class body).
MARKER_DIGITS = rf"\d{_SUPERSCRIPTS}"
_ANY_DIGIT = re.compile(rf"[{MARKER_DIGITS}]")


@dataclass(frozen=True, slots=True)
class MarkerCandidate:
    line: int  # index into the line list
    start: int  # offset in the line's raw text of the marker (digits or bracket)
    end: int
    number: int
    spaced: bool  # a space stands between the word and the number


@dataclass(slots=True)
class BodySpan:
    number: int
    lines: list[int]  # indices of the lines of the body
    start_text: int  # offset in the first line's raw text where the body text begins
    series: int = 0  # numbering that starts again at 1 (minority views) is a new series


def marker_candidates(line: Line) -> list[MarkerCandidate]:
    """Every place in a line where a footnote marker could stand."""
    raw = line.raw
    if not _ANY_DIGIT.search(raw):  # every kind of marker holds a digit: most lines have none
        return []
    found: dict[int, MarkerCandidate] = {}
    for m in _GLUED.finditer(raw):
        found[m.start(1)] = MarkerCandidate(
            line.index, m.start(1), m.end(1), int(m.group(1)), False
        )
    for m in _BRACKET.finditer(raw):
        num = m.group(1) or m.group(2)
        found[m.start()] = MarkerCandidate(line.index, m.start(), m.end(), int(num), False)
    for m in _SUPER.finditer(raw):
        num = m.group(1).translate(_SUPER_TO_DIGIT)
        found[m.start(1)] = MarkerCandidate(line.index, m.start(1), m.end(1), int(num), False)
    for m in _SPACED.finditer(raw):
        prev_word = raw[: m.start()].rstrip(",.;:").rsplit(maxsplit=1)
        word = prev_word[-1].casefold().rstrip(".") if prev_word else ""
        if word in _NUMBER_WORDS or word in _MONTH_WORDS:
            continue
        if m.start(1) not in found:
            found[m.start(1) - 1] = MarkerCandidate(
                line.index, m.start(1) - 1, m.end(1), int(m.group(1)), True
            )
    return [found[k] for k in sorted(found)]


def body_number(text: str) -> tuple[int, int] | None:
    """The footnote number a line starts with and where its text begins, if it looks so."""
    first = text[:1]  # (most lines fail here, before any pattern is tried)
    if first not in _BODY_FIRST and not first.isdecimal():  # (``\d`` is what is decimal)
        return None
    if _BODY_NOT.match(text):
        return None
    m = _BODY_START.match(text)
    if not m:
        return None
    digits = next(g for g in m.groups() if g)
    return int(digits.translate(_SUPER_TO_DIGIT)), m.end()


def find_bodies(
    lines: list[Line],
    referenced: dict[int, int],
    *,
    typed: bool = True,
    ones: Sequence[int] = (),
) -> list[BodySpan]:
    """Find footnote bodies; ``referenced`` maps marker numbers to their first line index.
    With ``typed`` false (the rendering's markers are superscripts), a line numbered as
    typed by hand (``1) …``, ``[1] …``, ``(1) …``) is no body: it goes with a typed
    reference in the text, which is text there too.

    Numbering may start again (a report's minority views number their notes from 1): a
    note 1 at a page bottom after notes 2 or more, with a marker 1 (``ones``: the lines
    that hold one) between the previous note 1 and it, starts a new series.

    Marks the lines of each body as ``footnote``.
    """
    bodies: list[BodySpan] = []
    last = 0
    taken: set[int] = set()
    series = 0
    series_start = -1  # line of the current series' note 1
    i = 0
    n = len(lines)
    reclaim = _notes_taken_for_furniture(lines)
    body_first = _BODY_FIRST
    raised = not typed and _raised_notes(lines, referenced)
    while i < n:
        ln = lines[i]
        if ln.kind != "text" and i not in reclaim:
            i += 1
            continue
        first = ln.text[:1]
        if first not in body_first and (raised or not first.isdecimal()):  # (no body)
            i += 1
            continue
        hit = body_number(ln.text)
        if hit is None or (not typed and _TYPED_BODY.match(ln.text)):
            i += 1
            continue
        number, text_at = hit
        again = number in taken  # numbering that starts again, or a number seen before
        if again and not (number == 1 and last >= 2):
            i += 1
            continue
        # A note at a page bottom is set off from the text above it; one without that gap
        # was dropped into the flow and ends with its sentence.
        at_bottom = _preceded_by_gap(lines, i) and _rest_of_page_is_notes(lines, i)
        if again:
            if not (at_bottom and _marked_between(ones, series_start, i)):
                i += 1
                continue
            series, last, taken = series + 1, 0, set()
        ref_line = referenced.get(number)
        # Numbering runs on: a body far beyond the last one is a wrapped line that happens
        # to start with a number (``444 of the General Education Provisions Act``).
        fits = (
            ref_line is not None and ref_line < i and last < number <= last + MAX_NUMBER_JUMP
        ) or (at_bottom and number == last + 1)
        if not fits:
            i += 1
            continue
        span = BodySpan(number, [i], ln.lead + text_at, series)
        if number == 1:
            series_start = i
        j = i + 1
        if at_bottom:
            while j < n and lines[j].page == ln.page:
                nxt = lines[j]
                if nxt.kind == "text" or j in reclaim:
                    if _next_body(nxt, number, referenced):
                        break
                    span.lines.append(j)
                j += 1
        else:
            last_text = ln.text
            while (
                j < n
                and lines[j].kind == "text"
                and not _TERMINAL.search(last_text)
                and len(span.lines) < 8
                and body_number(lines[j].text) is None
            ):
                span.lines.append(j)
                last_text = lines[j].text
                j += 1
        for k in span.lines:
            lines[k].kind = "footnote"
        bodies.append(span)
        taken.add(number)
        last = number
        i = max(j, i + 1)
    return bodies


def _raised_notes(lines: list[Line], referenced: dict[int, int]) -> bool:
    """Whether the notes' numbers are raised (``¹ Press Release …``), as the markers are:
    then a line that starts with a number in plain digits is text (a table's row, a
    numbered item). Told by lines that start like a note: more of them raised (two at
    least) than in plain digits with a marker of their number."""
    raised = plain = 0
    for ln in lines:
        first = ln.text[:1]
        if ln.kind != "text" or not (first in _SUPERSCRIPTS or first.isdecimal()):
            continue
        hit = body_number(ln.text)
        if hit is None:
            continue
        if first in _SUPERSCRIPTS:
            raised += 1
        elif hit[0] in referenced:
            plain += 1
    return raised >= 2 and raised >= plain


def _marked_between(ones: Sequence[int], after: int, before: int) -> bool:
    """Whether a marker 1 stands on a line between two line indices."""
    k = bisect_right(ones, after)
    return k < len(ones) and ones[k] < before


def _notes_taken_for_furniture(lines: list[Line]) -> set[int]:
    """Footnote bodies that page-furniture detection took for running feet: notes such as
    ``1 Kamerstuk 32 148, nr. 564.`` and ``3 Kamerstuk 36 602, nr. 483.`` at the bottoms of
    two pages look alike once digits are masked. A running foot repeats word for word
    after its number; a footnote's text does not."""
    texts: dict[int, str] = {}
    for ln in lines:
        if ln.kind == "furniture" and (hit := body_number(ln.text)) is not None:
            texts[ln.index] = ln.text[hit[1] :]
    if not texts:
        return set()
    seen: dict[str, int] = {}
    for ln in lines:
        if ln.kind == "furniture":
            rest = texts.get(ln.index, ln.text)
            seen[rest] = seen.get(rest, 0) + 1
    return {i for i, rest in texts.items() if seen[rest] == 1}


def _next_body(line: Line, current: int, referenced: dict[int, int]) -> bool:
    hit = body_number(line.text)
    return hit is not None and hit[0] > current and (hit[0] == current + 1 or hit[0] in referenced)


def _preceded_by_gap(lines: list[Line], i: int) -> bool:
    j = i - 1
    while j >= 0 and lines[j].kind == "furniture":
        j -= 1
    return j < 0 or lines[j].kind in ("blank", "footnote") or lines[j].page != lines[i].page


def _rest_of_page_is_notes(lines: list[Line], i: int) -> bool:
    """True when everything after line i on its page is footnote text (no blank-separated
    paragraphs that do not start with a note number)."""
    page = lines[i].page
    after_blank = False
    for k in range(i + 1, len(lines)):  # no copy of the rest of the document per candidate
        ln = lines[k]
        if ln.page != page:
            break
        if ln.kind == "blank":
            after_blank = True
        elif ln.kind == "text":
            if after_blank and body_number(ln.text) is None:
                return False
            after_blank = False
    return True
