"""Shared by the date rules: the dagtekening of each rendering."""

from __future__ import annotations

from ..lang.dates import DateMention, find_dates
from ..model import BlockKind, Document, Location


def letter_date(doc: Document) -> tuple[DateMention, Location] | None:
    """The date of the letter's dateline block, and where it stands."""
    for block in doc.blocks:
        if block.kind is BlockKind.DATELINE:
            dates = find_dates(block.text)
            if dates:
                d = dates[0]
                return d, doc.block_location(block.index, d.start, d.end - d.start)
    return None
