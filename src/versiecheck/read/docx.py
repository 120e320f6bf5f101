"""Word documents (DOCX, Office Open XML): paragraphs, styles, real footnotes.

What is read: the body's paragraphs in order (table cells paragraph by paragraph),
accepted tracked insertions, soft line breaks, list numbers as Word shows them, headings
from the paragraph style (``Heading n``/``Kop n``, ``Title``, an outline level), real
footnotes from ``word/footnotes.xml`` with their markers at the ``footnoteReference``
positions (numbered in reading order, as Word numbers them), and superscript digits typed
by hand as markers without a body.

Fields show the result Word stored; a ``DOCPROPERTY`` field Word stored no result for
shows the property's value (``Geachte heer/mevrouw,`` from a letter template's
properties), as Word shows it once fields are updated and as LibreOffice shows it.

What is left out, on purpose: headers and footers (the letterhead and page furniture a
typeset rendering does not carry in its text), text boxes and drawings, tracked
deletions, hidden text, field instructions, comments. Endnotes are read as footnotes
numbered after the footnotes, with a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import BlockKind, Source
from .safe import SafeZip, parse_xml
from .structured import Note, Para, build_source

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_NAME = re.compile(r"(?i)^(?:heading|kop)\s*\d|^(?:title|titel)$")
_SKIP = frozenset(
    W + t
    for t in (
        "del",
        "moveFrom",
        "delText",
        "instrText",
        "drawing",
        "pict",
        "object",
        "txbxContent",
        "commentReference",
        "rPr",
        "pPr",
        "sectPr",
        "footnoteRef",
        "endnoteRef",
        "annotationRef",
        "fldData",
    )
)
_MC_ALTERNATE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
_DOCPROPERTY = re.compile(r'(?i)^\s*DOCPROPERTY\s+(?:"([^"]*)"|(\S+))')
#: The built-in document properties a DOCPROPERTY field may name, by their element in
#: ``docProps/core.xml``.
_CORE_PROPERTIES = {
    "title": "title",
    "subject": "subject",
    "author": "creator",
    "keywords": "keywords",
    "comments": "description",
    "category": "category",
}
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


@dataclass(slots=True)
class _Field:
    """A complex field (``fldChar`` begin … separate … end) being read."""

    instruction: str = ""
    in_result: bool = False
    has_result: bool = False


@dataclass(slots=True)
class _Numbering:
    """List numbers as Word shows them: ``lvlText`` with counters per list and level."""

    levels: dict[tuple[str, int], tuple[str, str, int]] = field(default_factory=dict)
    counters: dict[tuple[str, int], int] = field(default_factory=dict)

    def label(self, num_id: str, ilvl: int) -> str:
        spec = self.levels.get((num_id, ilvl))
        if spec is None:
            return ""
        fmt, text, _start = spec
        if fmt in ("bullet", "none", ""):
            return ""
        self.counters[(num_id, ilvl)] = self.counters.get((num_id, ilvl), _start - 1) + 1
        for deeper in [k for k in self.counters if k[0] == num_id and k[1] > ilvl]:
            del self.counters[deeper]

        def value(match: re.Match[str]) -> str:
            lvl = int(match.group(1)) - 1
            lvl_fmt, _t, lvl_start = self.levels.get((num_id, lvl), ("decimal", "", 1))
            n = self.counters.get((num_id, lvl), lvl_start)
            return _format_number(n, lvl_fmt)

        return re.sub(r"%(\d)", value, text)


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        s = chr(ord("a") + (n - 1) % 26)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        s = _roman(n)
        return s if fmt == "upperRoman" else s.lower()
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, sym in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out += sym
            n -= value
    return out


def _children(parent: Element, tag: str) -> list[Element]:
    """Children with ``tag``, looking through content controls but not nested tables."""
    out: list[Element] = []
    for el in parent:
        if el.tag == tag:
            out.append(el)
        elif el.tag in (W + "sdt", W + "sdtContent", W + "customXml"):
            out.extend(_children(el, tag))
    return out


def _row(cells: list[list[Para]]) -> list[Para]:
    """A table row of one-line cells (``Datum`` | ``11 januari 2024``) reads as one line,
    as it is seen; cells with more in them stay paragraphs of their own."""
    filled = [[p for p in c if p.text.strip() or p.markers] for c in cells]
    simple = [c for c in filled if c]
    if len(simple) < 2 or any(
        len(c) > 1 or "\n" in c[0].text.strip() or c[0].kind is not None for c in simple
    ):
        return [p for c in cells for p in c]
    joined = Para("")
    for k, (para,) in enumerate(simple):
        if k:
            joined.add(" ")
        base = len(joined.text)
        joined.text += para.text
        joined.markers.extend((base + o, m) for o, m in para.markers)
    return [joined]


class _Reader:
    def __init__(self, archive: SafeZip, name: str) -> None:
        self.name = name
        self.archive = archive
        self.heading_styles = self._heading_styles()
        self.numbering = self._numbering()
        # (kind, id, custom mark or None) in reading order
        self.note_refs: list[tuple[str, str, str | None]] = []
        self.custom_pending: int | None = None
        self.paras: list[Para] = []
        self.fields: list[_Field] = []  # the complex fields open where reading is
        self._properties: dict[str, str] | None = None

    def _xml(self, member: str) -> Element | None:
        if not self.archive.has(member):
            return None
        return parse_xml(self.archive.read(member), self.name, f"DOCX part {member}")

    def _heading_styles(self) -> set[str]:
        root = self._xml("word/styles.xml")
        if root is None:
            return set()
        based: dict[str, str] = {}
        heading: set[str] = set()
        for style in root.iter(W + "style"):
            sid = style.get(W + "styleId", "")
            name_el = style.find(W + "name")
            name = name_el.get(W + "val", "") if name_el is not None else ""
            base = style.find(W + "basedOn")
            if base is not None:
                based[sid] = base.get(W + "val", "")
            outline = style.find(f"{W}pPr/{W}outlineLvl")
            if _HEADING_NAME.match(name) or (
                outline is not None and outline.get(W + "val", "9") < "9"
            ):
                heading.add(sid)
        # A style based on a heading style is a heading too (a few levels deep).
        for _ in range(4):
            heading |= {s for s, b in based.items() if b in heading}
        return heading

    def _numbering(self) -> _Numbering:
        out = _Numbering()
        root = self._xml("word/numbering.xml")
        if root is None:
            return out
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in root.iter(W + "abstractNum"):
            levels: dict[int, tuple[str, str, int]] = {}
            for lvl in an.iter(W + "lvl"):
                ilvl = int(lvl.get(W + "ilvl", "0"))
                fmt_el, text_el, start_el = (
                    lvl.find(W + "numFmt"),
                    lvl.find(W + "lvlText"),
                    lvl.find(W + "start"),
                )
                levels[ilvl] = (
                    fmt_el.get(W + "val", "") if fmt_el is not None else "",
                    text_el.get(W + "val", "") if text_el is not None else "",
                    int(start_el.get(W + "val", "1")) if start_el is not None else 1,
                )
            abstract[an.get(W + "abstractNumId", "")] = levels
        for num in root.iter(W + "num"):
            ref = num.find(W + "abstractNumId")
            if ref is None:
                continue
            for ilvl, spec in abstract.get(ref.get(W + "val", ""), {}).items():
                out.levels[(num.get(W + "numId", ""), ilvl)] = spec
        return out

    def property_value(self, instruction: str) -> str:
        """The value a ``DOCPROPERTY`` field shows, from the document's properties."""
        match = _DOCPROPERTY.match(instruction)
        if match is None:
            return ""
        if self._properties is None:
            self._properties = self._read_properties()
        value = self._properties.get((match.group(1) or match.group(2)).casefold(), "")
        # OOXML escapes control characters as _xHHHH_; a carriage return is a line break.
        value = _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), value)
        return value.replace("\r\n", "\n").replace("\r", "\n")

    def _read_properties(self) -> dict[str, str]:
        out: dict[str, str] = {}
        custom = self._xml("docProps/custom.xml")
        if custom is not None:
            for prop in custom:
                name = prop.get("name")
                if name is not None and len(prop):
                    out[name.casefold()] = prop[0].text or ""
        core = self._xml("docProps/core.xml")
        if core is not None:
            local = {el.tag.rsplit("}", 1)[-1]: el.text or "" for el in core}
            for name, tag in _CORE_PROPERTIES.items():
                if tag in local:
                    out.setdefault(name, local[tag])
        return out

    def field_char(self, el: Element, para: Para) -> None:
        """Follow a complex field; at its end, a DOCPROPERTY field without a stored
        result shows its property's value (where the field is shown at all)."""
        kind = el.get(W + "fldCharType")
        if kind == "begin":
            self.fields.append(_Field())
        elif kind == "separate" and self.fields:
            self.fields[-1].in_result = True
        elif kind == "end" and self.fields:
            field = self.fields.pop()
            shown = all(f.in_result for f in self.fields)
            if shown and not field.has_result:
                value = self.property_value(field.instruction)
                if value.strip():
                    self.shown_text(value, para)

    def shown_text(self, text: str, para: Para) -> None:
        para.add(text)
        if text.strip():
            for f in self.fields:
                f.has_result = True

    # -- body -------------------------------------------------------------------------

    def blocks(self, parent: Element, out: list[Para], *, numbered: bool = True) -> None:
        for el in parent:
            tag = el.tag
            if tag == W + "p":
                out.append(self.paragraph(el, numbered=numbered))
            elif tag == W + "tbl":
                for row in _children(el, W + "tr"):
                    cells: list[list[Para]] = []
                    for cell in _children(row, W + "tc"):
                        cells.append([])
                        self.blocks(cell, cells[-1], numbered=numbered)
                    out.extend(_row(cells))
            elif tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "ins"):
                self.blocks(el, out, numbered=numbered)

    def paragraph(self, p: Element, *, numbered: bool = True) -> Para:
        para = Para("")
        ppr = p.find(W + "pPr")
        if ppr is not None:
            style = ppr.find(W + "pStyle")
            sid = style.get(W + "val", "") if style is not None else ""
            outline = ppr.find(W + "outlineLvl")
            if sid in self.heading_styles or (
                outline is not None and outline.get(W + "val", "9") < "9"
            ):
                para.kind = BlockKind.HEADING
            num = ppr.find(W + "numPr")
            if num is not None and numbered:
                num_id_el, ilvl_el = num.find(W + "numId"), num.find(W + "ilvl")
                num_id = num_id_el.get(W + "val", "") if num_id_el is not None else ""
                ilvl = int(ilvl_el.get(W + "val", "0")) if ilvl_el is not None else 0
                label = self.numbering.label(num_id, ilvl)
                if label:
                    para.add(label + " ")
        self.inline(p, para)
        return para

    def inline(self, parent: Element, para: Para) -> None:
        for el in parent:
            tag = el.tag
            if tag in _SKIP:
                continue
            if tag == W + "r":
                self.run(el, para)
            elif tag == _MC_ALTERNATE:
                continue
            elif tag == W + "fldSimple":
                before = len(para.text)
                self.inline(el, para)
                if not para.text[before:].strip():
                    value = self.property_value(el.get(W + "instr", ""))
                    if value.strip():
                        self.shown_text(value, para)
            else:
                # hyperlink, smartTag, ins, fldSimple, sdt, sdtContent, moveTo, customXml
                self.inline(el, para)

    def run(self, r: Element, para: Para) -> None:
        rpr = r.find(W + "rPr")
        superscript = False
        if rpr is not None:
            if rpr.find(W + "vanish") is not None:
                return
            va = rpr.find(W + "vertAlign")
            superscript = va is not None and va.get(W + "val") == "superscript"
        if superscript:
            texts = "".join(t.text or "" for t in r.iter(W + "t"))
            if texts.strip().isdigit() and len(texts.strip()) <= 3:
                para.mark(texts.strip())
                return
        for el in r:
            tag = el.tag
            if tag == W + "t" and self.custom_pending is not None:
                # The text after a reference with customMarkFollows is its mark.
                label = (el.text or "").strip()
                if label:
                    ref = self.custom_pending
                    kind, note_id, _ = self.note_refs[ref]
                    self.note_refs[ref] = (kind, note_id, label)
                    self.custom_pending = None
                continue
            if tag == W + "t":
                self.shown_text(el.text or "", para)
            elif tag == W + "fldChar":
                self.field_char(el, para)
            elif tag == W + "instrText":
                if self.fields and not self.fields[-1].in_result:
                    self.fields[-1].instruction += el.text or ""
            elif tag == W + "tab":
                para.add("\t")
            elif tag in (W + "br", W + "cr"):
                para.add(" " if el.get(W + "type") in ("page", "column") else "\n")
            elif tag == W + "noBreakHyphen":
                para.add("-")
            elif tag in (W + "footnoteReference", W + "endnoteReference"):
                kind = "footnote" if tag == W + "footnoteReference" else "endnote"
                self.note_refs.append((kind, el.get(W + "id", ""), None))
                para.mark(f"\x00{len(self.note_refs) - 1}")
                if el.get(W + "customMarkFollows") in ("1", "true", "on"):
                    self.custom_pending = len(self.note_refs) - 1

    # -- notes ------------------------------------------------------------------------

    def notes(self, member: str, kind: str) -> dict[str, str]:
        root = self._xml(member)
        if root is None:
            return {}
        out: dict[str, str] = {}
        self.fields = []
        for note in root.iter(W + kind):
            if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            paras: list[Para] = []
            self.blocks(note, paras, numbered=False)
            out[note.get(W + "id", "")] = " ".join(
                " ".join(p.text.split()) for p in paras if p.text.strip()
            )
        return out


