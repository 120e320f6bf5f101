"""Paragraphs and footnotes from an element tree (XML schemas and HTML alike).

One walker serves every markup format; a :class:`Profile` says what the elements of a
schema mean. An element is a paragraph when everything inside it is inline (text
styling, references, footnotes); otherwise its children are walked. Text that stands
directly in a container between its blocks becomes a paragraph of its own. Unknown
elements are handled by that rule, which is the generic fallback: any XML gives one
paragraph per innermost text-bearing element.

Footnotes are taken where the schema puts them: inline at the marker (USLM
``footnote``, KOOP ``noot``), or elsewhere and referenced by id (rechtspraak
``footnote-ref``/``footnote``, HTML ``href="#fn1"``). Signature elements make signature
blocks (each child line a line of the block). A table row is one line, its cells (and a
cell's paragraphs) never glued; a cell of nothing but brackets or braces is a drawn
grouping glyph and is left out. The values of a record (an element the schema does not
call text, holding only elements) are set apart where they would run into one word. A
numbered list set in the columns of a table (``1.`` to ``13.`` down the left, ``14.`` on
down the right) is read column by column, one paragraph per item, as the typeset page
reads it.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import BlockKind
from .structured import Note, Para

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_DIGITS = re.compile(r"\d{1,3}")
#: A numbered item's number at the start of a cell: ``14. Mr. Kratovil``, ``(3) text``.
_ITEM = re.compile(r"\(?(\d{1,4})[.)](?=\s|$)")


@dataclass(frozen=True, slots=True)
class Profile:
    """What a schema's elements mean (local names, without namespace)."""

    name: str
    skip: frozenset[str] = frozenset()  # metadata: left out with everything inside
    inline: frozenset[str] = frozenset()  # styling and references inside a paragraph
    headings: frozenset[str] = frozenset()
    breaks: frozenset[str] = frozenset()  # a soft line break
    notes: frozenset[str] = frozenset()  # a footnote body (inline or elsewhere)
    note_number: frozenset[str] = frozenset()  # the element holding a note's number
    note_refs: frozenset[str] = frozenset()  # a reference to a note elsewhere, by id
    ref_attrs: tuple[str, ...] = ("linkend", "refid", "idref", "href", "ref")
    signatures: frozenset[str] = frozenset()  # one signature block each
    cells: frozenset[str] = frozenset()  # table cells: a row's cells make one line
    rows: frozenset[str] = frozenset()
    blocks: frozenset[str] = frozenset()  # always a paragraph of their own (p, al, para)
    numbers: frozenset[str] = frozenset()  # a number before text (nr, num): a space follows
    # Metadata by the schema's naming convention: USLM's ``meta``, ``reportMeta`` and
    # ``tallySheetMeta`` are all "machine-processable metadata ... not rendered".
    skip_suffixes: tuple[str, ...] = ()
    # (attribute, value) that says an element is kept in the file but not rendered
    # (USLM's ``display="no"``, as on ``recordedVotes`` laid out again as a table).
    hidden: tuple[tuple[str, str], ...] = ()

    def skips(self, el: Element) -> bool:
        """Whether ``el`` is left out with everything inside (metadata, not rendered)."""
        name = local(el.tag)
        if name in self.skip:
            return True
        if any(name.endswith(s) and len(name) > len(s) for s in self.skip_suffixes):
            return True
        return any(el.get(attr) == value for attr, value in self.hidden)


def local(tag: object) -> str:
    """An element's local name (namespace and prefix dropped)."""
    if not isinstance(tag, str):
        return ""  # comments and processing instructions
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


