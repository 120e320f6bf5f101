"""From what a structured format tells (paragraphs, styles, real footnotes) to a Source.

DOCX, ODT, HTML and XML readers hand over paragraphs and footnotes; this module flattens
them into the text a user is shown (one paragraph per line, so that a line number is a
paragraph number; a soft line break inside a paragraph starts a new line; footnote bodies
last, one per line, each starting with its number) and builds the document structure on
that text: blocks, real footnotes, markers at their reference positions, signature
blocks. Kinds come from styles and elements where the format has them, otherwise from the
same letter heuristics the text segmenter uses (dagtekening, role line + name).

It does not guess footnotes from digits: a structured format says where they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import (
    Block,
    BlockKind,
    Footnote,
    FootnoteMarker,
    OffsetMap,
    Prebuilt,
    Region,
    Signature,
    Source,
)
from ..normalize import clean
from ..segment.letter import classify, structure_lines
from ..segment.lines import Line

_SPACE = re.compile(r"[ \t\u00a0\u2007\u202f\u200b]+")
#: The width a heading line is judged against (as in a typical wrapped text line).
HEADING_WIDTH = 80


@dataclass(slots=True)
class Para:
    """One paragraph as the format has it."""

    text: str  # "\n" marks a soft line break
    markers: list[tuple[int, str]] = field(default_factory=list)  # (offset in text, mark)
    kind: BlockKind | None = None  # known from a style or element; None: let heuristics say

    def add(self, text: str) -> None:
        self.text += text

    def mark(self, mark: str) -> None:
        # A marker typed and also implied by a note at the same place counts once.
        if self.markers and self.markers[-1] == (len(self.text), mark):
            return
        if self.markers:
            last_at, last_mark = self.markers[-1]
            if last_mark == mark and not self.text[last_at:].strip():
                return
        self.markers.append((len(self.text), mark))


@dataclass(slots=True)
class Note:
    """A footnote body; ``mark`` is what its reference shows (normally the number)."""

    mark: str
    text: str


def normalise(para: Para) -> Para:
    """Collapse spaces, strip line ends, drop empty lines; keep markers where they stood."""
    marks = sorted(para.markers)
    k = 0
    out_lines: list[tuple[str, list[tuple[int, str]]]] = []
    cur: list[str] = []
    cur_marks: list[tuple[int, str]] = []
    pending = False
    for i, ch in enumerate(para.text + "\n"):
        while k < len(marks) and marks[k][0] <= i:
            cur_marks.append((len("".join(cur)), marks[k][1]))
            k += 1
        if ch == "\n":
            text = "".join(cur)
            if text or cur_marks:
                out_lines.append((text, cur_marks))
            cur, cur_marks, pending = [], [], False
        elif _SPACE.fullmatch(ch) or ch.isspace():
            pending = True
        else:
            if pending and cur:
                cur.append(" ")
            pending = False
            cur.append(ch)
    out = Para("", [], para.kind)
    for text, line_marks in out_lines:
        if out.text or out.markers:
            out.text += "\n"
        base = len(out.text)
        out.markers.extend((base + o, m) for o, m in line_marks)
        out.text += text
    return out


def build_source(
    label: str,
    path: str,
    fmt: str,
    paras: list[Para],
    notes: list[Note],
    warnings: tuple[str, ...] = (),
) -> Source:
    """Flatten ``paras`` and ``notes`` into a Source that carries its structure."""
    # A paragraph without a letter or digit (``○``, ``* * *``, a rule) is an ornament.
    paras = [
        p for p in (normalise(p) for p in paras) if any(ch.isalnum() for ch in p.text) or p.markers
    ]
    paras, notes = typed_notes(paras, notes)
    chunks: list[str] = []
    pos = 0
    # Per paragraph: for each of its lines, (flat start, text, [(offset in line, mark)]).
    laid: list[list[tuple[int, str, list[tuple[int, str]]]]] = []
    for para in paras:
        para_lines: list[tuple[int, str, list[tuple[int, str]]]] = []
        line_start_in_para = 0
        for text in para.text.split("\n"):
            line_end = line_start_in_para + len(text)
            marks = [
                (o - line_start_in_para, m)
                for o, m in para.markers
                if line_start_in_para <= o <= line_end
            ]
            shown = _with_marks(text, marks)
            para_lines.append((pos, text, marks))
            chunks.append(shown + "\n")
            pos += len(shown) + 1
            line_start_in_para = line_end + 1
        laid.append(para_lines)
    note_starts: list[int] = []
    note_texts: list[str] = []
    for note in notes:
        body = " ".join(_SPACE.sub(" ", note.text).split())
        line = f"{note.mark} {body}".rstrip()
        note_starts.append(pos)
        note_texts.append(body)
        chunks.append(line + "\n")
        pos += len(line) + 1
    text = "".join(chunks)
    source = Source.from_text(label, path, text, fmt, warnings=warnings)
    prebuilt = _structure(source, paras, laid, notes, note_starts, note_texts)
    return Source.from_text(label, path, text, fmt, warnings=warnings, prebuilt=prebuilt)


def _with_marks(text: str, marks: list[tuple[int, str]]) -> str:
    out, last = [], 0
    for o, m in marks:
        out.append(text[last:o])
        out.append(m)
        last = o
    out.append(text[last:])
    return "".join(out)


def _structure(
    source: Source,
    paras: list[Para],
    laid: list[list[tuple[int, str, list[tuple[int, str]]]]],
    notes: list[Note],
    note_starts: list[int],
    note_texts: list[str],
) -> Prebuilt:
    lines: list[Line] = []
    groups: list[list[int]] = []
    for para_lines in laid:
        group = []
        for flat_start, text, marks in para_lines:
            shown = _with_marks(text, marks)
            group.append(len(lines))
            lines.append(
                Line(len(lines), flat_start, shown, 0, len(shown.rstrip()), text.strip(), 1)
            )
        groups.append(group)
    _alone, _starts, pairs, dateline = structure_lines(lines)
    # A signature element the role heuristics do not know still makes a signature block.
    paired = {r for r, _ in pairs}
    for para, group in zip(paras, groups, strict=True):
        if para.kind is BlockKind.SIGNATURE and len(group) >= 2 and group[0] not in paired:
            pairs.append((group[0], group[-1]))
    groups = _merge_pairs(groups, pairs)
    kinds = _group_kinds(paras, laid, groups)

    blocks: list[Block] = []
    markers: list[FootnoteMarker] = []
    for group in groups:
        index = len(blocks)
        text, origin, block_markers = _block_text(lines, group, laid_marks(laid), index)
        blocks.append(Block(index, BlockKind.PARAGRAPH, Region.BODY, text, origin))
        markers.extend(block_markers)
    signatures: list[Signature] = classify(blocks, groups, lines, pairs, dateline, HEADING_WIDTH)
    for block, kind in zip(blocks, kinds, strict=True):
        if kind is BlockKind.HEADING and block.kind is BlockKind.PARAGRAPH:
            block.kind = BlockKind.HEADING
        elif kind is BlockKind.PARAGRAPH and block.kind is BlockKind.HEADING:
            block.kind = BlockKind.PARAGRAPH
    footnotes = []
    for note, start, body in zip(notes, note_starts, note_texts, strict=True):
        origin = OffsetMap()
        origin.add(len(body), start + len(note.mark) + 1)
        footnotes.append(Footnote(_number(note.mark), body, origin, start))
    markers = [m for m in markers if m.number > 0]
    return Prebuilt(tuple(blocks), tuple(footnotes), tuple(markers), tuple(signatures))


def laid_marks(
    laid: list[list[tuple[int, str, list[tuple[int, str]]]]],
) -> dict[int, list[tuple[int, str]]]:
    """Marks per line index (lines numbered across paragraphs)."""
    out: dict[int, list[tuple[int, str]]] = {}
    n = 0
    for para_lines in laid:
        for _start, _text, marks in para_lines:
            out[n] = marks
            n += 1
    return out


def _group_kinds(
    paras: list[Para],
    laid: list[list[tuple[int, str, list[tuple[int, str]]]]],
    groups: list[list[int]],
) -> list[BlockKind | None]:
    kind_of_line: dict[int, BlockKind | None] = {}
    n = 0
    for para, para_lines in zip(paras, laid, strict=True):
        for _ in para_lines:
            kind_of_line[n] = para.kind
            n += 1
    return [kind_of_line[g[0]] for g in groups]


def _merge_pairs(groups: list[list[int]], pairs: list[tuple[int, int]]) -> list[list[int]]:
    """Put a role line and the name line under it (separate paragraphs) into one block."""
    name_of = dict(pairs)
    out: list[list[int]] = []
    for g in groups:
        if out and name_of.get(out[-1][-1]) == g[0]:
            out[-1].extend(g)
        else:
            out.append(list(g))
    return out


def _block_text(
    lines: list[Line], group: list[int], marks_of: dict[int, list[tuple[int, str]]], block: int
) -> tuple[str, OffsetMap, list[FootnoteMarker]]:
    origin = OffsetMap()
    parts: list[str] = []
    length = 0
    markers: list[FootnoteMarker] = []
    for k, li in enumerate(group):
        ln = lines[li]
        if k:
            origin.add(1, ln.start, synthetic=True)
            parts.append(" ")
            length += 1
        text = ln.text
        flat = ln.start
        last = 0
        for o, mark in marks_of.get(li, []):
            piece = text[last:o]
            origin.add(len(piece), flat)
            parts.append(piece)
            length += len(piece)
            flat += len(piece)
            so_far = "".join(parts)
            words = so_far.split()
            anchor = clean(words[-1]).strip(",.;:!?'\"()") if words else ""
            word_start = len(so_far) - len(so_far.rstrip().split(" ")[-1]) if words else length
            raw_start = origin.source_offset(word_start) if words else flat
            markers.append(
                FootnoteMarker(
                    number=_number(mark),
                    block=block,
                    offset=length,
                    source_offset=flat,
                    raw=source_slice(lines, li, raw_start, flat + len(mark)),
                    anchor=anchor,
                )
            )
            flat += len(mark)
            last = o
        piece = text[last:]
        origin.add(len(piece), flat)
        parts.append(piece)
        length += len(piece)
    return "".join(parts), origin, markers


def source_slice(lines: list[Line], li: int, start: int, end: int) -> str:
    """Text of line ``li`` between two flat offsets (clipped to the line)."""
    ln = lines[li]
    a = max(0, start - ln.start)
    return ln.raw[a : end - ln.start].strip()


def _number(mark: str) -> int:
    digits = "".join(ch for ch in mark.translate(_SUPER_DIGITS) if ch in "0123456789")
    return int(digits) if digits and len(digits) <= 4 else 0


_SUPER_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def typed_notes(paras: list[Para], notes: list[Note]) -> tuple[list[Para], list[Note]]:
    """Footnotes typed by hand: markers such as ``[1]``, ``(2)``, ``1)`` or digits glued to
    a word, with the notes typed as paragraphs of their own further on (``[1] https://…``).

    Found with the text segmenter's own rules, so that a DOCX and the PDF made from it
    agree; a paragraph is one line here, and a typed note is one paragraph. Numbers the
    format already has real notes for are left alone; a marker counts only when its note
    is there (a number in running text is not a footnote on its own).
    """
    from ..segment.footnotes import find_bodies, marker_candidates
    from ..segment.lines import Line

    real = {_number(n.mark) for n in notes}
    lines: list[Line] = []
    pos = 0
    for k, para in enumerate(paras):
        text = para.text.replace("\n", " ")
        lines.append(Line(k, pos, text, 0, len(text.rstrip()), text, 1))
        pos += len(text) + 1
    candidates = {ln.index: marker_candidates(ln) for ln in lines}
    referenced: dict[int, int] = {}
    for cands in candidates.values():
        for c in cands:
            referenced.setdefault(c.number, c.line)
    bodies = {b.number: b for b in find_bodies(lines, referenced) if b.number not in real}
    if not bodies:
        return paras, notes
    # Markers: the first candidate before its note, glued or bracketed (a number after a
    # space, ``vraag 2``, is running text in a word processor's file); as in the text
    # segmenter, one that follows the numbering counts without a note too (``[3]`` whose
    # note was typed into the end of note 2), so that both renderings agree it lacks one.
    marked: dict[int, tuple[int, int, int]] = {}  # number -> (paragraph, start, end)
    last = 0
    for k in range(len(paras)):
        for c in candidates[k]:
            if c.spaced or c.number in marked or c.number in real or c.number == 0:
                continue
            body = bodies.get(c.number)
            if body is not None and body.lines[0] <= k:
                continue  # the note itself, or a number after it
            if body is None and (c.number != last + 1 or not last):
                continue
            marked[c.number] = (k, c.start, c.end)
            last = max(last, c.number)
    body_lines = {b.lines[0]: b for n, b in bodies.items() if n in marked}
    cuts: dict[int, list[tuple[int, int]]] = {}
    for k, start, end in marked.values():
        cuts.setdefault(k, []).append((start, end))
    out_paras: list[Para] = []
    typed: list[Note] = []
    for k, para in enumerate(paras):
        body = body_lines.get(k)
        if body is not None:
            text = para.text.replace("\n", " ")
            typed.append(Note(text[: body.start_text].strip(), text[body.start_text :].strip()))
            continue
        for start, end in sorted(cuts.get(k, []), reverse=True):
            _cut_marker(para, start, end)
        out_paras.append(para)
    return out_paras, notes + typed


def _cut_marker(para: Para, start: int, end: int) -> None:
    """Take a typed marker out of the text and record it as a marker where it stood."""
    mark = para.text[start:end]
    para.text = para.text[:start] + para.text[end:]
    shift = end - start
    para.markers = [(o - shift if o >= end else o, m) for o, m in para.markers]
    para.markers.append((start, mark))
    para.markers.sort()
