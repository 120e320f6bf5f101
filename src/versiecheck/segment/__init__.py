"""Segmenting: from a source's text to blocks, footnotes and signatures.

Layout noise goes out (page numbers, running heads, line wrapping, line-end hyphenation),
structure comes in: paragraphs and headings, the header and its dagtekening, signature
blocks, an annex after the signatures, footnote markers and bodies as their own objects.
Every block and footnote keeps an :class:`~versiecheck.model.OffsetMap` back to the
source, so that a finding can quote the original line and column.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager

from ..model import (
    Block,
    BlockKind,
    Document,
    Footnote,
    FootnoteMarker,
    OffsetMap,
    Region,
    Source,
)
from ..normalize import clean
from .footnotes import (
    MARKER_DIGITS,
    BodySpan,
    MarkerCandidate,
    find_bodies,
    marker_candidates,
)
from .join import hyphen_join, words
from .letter import classify, structure_lines
from .lines import Line, split_lines
from .paragraphs import group_paragraphs, typical_width

__all__ = ["collector_paused", "segment"]

_SUPERSCRIPT_DIGITS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")
_SUPER_TO_DIGIT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# Characters that may end a line in the middle of a word: hyphens, an en dash, a soft hyphen.
_LINE_END_DASHES = frozenset("-\u2010\u2011\u2013\u00ad")
# A character every footnote marker holds, and the rest of its line: one match per line
# that has one (the search resumes after the line).
_DIGIT_TO_LINE_END = re.compile(rf"[{MARKER_DIGITS}][^\n]*")


def segment(
    source: Source, lexicon: frozenset[str] = frozenset(), *, own_words: bool = True
) -> Document:
    """Segment one rendering. ``lexicon`` adds words (e.g. the other rendering's) that help
    decide line-end hyphens; it never changes what counts as a finding. ``own_words=False``
    says the lexicon already holds this rendering's words (the pipeline builds one from
    both texts), so they are not collected again."""
    if source.prebuilt is not None:
        return source.prebuilt.document(source)
    with collector_paused():
        return _segment(source, lexicon, own_words)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while segmenting. Segmenting allocates a few
    small objects per line (hundreds of thousands for a long document) and makes no
    reference cycles, so the collections those allocations set off find nothing to free,
    yet each walks every object alive: on 1,000 pages about a third of the segmenting time.
    (Memory is still freed as usual; collection resumes afterwards if it was on.)"""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _segment(source: Source, lexicon: frozenset[str], own_words: bool = True) -> Document:
    lines = split_lines(source)
    candidates = {
        i: cands
        for i in _lines_with_digits(source.text, lines)
        if lines[i].kind == "text" and (cands := marker_candidates(lines[i]))
    }
    # Where the markers are superscripts, notes numbered as typed by hand (``1) …``,
    # ``[1] …``) go with typed references in the text, which are text there too; and a
    # number in plain digits (``30 amendments``) references no note.
    superscript = _superscript(lines, candidates)
    referenced: dict[int, int] = {}
    ones: list[int] = []
    for cands in candidates.values():
        for c in cands:
            if superscript and lines[c.line].raw[c.start] not in _SUPERSCRIPT_DIGITS:
                continue
            referenced.setdefault(c.number, c.line)
            if c.number == 1:
                ones.append(c.line)
    bodies = find_bodies(lines, referenced, typed=not superscript, ones=ones)
    accepted = _accept_markers(lines, candidates, bodies)
    if own_words or not lexicon:
        lexicon = lexicon | words(ln.text for ln in lines if ln.kind == "text")
    width = typical_width(lines)
    alone, starts, signature_pairs, dateline = structure_lines(lines)
    groups = group_paragraphs(lines, alone, starts, width)
    groups = _merge_signature_pairs(groups, signature_pairs)

    blocks: list[Block] = []
    markers: list[FootnoteMarker] = []
    for group in groups:
        block_markers: list[tuple[MarkerCandidate, int]] = []
        text, origin = _join_lines(lines, group, accepted, block_markers, lexicon)
        index = len(blocks)
        blocks.append(Block(index, BlockKind.PARAGRAPH, Region.BODY, text, origin))
        for cand, offset in block_markers:
            line = lines[cand.line]
            anchor_words = text[:offset].split()
            anchor = clean(anchor_words[-1]).strip(",.;:!?'\"()") if anchor_words else ""
            word_start = line.raw.rfind(" ", 0, cand.start) + 1
            markers.append(
                FootnoteMarker(
                    number=cand.number,
                    block=index,
                    offset=offset,
                    source_offset=line.start + cand.start,
                    raw=line.raw[word_start : cand.end].strip(),
                    anchor=anchor,
                    raw_offset=line.start + word_start,
                )
            )
    signatures = classify(blocks, groups, lines, signature_pairs, dateline, width)
    footnotes = [_footnote(lines, b.number, b.lines, b.start_text, lexicon) for b in bodies]
    return Document(source, blocks, footnotes, markers, signatures)