@dataclass(slots=True)
class Walk:
    """The state of one walk: paragraphs so far, notes by id, references to resolve."""

    profile: Profile
    paras: list[Para] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    note_by_id: dict[str, Note] = field(default_factory=dict)
    pending_refs: list[tuple[Para, int, str]] = field(default_factory=list)  # para, index, id
    auto: int = 0
    in_note: bool = False  # walking a note's body: notes inside are not registered again

    # -- blocks -----------------------------------------------------------------------

    def blocks(self, el: Element) -> None:
        p = self.profile
        name = local(el.tag)
        if not name or p.skips(el):
            return
        if name in p.notes and not self.in_note:
            self._note(el, None)
            return
        if name in p.signatures:
            self._signature(el)
            return
        if name in p.rows and any(local(c.tag) in p.cells for c in el):
            para = Para("")
            for k, cell in enumerate(self._cells(el)):
                if k:
                    para.add("   ")
                self.inline(cell, para)
            self.paras.append(para)
            return
        if self.is_leaf(el):
            para = Para("", kind=BlockKind.HEADING if name in p.headings else None)
            self.inline(el, para)
            self.paras.append(para)
            return
        loose = Para("")
        if el.text and el.text.strip():
            loose.add(_ws(el.text))
        mixed = _has_direct_text(el)
        numbered = False  # ``loose`` holds only a number element so far (``SEC. 101.``)
        tables = self._column_tables(el)
        later = {id(row) for rows in tables.values() for row in rows[1:]}
        for child in el:
            if id(child) in later:
                continue  # read with the first row of its table, column by column
            cname = local(child.tag)
            if cname in p.numbers and not loose.text.strip():
                self._inline_child(child, loose)
                numbered = not (child.tail and child.tail.strip())
                continue
            if (
                cname in p.inline
                or cname in p.note_refs
                or cname in p.breaks
                or cname in p.numbers
                or (mixed and cname not in p.blocks and self.is_leaf(child))
            ):
                self._inline_child(child, loose)
                numbered = False
                continue
            carry = loose if numbered or _is_number(loose) else None
            numbered = False
            if carry is None:
                self._flush(loose)
            loose = Para("")
            before = len(self.paras)
            rows = tables.get(id(child))
            if rows is None:
                self.blocks(child)
            else:
                self._columns(rows)
                child = rows[-1]
            if carry is not None:
                if len(self.paras) > before:
                    _prefix(self.paras[before], carry)
                else:
                    self._flush(carry)
            if child.tail and child.tail.strip():
                loose.add(_ws(child.tail))
        self._flush(loose)

    # -- tables -----------------------------------------------------------------------

    def _cells(self, row: Element) -> list[Element]:
        p = self.profile
        return [
            c for c in row if local(c.tag) in p.cells and not _drawn_bracket(c) and not p.skips(c)
        ]

    def _column_tables(self, el: Element) -> dict[int, list[Element]]:
        """Runs of rows among ``el``'s children that are read down the columns, by the
        first row's id: rows whose every cell is a numbered item (``14. Mr. Kratovil``),
        numbered consecutively down the columns and not across the rows (a list set in
        two columns, as a typeset page reads it). Any other table is read row by row."""
        p = self.profile
        out: dict[int, list[Element]] = {}
        run: list[tuple[Element, list[str]]] = []

        def close() -> None:
            if len(run) >= 2 and _down_the_columns([texts for _row, texts in run]):
                out[id(run[0][0])] = [row for row, _texts in run]
            run.clear()

        for child in el:
            texts = None
            if local(child.tag) in p.rows:
                texts = [" ".join(_shown(c, p).split()) for c in self._cells(child)]
            if texts and any(texts) and all(_ITEM.match(t) for t in texts if t):
                run.append((child, texts))
            else:
                close()
            if child.tail and child.tail.strip():
                close()
        close()
        return out

    def _columns(self, rows: list[Element]) -> None:
        """Each cell a paragraph of its own, column after column."""
        grid = [self._cells(row) for row in rows]
        for k in range(max(len(cells) for cells in grid)):
            for cells in grid:
                if k < len(cells):
                    para = Para("")
                    self.inline(cells[k], para)
                    self._flush(para)

    def _flush(self, para: Para) -> None:
        if para.text.strip() or para.markers:
            self.paras.append(para)

    def is_leaf(self, el: Element) -> bool:
        """Everything inside is inline (notes inside count as inline)."""
        p = self.profile
        heading = local(el.tag) in p.headings
        stack = list(el)
        notes = False
        while stack:
            child = stack.pop()
            name = local(child.tag)
            if name in p.notes:
                notes = True
                continue
            if not name or p.skips(child):
                continue
            if name in p.blocks or name in p.signatures or name in p.rows:
                return False
            if name in p.headings and not heading:
                return False
            if name in p.inline or name in p.breaks or name in p.note_refs or name in p.numbers:
                stack.extend(child)
                continue
            if len(child) == 0:
                continue  # an unknown element holding only text: inline
            if _has_direct_text(child):
                stack.extend(child)
                continue
            return False
        # A list of notes and nothing else (a footnote section) is not a paragraph.
        return not notes or bool(_text_outside_notes(el, p).strip())

    # -- inline -----------------------------------------------------------------------

    def inline(self, el: Element, para: Para) -> None:
        if el.text:
            para.add(_ws(el.text))
        record = self._record(el)
        previous: Element | None = None
        for child in el:
            at = len(para.text)
            self._inline_child(child, para)
            pair = para.text[at - 1 : at + 1]
            # Paragraphs of a cell are set apart; two values of a record where they would
            # make one word.
            glued = at > 0 and len(pair) == 2 and not any(c.isspace() for c in pair)
            if (
                previous is not None
                and glued
                and (
                    self._block_level(child)
                    or self._block_level(previous)
                    or (record and pair.isalnum())
                )
            ):
                _insert_space(para, at)
            previous = child
        if local(el.tag) in self.profile.numbers:
            para.add(" ")

    def _record(self, el: Element) -> bool:
        """An element the schema does not name as text, holding only elements (no text
        of its own between them): a record of fields (``<recordedVote>`` with
        ``<legislator>`` and ``<vote>``), whose values a rendering sets apart where they
        would make one word (``Mr. HoldenYea``); ``2014.—`` and ``Ordered`` stay as
        they are."""
        p = self.profile
        known = p.inline | p.blocks | p.headings | p.numbers | p.notes | p.note_refs | p.cells
        return local(el.tag) not in known and len(el) > 1 and not _has_direct_text(el)

    def _block_level(self, el: Element) -> bool:
        p = self.profile
        name = local(el.tag)
        return name in p.blocks or name in p.headings or name in p.rows or name in p.signatures

    def _inline_child(self, child: Element, para: Para) -> None:
        p = self.profile
        name = local(child.tag)
        if name and not p.skips(child):
            if name in p.breaks:
                para.add("\n")
            elif name in p.notes:
                self._note(child, para)
            elif name in p.note_refs:
                target = _ref_target(child, p.ref_attrs)
                shown = " ".join("".join(child.itertext()).split())
                if target:
                    para.mark(shown or "?")
                    self.pending_refs.append((para, len(para.markers) - 1, target))
                elif _DIGITS.fullmatch(shown):
                    para.mark(shown)
            elif (
                name == "sup"
                and _DIGITS.fullmatch("".join(child.itertext()).strip())
                and not any(local(d.tag) in p.note_refs for d in child.iter())
            ):
                para.mark("".join(child.itertext()).strip())
            else:
                self.inline(child, para)
        if child.tail:
            para.add(_ws(child.tail))

    # -- notes and signatures --------------------------------------------------------

    def _note(self, el: Element, para: Para | None) -> None:
        p = self.profile
        mark = (el.get("label") or el.get("nr") or "").strip()
        for number in el.iter():
            if number is not el and local(number.tag) in p.note_number:
                # The note's own number, wherever it stands: the mark, not body text.
                shown = " ".join("".join(number.itertext()).split()).rstrip(".")
                mark = mark or shown
                tail = number.tail
                number.clear()
                number.tail = tail
                break
        body = Walk(p, in_note=True)
        body.blocks(el)
        text_parts = [q.text.replace("\n", " ") for q in body.paras]
        if not mark:
            self.auto += 1
            mark = str(self.auto)
        note = Note(mark, " ".join(" ".join(text_parts).split()))
        note_id = el.get("id") or el.get("{http://www.w3.org/XML/1998/namespace}id")
        if note_id:
            self.note_by_id[note_id] = note
        if para is not None:
            para.mark(mark)
            self.notes.append(note)
        elif not note_id:
            self.notes.append(note)

    def _signature(self, el: Element) -> None:
        lines: list[str] = []
        leaf = self.is_leaf(el) and not any(len(c) for c in el)
        if leaf or not len(el):
            lines = [" ".join(_shown(el, self.profile).split())]
        else:
            for child in el:
                text = "" if self.profile.skips(child) else _shown(child, self.profile)
                text = " ".join(text.split())
                if text:
                    lines.append(text)
        lines = [ln for ln in lines if ln]
        if lines:
            self.paras.append(Para("\n".join(lines), kind=BlockKind.SIGNATURE))

    def finish(self) -> tuple[list[Para], list[Note]]:
        """Resolve references by id; notes referenced from the text come in their order."""
        notes = list(self.notes)
        seen: set[int] = {id(n) for n in notes}
        for para, index, target in self.pending_refs:
            note = self.note_by_id.get(target.lstrip("#"))
            offset, shown = para.markers[index]
            if note is None:
                if not _DIGITS.fullmatch(shown):
                    para.markers[index] = (offset, "?")
                continue
            if shown in ("", "?"):
                para.markers[index] = (offset, note.mark)
            if id(note) not in seen:
                seen.add(id(note))
                notes.append(note)
        for para in self.paras:
            para.markers = [(o, m) for o, m in para.markers if m != "?"]
        return self.paras, notes


