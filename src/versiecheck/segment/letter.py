"""The parts of a letter: header and dagtekening, body, signature blocks, annex.

A typeset Kamerstuk opens with a header block (dossier number and title, ``Nr. 994 Brief
van …``, the addressee, ``Den Haag, 3 februari 2026``); a Word letter may open with a
letterhead (``Datum``, ``Onderwerp``). Signature blocks are a role line ending in a comma
followed by a name. What follows the last signature is an annex.
"""

from __future__ import annotations

import re

from ..lang.dates import find_dates
from ..lang.names import looks_like_person_name, parse_role
from ..model import Block, BlockKind, Region, Signature
from .lines import Line
from .paragraphs import is_heading

_HEADER_LINE = re.compile(
    r"^(?:\d{2}\s?\d{3}(?:-[A-Z]{1,4})?\b|Nr\.\s*\d+|Aan\s+de\s|"
    r"(?:Datum|Onderwerp|Ons kenmerk|Uw kenmerk|Uw brief|Bijlagen?|Date|Subject|To)\b\s*:?)"
)
_DATELINE = re.compile(
    r"^(?:(?P<place>[A-Z][\w'’.-]+(?:[ -][A-Z'’]?[\w'’.-]+){0,3}),|(?:Datum|Date)\s*:?)"
    r"\s+(?P<date>.+)$"
)
_CLOSING = re.compile(
    r"(?i)^(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm)\s+regards|sincerely|"
    r"hoogachtend|met\s+(?:vriendelijke|hartelijke)\s+groet(?:en)?|"
    r"met\s+de\s+meeste\s+hoogachting)\s*[,.]?$"
)
# Every closing starts with one of these letters (matched with the same case folding).
_CLOSING_FIRST = re.compile(r"(?i)[bhkmswy]")
#: Text lines after a closing (``Yours sincerely,``) in which a name-then-role signature
#: (``David van Weel`` / ``Minister of Foreign Affairs``) is looked for.
CLOSING_REACH = 8
#: How far into the document a dagtekening or header may stand (text lines).
HEADER_SEARCH_LINES = 40
#: Blank lines allowed between a role line and the name under it.
ROLE_NAME_GAP = 3


def dateline_date(text: str) -> str | None:
    """The date of a dagtekening line (``Den Haag, 3 februari 2026``), else None."""
    m = _DATELINE.match(text.strip())
    if not m:
        return None
    rest = m.group("date").strip().rstrip(".")
    dates = find_dates(rest)
    if len(dates) == 1 and len(dates[0].raw) >= len(rest) - 2:
        return dates[0].raw
    return None


def structure_lines(
    lines: list[Line],
) -> tuple[set[int], set[int], list[tuple[int, int]], int | None]:
    """Lines that stand alone (datelines, role and name lines), lines that start a block
    (header lines), role→name pairs, and the dateline."""
    alone: set[int] = set()
    starts: set[int] = set()
    pairs: list[tuple[int, int]] = []
    dateline: int | None = None
    text_lines = [ln for ln in lines if ln.kind == "text"]
    for k, ln in enumerate(text_lines[:HEADER_SEARCH_LINES]):
        if dateline_date(ln.text):
            dateline = ln.index
            alone.add(ln.index)
            for prev in text_lines[:k]:
                if _HEADER_LINE.match(prev.text):
                    starts.add(prev.index)
            break
    for k, ln in enumerate(text_lines):
        if not ln.text.endswith(",") or len(ln.text) > 120:
            continue
        if parse_role(ln.text) is None:
            continue
        alone.add(ln.index)
        if k + 1 < len(text_lines):
            nxt = text_lines[k + 1]
            gap = nxt.index - ln.index - 1
            if gap <= ROLE_NAME_GAP and looks_like_person_name(nxt.text):
                alone.add(nxt.index)
                pairs.append((ln.index, nxt.index))
    closings = _closings(text_lines)
    pairs += _name_role_pairs(text_lines, {i for p in pairs for i in p}, closings)
    for first, second in pairs:
        alone.update((first, second))
    # A closing (``Hoogachtend,``, ``Yours sincerely,``) is a block of its own, also at the
    # top of a page after a paragraph whose last line is full.
    alone.update(text_lines[k].index for k in closings)
    return alone, starts, pairs, dateline


