"""Shared by the footnote rules: footnotes and markers of each side by number."""

from __future__ import annotations

from dataclasses import dataclass

from ..check import Context
from ..model import Document, Footnote, FootnoteMarker, Location
from ._text import quote


@dataclass(frozen=True, slots=True)
class Notes:
    """One rendering's footnotes: first marker and body per number."""

    doc: Document
    markers: dict[int, FootnoteMarker]
    bodies: dict[int, Footnote]

    @staticmethod
    def of(doc: Document, shift: int = 0) -> Notes:
        """``shift`` is subtracted from every number: B's notes in A's numbering."""
        markers: dict[int, FootnoteMarker] = {}
        for m in doc.markers:
            markers.setdefault(m.number - shift, m)
        return Notes(doc, markers, {f.number - shift: f for f in doc.footnotes})

    def marker_location(self, number: int) -> Location:
        m = self.markers[number]
        return self.doc.location(m.quote_offset, m.raw)

    def body_location(self, number: int) -> Location:
        f = self.bodies[number]
        return self.doc.location(f.source_offset, f"{f.number} {' '.join(f.text.split())}"[:80])

    def location(self, number: int) -> Location | None:
        if number in self.markers:
            return self.marker_location(number)
        if number in self.bodies:
            return self.body_location(number)
        return None


def notes(ctx: Context) -> tuple[Notes, Notes]:
    """Both renderings' notes, B's renumbered to A's when B's numbering is A's shifted
    consistently (``footnote-renumbered`` reports that once)."""
    cached = ctx.memo.get("notes")
    if cached is None:
        cached = (Notes.of(ctx.a), Notes.of(ctx.b, renumbering(ctx)))
        ctx.memo["notes"] = cached
    return cached  # type: ignore[return-value]


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