def read_docx(data: bytes, name: str, label: str) -> Source:
    """Read a DOCX file's bytes as a Source with its structure."""
    from ..errors import InputError

    archive = SafeZip(data, name)
    if not archive.has("word/document.xml"):
        raise InputError(name, "not a Word document (no word/document.xml)")
    reader = _Reader(archive, name)
    root = reader._xml("word/document.xml")
    body = root.find(W + "body") if root is not None else None
    if body is None:
        raise InputError(name, "Word document without a body")
    paras: list[Para] = []
    reader.blocks(body, paras)
    footnotes = reader.notes("word/footnotes.xml", "footnote")
    endnotes = reader.notes("word/endnotes.xml", "endnote")
    warnings: list[str] = []
    # Number the references in reading order as Word does: footnotes, then endnotes after
    # them; a reference with a custom mark shows that mark and takes no number.
    shown: dict[tuple[str, str], str] = {}
    counters = {"footnote": 0, "endnote": 0}
    for kind, note_id, custom in reader.note_refs:
        if (kind, note_id) in shown:
            continue
        if custom is None:
            counters[kind] += 1
        shown[(kind, note_id)] = custom if custom is not None else f"{kind}:{counters[kind]}"
    custom_keys = {(k, i) for k, i, c in reader.note_refs if c is not None}
    n_foot = counters["footnote"]
    for key, value in shown.items():
        if value.startswith("footnote:"):
            shown[key] = value.split(":")[1]
        elif value.startswith("endnote:"):
            shown[key] = str(n_foot + int(value.split(":")[1]))
    if counters["endnote"]:
        warnings.append(f"{name}: endnotes read as footnotes {n_foot + 1} and on")
    for para in paras:
        para.markers = [
            (o, shown[reader.note_refs[int(m[1:])][:2]] if m.startswith("\x00") else m)
            for o, m in para.markers
        ]
    notes: list[Note] = []
    for (kind, note_id), mark in shown.items():
        note_text = (footnotes if kind == "footnote" else endnotes).get(note_id, "")
        if (kind, note_id) in custom_keys and note_text.startswith(mark):
            note_text = note_text[len(mark) :].lstrip()  # a custom mark typed in the note
        notes.append(Note(mark, note_text))
    if not any(p.text.strip() for p in paras):
        raise InputError(name, "Word document has no text")
    return build_source(label, name, "docx", paras, notes, tuple(warnings))
