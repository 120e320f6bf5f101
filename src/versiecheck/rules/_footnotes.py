"""Shared by the footnote rules: footnotes and markers of each side by series and number."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from ..check import Context
from ..model import Document, Footnote, FootnoteMarker, Location, note_series
from ._text import quote

#: A footnote as the rules know it: (series, number). Numbering that starts again at 1
#: (minority views after a report's majority views, an annex with notes of its own)
#: begins a new series; note 3 of one series is not note 3 of another.
Key = tuple[int, int]


def note_name(key: Key) -> str:
    """A footnote's number as a message shows it: ``3``, or ``3 (series 2)``."""
    series, number = key
    return f"{number}" if series == 0 else f"{number} (series {series + 1})"


@dataclass(frozen=True, slots=True)
class Notes:
    """One rendering's footnotes: first marker and body per (series, number)."""

    doc: Document
    markers: dict[Key, FootnoteMarker]
    bodies: dict[Key, Footnote]

    @staticmethod
    def of(doc: Document, shift: int = 0, rename: Mapping[int, int] | None = None) -> Notes:
        """``shift`` is subtracted from every number: B's notes in A's numbering;
        ``rename`` gives series their counterpart's number (see :func:`series_map`)."""
        names = rename or {}
        markers: dict[Key, FootnoteMarker] = {}
        marker_series = note_series(m.number for m in doc.markers)
        for m, series in zip(doc.markers, marker_series, strict=True):
            markers.setdefault((names.get(series, series), m.number - shift), m)
        body_series = note_series(f.number for f in doc.footnotes)
        bodies = {
            (names.get(series, series), f.number - shift): f
            for f, series in zip(doc.footnotes, body_series, strict=True)
        }
        return Notes(doc, markers, bodies)

    def marker_location(self, key: Key) -> Location:
        m = self.markers[key]
        return self.doc.location(m.quote_offset, m.raw)

    def body_location(self, key: Key) -> Location:
        f = self.bodies[key]
        return self.doc.location(f.source_offset, f"{f.number} {' '.join(f.text.split())}"[:80])

    def location(self, key: Key) -> Location | None:
        if key in self.markers:
            return self.marker_location(key)
        if key in self.bodies:
            return self.body_location(key)
        return None


def notes(ctx: Context) -> tuple[Notes, Notes]:
    """Both renderings' notes, B's renumbered to A's when B's numbering is A's shifted
    consistently (``footnote-renumbered`` reports that once), B's series named as the
    series of A they stand with."""
    cached = ctx.memo.get("notes")
    if cached is None:
        shift = renumbering(ctx)
        cached = (Notes.of(ctx.a), Notes.of(ctx.b, shift, series_map(ctx, shift)))
        ctx.memo["notes"] = cached
    return cached  # type: ignore[return-value]


def series_map(ctx: Context, shift: int = 0) -> dict[int, int]:
    """B's series of notes named after A's: the series of A whose markers stand in the
    paragraphs aligned with B's, with the same numbers. Where one rendering leaves out
    a part with its own notes (an excerpt without the majority views), its minority
    views' notes 1, 2, … are still the other's second series, not its first."""
    series_a = note_series(m.number for m in ctx.a.markers)
    series_b = note_series(m.number for m in ctx.b.markers)
    if not any(series_a) and not any(series_b):
        return {}
    in_block: dict[tuple[int, int], list[int]] = {}  # (B's block, number) -> B's series
    for m, t in zip(ctx.b.markers, series_b, strict=True):
        in_block.setdefault((m.block, m.number - shift), []).append(t)
    votes: Counter[tuple[int, int]] = Counter()
    for m, s in zip(ctx.a.markers, series_a, strict=True):
        for j in ctx.counterpart("a", m.block):
            votes.update((t, s) for t in in_block.get((j, m.number), ()))
    out: dict[int, int] = {}
    for (t, s), _count in votes.most_common():
        if t not in out and s not in out.values():
            out[t] = s
    # A series of B with no counterpart keeps its number unless that is taken.
    spare = max([*series_a, *series_b, 0]) + 1
    for t in sorted(set(series_b) - set(out)):
        if t in out.values():
            out[t], spare = spare, spare + 1
        else:
            out[t] = t
    return out


def renumbering(ctx: Context) -> int:
    """How much B's footnote numbers exceed A's when the footnotes both renderings have
    at the same place (the same word, in aligned paragraphs) are all renumbered by the
    same amount, at least two of them or every one; 0 otherwise. A footnote added or
    dropped besides does not hide the renumbering."""
    cached = ctx.memo.get("renumbering")
    if isinstance(cached, int):
        return cached
    shifts: list[int] = []
    used: set[int] = set()
    for x in ctx.a.markers:
        near = set(ctx.counterpart("a", x.block))
        for k, y in enumerate(ctx.b.markers):
            if k in used or y.block not in near or x.anchor.casefold() != y.anchor.casefold():
                continue
            used.add(k)
            shifts.append(y.number - x.number)
            break
    shift = shifts[0] if shifts and len(set(shifts)) == 1 else 0
    everyone = len(shifts) == len(ctx.a.markers) == len(ctx.b.markers)
    if shift and not (len(shifts) >= 2 or everyone):
        shift = 0
    if shift:
        numbers_a = {f.number for f in ctx.a.footnotes}
        numbers_b = {f.number - shift for f in ctx.b.footnotes}
        if numbers_a and numbers_b and not numbers_a & numbers_b:
            shift = 0
    ctx.memo["renumbering"] = shift
    return shift


def sides(ctx: Context) -> list[tuple[str, Notes, Notes]]:
    """(label of this side, this side's notes, the other side's notes), A first."""
    na, nb = notes(ctx)
    return [("A", na, nb), ("B", nb, na)]


def body_text(note: Footnote) -> str:
    return quote(note.text, 90)