def _accept_markers(
    lines: list[Line], candidates: dict[int, list[MarkerCandidate]], spans: list[BodySpan]
) -> dict[int, list[MarkerCandidate]]:
    """Keep the candidates that fit a body or the numbering sequence, in reading order.

    Where the rendering shows markers as superscripts (``brief¹``: a PDF reader that saw
    them raised writes them so), plain digits are text, not markers. Where the notes'
    numbering starts again (a new series of bodies), a marker 1 after the current series'
    note 1 starts the markers' next series."""
    accepted: dict[int, list[MarkerCandidate]] = {}
    last = 0
    seen: set[int] = set()
    superscript = _superscript(lines, candidates)
    series = 0
    first_line = {b.series: b.lines[0] for b in spans if b.number == 1}
    bodies = {b.number for b in spans if b.series == 0}
    numbered = {b.number for b in spans}
    # Likewise, where they are typed in brackets (``geraakt[1]``, ``omgekomen [2]``), a
    # number after a space (``Antwoord op vraag 6``) is text.
    bracketed = any(
        lines[c.line].raw[c.start : c.end].lstrip()[:1] in "[(" and c.number in numbered
        for cands in candidates.values()
        for c in cands
    )
    # The raised numbers in reading order: (line, start, number).
    raised: list[tuple[int, int, int]] = []
    if superscript:
        for index, cands in candidates.items():
            for c in cands:
                if lines[index].raw[c.start : c.start + 1] in _SUPERSCRIPT_DIGITS:
                    raised.append((index, c.start, c.number))
    for index, cands in candidates.items():  # (in line order)
        ln = lines[index]
        if ln.kind != "text":
            continue
        for c in cands:
            if c.number == 0:
                continue
            if superscript and ln.raw[c.start : c.start + 1] not in _SUPERSCRIPT_DIGITS:
                continue
            if superscript and c.number > last + 1 and _stray(raised, (index, c.start), last):
                continue
            if (
                c.number == 1
                and 1 in seen
                and first_line.get(series, index) < index
                and series + 1 in first_line
            ):
                series, last, seen = series + 1, 0, set()
                bodies = {b.number for b in spans if b.series == series}
            if c.number in seen:
                continue
            if c.spaced and (bracketed or len(ln.text.split()) <= 2):
                continue  # a line of its own such as ``Vraag 6``: a heading, not a marker
            has_body = c.number in bodies
            ok = has_body and c.number == last + 1 if c.spaced else has_body or c.number == last + 1
            if ok:
                accepted.setdefault(ln.index, []).append(c)
                seen.add(c.number)
                last = max(last, c.number)
            elif superscript and (run := _run_of_markers(ln.raw, c, last + 1)):
                accepted.setdefault(ln.index, []).extend(run)
                seen.update(m.number for m in run)
                last = max(last, run[-1].number)
    return accepted


def _stray(raised: list[tuple[int, int, int]], at: tuple[int, int], last: int) -> bool:
    """A raised number ahead of the numbering (``1965⁸`` pages before note 8's marker)
    whose number comes again once the numbers between have come (1 to 7, then ``⁸``):
    the later one is the marker. A number that comes again only after the numbering ran
    past it or started again (a series of its own) is no such twin."""
    k = bisect_left(raised, at)
    number = raised[k][2]
    for _line, _start, n in raised[k + 1 :]:
        if n == number:
            return True
        if not last < n < number:
            return False
    return False


def _run_of_markers(raw: str, c: MarkerCandidate, expected: int) -> list[MarkerCandidate] | None:
    """Raised digits that are markers side by side (``agenda.¹⁸¹⁹``: notes 18 and 19),
    read as the numbers that come next, or None when they do not read so."""
    digits = raw[c.start : c.end].translate(_SUPER_TO_DIGIT)
    out: list[MarkerCandidate] = []
    pos = 0
    while pos < len(digits):
        shown = str(expected + len(out))
        if not digits.startswith(shown, pos):
            return None
        start = c.start + pos
        out.append(MarkerCandidate(c.line, start, start + len(shown), int(shown), False))
        pos += len(shown)
    return out if len(out) >= 2 else None


def _superscript(lines: list[Line], candidates: dict[int, list[MarkerCandidate]]) -> bool:
    """Whether the rendering shows its markers as superscripts (``brief¹``)."""
    return any(
        lines[c.line].raw[c.start : c.start + 1] in _SUPERSCRIPT_DIGITS
        for cands in candidates.values()
        for c in cands
    )


