"""Grouping lines into paragraphs and headings.

Wrapped text has no paragraph marks but blank lines, and not always those: a typeset
annex runs paragraphs together. A new paragraph starts after a blank line or page break
(unless the sentence plainly continues: no closing punctuation before, a lower-case word
after), after a short line that ends a sentence, and after a heading (a short line with
no closing punctuation, followed by a capital). A typeset paragraph split or joined
differently from the source is no problem: the aligner pairs 1:n and n:1.
"""

from __future__ import annotations

import re
import statistics

from .lines import Line

_END_SENTENCE = re.compile(r"[.!?][\"'’”)]*$")
_END_ANY = re.compile(r"[.!?,;:][\"'’”)]*$")
_NUMBERED_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.|[a-z]\))\s+\S")
_STARTS_NEW = re.compile(r"^[\"'‘“(]?[A-ZÀ-Ý0-9€§]")
_STARTS_LOWER = re.compile(r"^[a-zà-ÿß]")
#: The first characters that ``_STARTS_LOWER`` matches.
_LOWER_FIRST = frozenset(
    [*map(chr, range(ord("a"), ord("z") + 1)), *map(chr, range(0xE0, 0x100)), "ß"]
)
_SENTENCE_CLOSERS = "\"'’”)"
_SENTENCE_ENDS = frozenset(".!?")

#: A line shorter than this share of the typical line ends a paragraph if it ends a sentence.
SHORT_LINE = 0.8
#: Lines longer than this on average mean one paragraph per line (unwrapped text).
UNWRAPPED_WIDTH = 160


def typical_width(lines: list[Line]) -> int:
    widths = [ln.end for ln in lines if ln.kind == "text" and len(ln.text) > 20]
    return int(statistics.median(widths)) if widths else 80


def group_paragraphs(
    lines: list[Line], alone: set[int], starts: set[int], width: int
) -> list[list[int]]:
    """Group the text lines into paragraphs (lists of line indices).

    ``alone`` holds indices of lines that always form a block of their own (datelines,
    signature lines); ``starts`` those that always start a block (header lines).
    """
    groups: list[list[int]] = []
    current: list[int] = []
    gap = "none"  # what separates the previous text line from the next: none, blank, page
    prev: Line | None = None
    # The previous line leaves its sentence open (then a line starting in lower case goes on
    # with it): the common case, decided here without calling _starts_new.
    prev_open = False
    unwrapped = width > UNWRAPPED_WIDTH
    lower_first, closers, ends = _LOWER_FIRST, _SENTENCE_CLOSERS, _SENTENCE_ENDS
    for ln in lines:
        kind = ln.kind
        if kind == "blank":
            if gap == "none":
                gap = "blank"
            continue
        if kind != "text":
            continue
        if prev is not None:
            if prev.page != ln.page:
                gap = "page"
            if (
                prev_open
                and ln.text[:1] in lower_first
                and ln.index not in alone
                and prev.index not in alone
                and ln.index not in starts
            ):
                pass  # the sentence continues (as _starts_new would decide)
            elif _starts_new(prev, ln, current, gap, alone, starts, width, unwrapped):
                groups.append(current)
                current = []
        current.append(ln.index)
        prev = ln
        text = ln.text
        # (not _ends_sentence(text), inline: this runs for every line)
        ending = text[:-1] if text[-1:] == "\n" else text
        prev_open = ending.rstrip(closers)[-1:] not in ends and not text.endswith(":")
        gap = "none"
    if current:
        groups.append(current)
    return groups


def _ends_sentence(text: str) -> bool:
    """``bool(_END_SENTENCE.search(text))``, without trying the pattern at every position."""
    if text.endswith("\n"):  # ($ matches before a final newline too)
        text = text[:-1]
    return text.rstrip(_SENTENCE_CLOSERS)[-1:] in _SENTENCE_ENDS


def _starts_new(
    prev: Line,
    ln: Line,
    current: list[int],
    gap: str,
    alone: set[int],
    starts: set[int],
    width: int,
    unwrapped: bool,
) -> bool:
    if ln.index in alone or prev.index in alone or ln.index in starts:
        return True
    continues = (
        not _END_SENTENCE.search(prev.text)
        and not prev.text.endswith(":")
        and bool(_STARTS_LOWER.match(ln.text))
    )
    if continues:
        return False
    if gap == "blank":
        return True
    short = prev.end < width * SHORT_LINE
    if gap == "page":
        # After a sentence ends at a page bottom, a new paragraph begins if that line was
        # short, or if the page opens with a heading (a paragraph's first line is full).
        if _END_SENTENCE.search(prev.text):
            return short or _heading_line(ln, width)
        # A heading alone at a page bottom ends there, as it would on the page.
        return _heading_alone(prev, current, short, bool(_STARTS_NEW.match(ln.text)))
    if unwrapped:
        return True
    starts_new = bool(_STARTS_NEW.match(ln.text))
    if _END_SENTENCE.search(prev.text):
        return short and starts_new
    return _heading_alone(prev, current, short, starts_new)


def _heading_alone(prev: Line, current: list[int], short: bool, starts_new: bool) -> bool:
    """``prev`` is a block of one line that reads as a heading (short, or numbered, with
    no closing punctuation), and the next line starts anew."""
    first_of_block = len(current) == 1
    if first_of_block and not _END_ANY.search(prev.text) and starts_new:
        return short or bool(_NUMBERED_HEADING.match(prev.text))
    return False


def _heading_line(ln: Line, width: int) -> bool:
    """A short line with no closing punctuation that starts like a title, or a numbered
    heading."""
    if _NUMBERED_HEADING.match(ln.text) and not _END_ANY.search(ln.text):
        return True
    return (
        ln.end < width * SHORT_LINE
        and not _END_ANY.search(ln.text)
        and bool(_STARTS_NEW.match(ln.text))
    )


def is_heading(texts: list[str], width: int) -> bool:
    """A block of one or two short lines with no closing punctuation."""
    if not texts or len(texts) > 3:
        return False
    joined = " ".join(texts)
    if _END_ANY.search(joined) and not joined.endswith(":"):
        return False
    if len(joined.split()) > 20:
        return False
    if _NUMBERED_HEADING.match(texts[0]):
        return True
    return len(texts) == 1 and len(texts[0]) < width * SHORT_LINE
