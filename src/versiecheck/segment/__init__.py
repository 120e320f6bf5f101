"""Segmenting: from a source's text to blocks, footnotes and signatures.

Layout noise goes out (page numbers, running heads, line wrapping, line-end hyphenation),
structure comes in: paragraphs and headings, the header and its dagtekening, signature
blocks, an annex after the signatures, footnote markers and bodies as their own objects.
Every block and footnote keeps an :class:`~versiecheck.model.OffsetMap` back to the
source, so that a finding can quote the original line and column.
"""

from __future__ import annotations

from ..model import Block, BlockKind, Document, Footnote, FootnoteMarker, Region, Source
from ..normalize import clean
from .footnotes import MarkerCandidate, find_bodies, marker_candidates
from .join import TextBuilder, hyphen_join, words
from .letter import classify, structure_lines
from .lines import Line, split_lines
from .paragraphs import group_paragraphs, typical_width

__all__ = ["segment"]

_SUPERSCRIPT_DIGITS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")
# Characters that may end a line in the middle of a word: hyphens, an en dash, a soft hyphen.
_LINE_END_DASHES = frozenset("-\u2010\u2011\u2013\u00ad")


def segment(source: Source, lexicon: frozenset[str] = frozenset()) -> Document:
    """Segment one rendering. ``lexicon`` adds words (e.g. the other rendering's) that help
    decide line-end hyphens; it never changes what counts as a finding."""
    if source.prebuilt is not None:
        return source.prebuilt.document(source)
    lines = split_lines(source)
    candidates = {ln.index: marker_candidates(ln) for ln in lines if ln.kind == "text"}
    referenced: dict[int, int] = {}
    for cands in candidates.values():
        for c in cands:
            referenced.setdefault(c.number, c.line)
    # Where the markers are superscripts, notes numbered as typed by hand (``1) …``,
    # ``[1] …``) go with typed references in the text, which are text there too.
    bodies = find_bodies(lines, referenced, typed=not _superscript(lines, candidates))
    body_numbers = {b.number for b in bodies}
    accepted = _accept_markers(lines, candidates, body_numbers)
    lexicon = lexicon | words(ln.text for ln in lines if ln.kind == "text")
    width = typical_width(lines)
    alone, starts, signature_pairs, dateline = structure_lines(lines)
    groups = group_paragraphs(lines, alone, starts, width)
    groups = _merge_signature_pairs(groups, signature_pairs)

    blocks: list[Block] = []
    markers: list[FootnoteMarker] = []
    for group in groups:
        builder = TextBuilder()
        block_markers: list[tuple[MarkerCandidate, int]] = []
        for li in group:
            _append_line(builder, lines[li], accepted.get(li, []), block_markers, lexicon)
        text = builder.text()
        index = len(blocks)
        blocks.append(Block(index, BlockKind.PARAGRAPH, Region.BODY, text, builder.origin))
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
    lines: list[Line], candidates: dict[int, list[MarkerCandidate]], bodies: set[int]
) -> dict[int, list[MarkerCandidate]]:
    """Keep the candidates that fit a body or the numbering sequence, in reading order.

    Where the rendering shows markers as superscripts (``brief¹``: a PDF reader that saw
    them raised writes them so), plain digits are text, not markers."""
    accepted: dict[int, list[MarkerCandidate]] = {}
    last = 0
    seen: set[int] = set()
    superscript = _superscript(lines, candidates)
    # Likewise, where they are typed in brackets (``geraakt[1]``, ``omgekomen [2]``), a
    # number after a space (``Antwoord op vraag 6``) is text.
    bracketed = any(
        lines[c.line].raw[c.start : c.end].lstrip()[:1] in "[(" and c.number in bodies
        for cands in candidates.values()
        for c in cands
    )
    for ln in lines:
        if ln.kind != "text":
            continue
        for c in candidates.get(ln.index, []):
            if c.number in seen or c.number == 0:
                continue
            if superscript and ln.raw[c.start : c.start + 1] not in _SUPERSCRIPT_DIGITS:
                continue
            if c.spaced and (bracketed or len(ln.text.split()) <= 2):
                continue  # a line of its own such as ``Vraag 6``: a heading, not a marker
            has_body = c.number in bodies
            ok = has_body and c.number == last + 1 if c.spaced else has_body or c.number == last + 1
            if ok:
                accepted.setdefault(ln.index, []).append(c)
                seen.add(c.number)
                last = max(last, c.number)
    return accepted


def _superscript(lines: list[Line], candidates: dict[int, list[MarkerCandidate]]) -> bool:
    """Whether the rendering shows its markers as superscripts (``brief¹``)."""
    return any(
        lines[c.line].raw[c.start : c.start + 1] in _SUPERSCRIPT_DIGITS
        for cands in candidates.values()
        for c in cands
    )


def _append_line(
    builder: TextBuilder,
    line: Line,
    markers: list[MarkerCandidate],
    out_markers: list[tuple[MarkerCandidate, int]],
    lexicon: frozenset[str],
) -> None:
    """Append one line's text to a block, joining it to what came before."""
    raw = line.raw
    start = line.lead
    end = len(raw.rstrip())
    if builder.length:
        last = builder.last_char()
        before = builder.tail() if last in _LINE_END_DASHES else ""
        # A dash after a space is a dash between words, not a hyphen: join with a space.
        if before[-2:-1].strip():
            how = hyphen_join(before[:-1], raw[start:end], lexicon)
            if how == "drop" and last in "-\u00ad":
                builder.drop_last_char()
            elif how == "space":
                builder.add(" ", line.text_start, synthetic=True)
        else:
            builder.add(" ", line.text_start, synthetic=True)
    pos = start
    for m in markers:
        cut_start = m.start
        while cut_start > pos and raw[cut_start - 1] == " " and m.spaced:
            cut_start -= 1
        builder.add(raw[pos:cut_start], line.start + pos)
        out_markers.append((m, builder.length))
        pos = m.end
    builder.add(raw[pos:end], line.start + pos)


def _footnote(
    lines: list[Line], number: int, indices: list[int], text_at: int, lexicon: frozenset[str]
) -> Footnote:
    builder = TextBuilder()
    first = lines[indices[0]]
    for k, li in enumerate(indices):
        ln = lines[li]
        if k == 0:
            end = len(ln.raw.rstrip())
            builder.add(ln.raw[text_at:end], ln.start + text_at)
        else:
            _append_line(builder, ln, [], [], lexicon)
    return Footnote(number, builder.text(), builder.origin, first.text_start)


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