def _lines_with_digits(text: str, lines: list[Line]) -> list[int]:
    """Indices, in order, of the lines that may hold a footnote marker (a digit): found in
    one pass over the whole text instead of one search per line."""
    if len(lines) != text.count("\n") + 1:  # lines not split at newlines: look at each
        return [ln.index for ln in lines]
    out: list[int] = []
    count = text.count
    index = 0
    pos = 0
    for m in _DIGIT_TO_LINE_END.finditer(text):
        index += count("\n", pos, m.start())
        pos = m.start()
        out.append(index)
    return out


def _join_lines(
    lines: list[Line],
    indices: list[int],
    markers: dict[int, list[MarkerCandidate]],
    out_markers: list[tuple[MarkerCandidate, int]],
    lexicon: frozenset[str],
    first_start: int = -1,
) -> tuple[str, OffsetMap]:
    """The running text of lines joined into one block (or footnote body), and its map.

    Each line is joined to what came before: with a space, or, after a line-end dash,
    as :func:`~versiecheck.segment.join.hyphen_join` decides (the hyphen dropped, kept,
    or kept with a space). Accepted markers are cut out; ``out_markers`` receives each
    with the text offset where it stood. ``first_start`` (if not -1) is where the first
    line's text begins in its raw line (a footnote body after its number).

    A joining space maps to the whitespace it stands for, the line break after the line
    before (so a paragraph typed on lines without indent or trailing spaces maps as one
    run). The map's runs are built here directly: this loop runs once per line of the
    document."""
    parts: list[str] = []
    append = parts.append
    run_starts: list[int] = []  # the OffsetMap's runs (see OffsetMap.from_runs)
    run_origins: list[int] = []
    length = 0  # characters of text so far
    follows = -1  # the source offset right after the last run, which a next one may extend
    dashes = _LINE_END_DASHES
    line_end = -1  # source offset where the previous line's text ended
    for li in indices:
        line = lines[li]
        raw = line.raw
        base = line.start
        if first_start >= 0:
            start, first_start = first_start, -1
        else:
            start = line.lead
        end = line.end
        if length:
            last = parts[-1][-1]
            join = " "
            if last in dashes:
                before = _tail(parts)
                # A dash after a space is a dash between words, not a hyphen: a space.
                if before[-2:-1].strip():
                    how = hyphen_join(before[:-1], raw[start:end], lexicon)
                    if how == "drop" and last in "-\u00ad":
                        parts[-1] = parts[-1][:-1]
                        length -= 1
                        follows -= 1
                        if run_starts[-1] >= length:
                            run_starts.pop()
                            run_origins.pop()
                            follows = -1
                        join = ""
                    elif how != "space":
                        join = ""
            if join:
                append(" ")
                if line_end != follows:
                    run_starts.append(length)
                    run_origins.append(line_end)
                length += 1
                follows = line_end + 1
        pos = start
        if li in markers:
            for m in markers[li]:
                cut_start = m.start
                while cut_start > pos and raw[cut_start - 1] == " " and m.spaced:
                    cut_start -= 1
                if cut_start > pos:
                    append(raw[pos:cut_start])
                    if base + pos != follows:
                        run_starts.append(length)
                        run_origins.append(base + pos)
                    length += cut_start - pos
                    follows = base + cut_start
                out_markers.append((m, length))
                pos = m.end
        if end > pos:
            append(raw[pos:end])
            if base + pos != follows:
                run_starts.append(length)
                run_origins.append(base + pos)
            length += end - pos
            follows = base + end
        line_end = base + end
    return "".join(parts), OffsetMap.from_runs(run_starts, run_origins, length)


def _tail(parts: list[str]) -> str:
    """The end of the text, from at least the start of its last complete word (enough
    for deciding a line-end hyphen without joining the whole block)."""
    k = len(parts)
    acc = ""
    while k:
        k -= 1
        acc = parts[k] + acc
        if len(acc[:-1].split()) >= 2:
            break
    return acc


def _footnote(
    lines: list[Line], number: int, indices: list[int], text_at: int, lexicon: frozenset[str]
) -> Footnote:
    text, origin = _join_lines(lines, indices, {}, [], lexicon, text_at)
    return Footnote(number, text, origin, lines[indices[0]].text_start)


def _merge_signature_pairs(
    groups: list[list[int]], pairs: list[tuple[int, int]]
) -> list[list[int]]:
    """Put each signature's role line and name line into one block."""
    if not pairs:
        return groups
    name_of = dict(pairs)
    out: list[list[int]] = []
    skip_first: set[int] = set(name_of.values())
    for g in groups:
        if g[0] in skip_first and out and out[-1] and name_of.get(out[-1][-1]) == g[0]:
            out[-1].extend(g)
            continue
        out.append(list(g))
    return out
