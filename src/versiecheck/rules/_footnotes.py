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
    def of(doc: Document) -> Notes:
        markers: dict[int, FootnoteMarker] = {}
        for m in doc.markers:
            markers.setdefault(m.number, m)
        return Notes(doc, markers, {f.number: f for f in doc.footnotes})

    def marker_location(self, number: int) -> Location:
        m = self.markers[number]
        return self.doc.location(m.quote_offset, m.raw)

    def body_location(self, number: int) -> Location:
        f = self.bodies[number]
        return self.doc.location(f.source_offset, f"{number} {' '.join(f.text.split())}"[:80])

    def location(self, number: int) -> Location | None:
        if number in self.markers:
            return self.marker_location(number)
        if number in self.bodies:
            return self.body_location(number)
        return None


def notes(ctx: Context) -> tuple[Notes, Notes]:
    cached = ctx.memo.get("notes")
    if cached is None:
        cached = (Notes.of(ctx.a), Notes.of(ctx.b))
        ctx.memo["notes"] = cached
    return cached  # type: ignore[return-value]


def sides(ctx: Context) -> list[tuple[str, Notes, Notes]]:
    """(label of this side, this side's notes, the other side's notes), A first."""
    na, nb = notes(ctx)
    return [("A", na, nb), ("B", nb, na)]


def body_text(note: Footnote) -> str:
    return quote(note.text, 90)
