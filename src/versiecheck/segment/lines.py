"""Lines and pages of a text rendering, with page furniture marked.

PDF-extracted text has no explicit structure; what it has is lines, blank lines and page
breaks (a form feed, or a run of three or more blank lines where an extractor put the
space between pages). This module finds those, and marks as *furniture* what repeats at
page boundaries: page numbers and running heads or feet. It does not decide paragraphs.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..model import Source

#: A run of at least this many blank lines counts as a page break.
PAGE_BREAK_BLANKS = 3

_PAGE_NUMBER = re.compile(
    r"(?i)^(?:[-–—]\s*)?(?:(?:pagina|page|blz\.?|p\.)\s*)?\d{1,4}"
    r"(?:\s*(?:van|of|/)\s*\d{1,4})?(?:\s*[-–—])?$"
)
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class Line:
    """One line of the source, without its newline."""

    index: int  # 0-based line number
    start: int  # source offset of the line's first character
    raw: str
    lead: int  # characters of leading whitespace
    end: int  # where the text ends in ``raw`` (``len(raw.rstrip())``)
    text: str  # the line without surrounding whitespace
    page: int
    kind: str = "text"  # "text", "blank", "furniture", "footnote"

    @property
    def blank(self) -> bool:
        return self.kind == "blank"

    @property
    def text_start(self) -> int:
        """Source offset of the first non-blank character."""
        return self.start + self.lead


def split_lines(source: Source) -> list[Line]:
    """Split into lines, number the pages and mark blank lines and furniture."""
    lines: list[Line] = []
    page = 1
    blank_run = 0
    text = source.text
    starts = source.line_starts
    raws = text.split("\n")
    if len(raws) != len(starts):  # line starts not from newlines: find each line's end
        raws = [text[st : len(text) if (e := text.find("\n", st)) == -1 else e] for st in starts]
    form_feeds = "\f" in text
    for index, raw in enumerate(raws):
        start = starts[index]
        if form_feeds and "\f" in raw:
            page += 1
            blank_run = 0
            raw_after = raw.rsplit("\f", 1)[1]
            start += len(raw) - len(raw_after)
            raw = raw_after
        stripped = raw.strip()
        if not stripped:
            blank_run += 1
            lines.append(Line(index, start, raw, len(raw), 0, "", page, "blank"))
            continue
        if blank_run >= PAGE_BREAK_BLANKS and any(not ln.blank for ln in lines):
            page += 1
        blank_run = 0
        lead = len(raw) - len(raw.lstrip())
        lines.append(Line(index, start, raw, lead, lead + len(stripped), stripped, page))
    _mark_furniture(lines)
    return lines


def page_count(lines: list[Line]) -> int:
    return lines[-1].page if lines else 0


def _edge_lines(lines: list[Line], depth: int = 2) -> dict[int, list[Line]]:
    """The first and last ``depth`` text lines of each page."""
    by_page: dict[int, list[Line]] = defaultdict(list)
    for ln in lines:
        if ln.kind == "text":
            by_page[ln.page].append(ln)
    return {
        p: (ls[:depth] + ls[-depth:]) if len(ls) > 2 * depth else ls for p, ls in by_page.items()
    }


def _mark_furniture(lines: list[Line]) -> None:
    pages = page_count(lines)
    if pages < 2:
        return
    edges = _edge_lines(lines)
    alike: dict[str, list[Line]] = defaultdict(list)
    for ls in edges.values():
        for ln in ls:
            alike[_furniture_key(ln.text)].append(ln)
            if _PAGE_NUMBER.match(ln.text):
                ln.kind = "furniture"
    for group in alike.values():
        found = [(ln.page, ln.text) for ln in group]
        for ln, running in zip(group, running_lines(found, pages), strict=True):
            if running:
                ln.kind = "furniture"
    _mark_bracketed_folios(lines, edges)


_BRACKETED_FOLIO = re.compile(r"^\((\d{1,4})\)$")


def _mark_bracketed_folios(lines: list[Line], edges: dict[int, list[Line]]) -> None:
    """A page number in brackets (``(48)``: the folio of a page that opens a part) at a
    page edge, where the page numbers of the pages before or after it run on to it."""
    folios: dict[int, set[int]] = defaultdict(set)
    for page, ls in edges.items():
        for ln in ls:
            if ln.kind == "furniture" and ln.text.isdecimal():
                folios[page].add(int(ln.text))
    for page, ls in edges.items():
        for ln in ls:
            m = _BRACKETED_FOLIO.match(ln.text)
            if m and ln.kind == "text":
                n = int(m.group(1))
                if n - 1 in folios.get(page - 1, ()) or n + 1 in folios.get(page + 1, ()):
                    ln.kind = "furniture"


def running_lines(found: list[tuple[int, str]], pages: int) -> list[bool]:
    """Which of these lines at page edges, (page, text) alike but for their numbers, are a
    running head or foot: the same text on enough pages, or numbers that go up with the
    page (``Kamerstuk 32 317, nr. 994 3``); where the numbers change otherwise (a
    production line's codes), only a line on at least half the pages is one. Headings that
    look alike (``Vraag 7`` at the foot of one page, ``Vraag 12`` on another) are text.

    Pages are numbered from 1. In a document of more than four pages the first page is no
    evidence: a cover's lines that a title page repeats (``Calendar No. 618`` on both) are
    on two pages without running anywhere, where a running head is on several pages after
    the first."""
    needed = 2 if pages <= 4 else max(2, pages // 3)
    numbers = [[int(d) for d in _DIGITS.findall(text)] for _page, text in found]
    on = [page for page, _text in found]
    if len(evidence_pages(on, pages)) < needed:
        return [False] * len(found)
    if all(ns == numbers[0] for ns in numbers):
        return [True] * len(found)
    if len(set(on)) >= max(3, (pages + 1) // 2):
        return [True] * len(found)
    width = min(len(ns) for ns in numbers)

    def commonest(values: list[int]) -> int:
        return Counter(values).most_common(1)[0][0]

    fixed = [commonest([ns[i] for ns in numbers]) for i in range(width)]
    paged = [
        commonest([ns[i] - p for ns, p in zip(numbers, on, strict=True)]) for i in range(width)
    ]
    fits = [
        all(n in (fixed[i], paged[i] + p) for i, n in enumerate(ns[:width]))
        for ns, p in zip(numbers, on, strict=True)
    ]
    if len(evidence_pages([p for p, fit in zip(on, fits, strict=True) if fit], pages)) < needed:
        return [False] * len(found)
    return fits


def evidence_pages(on: list[int], pages: int) -> set[int]:
    """Of the pages (numbered from 1) a line repeats on, those that count as evidence that
    it runs from page to page: in a document of more than four pages, not the first (see
    :func:`running_lines`)."""
    return set(on) - {1} if pages > 4 else set(on)


def _furniture_key(text: str) -> str:
    return _SPACES.sub(" ", _DIGITS.sub("#", text)).casefold()