def _down_the_columns(grid: list[list[str]]) -> bool:
    """Numbered cells (empty ones left out) run on down each column and on into the
    next, and do not run on across the rows. Columns each numbered from 1 are left as
    rows: a synoptic table pairs its items by row."""
    width = max(len(row) for row in grid)
    number = [[int(m.group(1)) if (m := _ITEM.match(t)) else 0 for t in row] for row in grid]
    columns = [
        [n[k] for n, row in zip(number, grid, strict=True) if k < len(row) and row[k]]
        for k in range(width)
    ]
    columns = [c for c in columns if c]
    if len(columns) < 2:
        return False
    down = [n for column in columns for n in column]
    across = [
        n for ns, row in zip(number, grid, strict=True) for n, t in zip(ns, row, strict=True) if t
    ]
    return _consecutive(down) and not _consecutive(across)


def _consecutive(numbers: list[int]) -> bool:
    return all(b == a + 1 for a, b in itertools.pairwise(numbers))


def _shown(el: Element, profile: Profile) -> str:
    """The text of ``el`` without what the profile leaves out (metadata, not rendered)."""
    parts = [el.text or ""]
    for child in el:
        if local(child.tag) and not profile.skips(child):
            parts.append(_shown(child, profile))
        parts.append(child.tail or "")
    return "".join(parts)