def _closings(text_lines: list[Line]) -> list[int]:
    """Positions (in ``text_lines``) of the closing lines, in order. A closing starts with
    one of a few letters: the pattern is tried only on lines that do (decided once per
    distinct first character, by a pattern with the same case folding)."""
    first_ok: dict[str, bool] = {}
    out: list[int] = []
    for k, ln in enumerate(text_lines):
        first = ln.text[:1]
        ok = first_ok.get(first)
        if ok is None:
            ok = first_ok[first] = bool(_CLOSING_FIRST.match(first))
        if ok and _CLOSING.match(ln.text):
            out.append(k)
    return out


def _name_role_pairs(
    text_lines: list[Line], taken: set[int], closings: list[int]
) -> list[tuple[int, int]]:
    """Signatures written name first, role under it without a comma (English letters:
    ``Yours sincerely,`` / ``David van Weel`` / ``Minister of Foreign Affairs``). Only
    looked for after a closing line, so a name above a heading in the body never counts.
    ``closings``: the positions of the closing lines in ``text_lines``."""
    out: list[tuple[int, int]] = []
    reach = -1
    is_closing = set(closings)
    later = iter(closings)
    k = -1
    while True:
        k += 1
        if k > reach:  # nothing to look at before the next closing
            k = next((c for c in later if c >= k), len(text_lines))
        if k >= len(text_lines):
            break
        ln = text_lines[k]
        if k in is_closing:
            reach = k + CLOSING_REACH
            continue
        if ln.index in taken or k + 1 >= len(text_lines):
            continue
        nxt = text_lines[k + 1]
        if nxt.index in taken or nxt.index - ln.index > 2 or nxt.text.endswith(","):
            continue
        if looks_like_person_name(ln.text) and parse_role(nxt.text) is not None:
            out.append((ln.index, nxt.index))
            taken.update((ln.index, nxt.index))
            reach = k + 1 + CLOSING_REACH  # co-signers follow
    return out


def classify(
    blocks: list[Block],
    groups: list[list[int]],
    lines: list[Line],
    pairs: list[tuple[int, int]],
    dateline: int | None,
    width: int,
) -> list[Signature]:
    """Set each block's kind and region; return the signature blocks."""
    role_lines = dict(pairs)
    signatures: list[Signature] = []
    dateline_block: int | None = None
    for block, group in zip(blocks, groups, strict=True):
        if dateline is not None and dateline in group:
            block.kind = BlockKind.DATELINE
            dateline_block = block.index
        elif group[0] in role_lines:
            block.kind = BlockKind.SIGNATURE
            role, name = lines[group[0]], lines[role_lines[group[0]]]
            if parse_role(role.text) is None:  # name first, role under it
                role, name = name, role
            signatures.append(
                Signature(
                    block.index, role.text.rstrip(","), name.text, role.text_start, name.text_start
                )
            )
        elif is_heading([lines[i].text for i in group], width):
            block.kind = BlockKind.HEADING

    if dateline_block is not None:
        for block in blocks[: dateline_block + 1]:
            block.region = Region.HEADER
            if block.kind is not BlockKind.DATELINE:
                block.kind = BlockKind.HEADER
    else:
        for block, group in zip(blocks, groups, strict=True):
            if not _HEADER_LINE.match(lines[group[0]].text) or block.index > 3:
                break
            block.region, block.kind = Region.HEADER, BlockKind.HEADER

    if signatures:
        first_sig, last_sig = signatures[0].block, signatures[-1].block
        for block in blocks[first_sig : last_sig + 1]:
            block.region = Region.SIGNATURES
        annex = blocks[last_sig + 1 :]
        if annex:
            annex[0].kind = BlockKind.ANNEX
            for block in annex:
                block.region = Region.ANNEX
    return signatures