def _insert_space(para: Para, at: int) -> None:
    para.text = para.text[:at] + " " + para.text[at:]
    para.markers = [(o + 1 if o > at else o, m) for o, m in para.markers]


def _drawn_bracket(cell: Element) -> bool:
    """A table cell holding only brackets or braces: a glyph drawn to group the cells
    beside it (USLM's report header, ``113th Congress } SENATE { Report``), which a
    typeset rendering draws as a rule, not as text."""
    text = "".join("".join(cell.itertext()).split())
    return bool(text) and all(unicodedata.category(ch) in ("Ps", "Pe") for ch in text)


def _ref_target(el: Element, attrs: tuple[str, ...]) -> str:
    for attr in attrs:
        value = el.get(attr)
        if value:
            return value.split("#", 1)[-1] if "#" in value else value
    return ""


def _ws(text: str) -> str:
    """XML whitespace (newlines of pretty-printing included) is a space."""
    return text.replace("\n", " ").replace("\r", " ").replace("\t", " ")


def _has_direct_text(el: Element) -> bool:
    if el.text and el.text.strip():
        return True
    return any(c.tail and c.tail.strip() for c in el)


def _is_number(para: Para) -> bool:
    """A paragraph that is only a number or label (``1.1``, ``a.``, ``§ 2``)."""
    text = para.text.strip()
    return 0 < len(text) <= 8 and not para.markers and " " not in text.replace("§ ", "§")


def _prefix(para: Para, number: Para) -> None:
    head = number.text.strip() + " "
    para.text = head + para.text
    para.markers = [(o + len(head), m) for o, m in para.markers]


def _text_outside_notes(el: Element, profile: Profile) -> str:
    parts = [el.text or ""]
    for child in el:
        if local(child.tag) not in profile.notes:
            parts.append(_text_outside_notes(child, profile))
        parts.append(child.tail or "")
    return "".join(parts)
