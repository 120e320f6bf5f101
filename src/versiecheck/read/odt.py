"""OpenDocument text (ODT, and flat FODT): paragraphs, headings, real footnotes.

What is read: ``text:p`` and ``text:h`` in order (list items and table cells paragraph by
paragraph), headings from ``text:h`` and from paragraph styles whose name says heading,
soft line breaks (``text:line-break``), spaces (``text:s``, ``text:tab``), accepted tracked
changes (deletions in ``text:tracked-changes`` are left out), and real footnotes
(``text:note`` of class footnote, and endnotes after them) with their citation as the
marker. Superscript digits typed by hand (a text style with ``style:text-position``
raised) are markers without a body.

Left out on purpose: headers and footers (master pages), frames and drawings, annotations,
the table of contents' generated text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import InputError
from ..model import BlockKind, Source
from .safe import SafeZip, parse_xml
from .structured import Note, Para, build_source

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_SKIP = frozenset(
    {
        TEXT + "tracked-changes",
        OFFICE + "annotation",
        OFFICE + "annotation-end",
        TEXT + "table-of-content",
        TEXT + "index-title",
        DRAW + "frame",
        DRAW + "custom-shape",
        TEXT + "sequence-decls",
        TEXT + "variable-decls",
        TEXT + "bookmark-ref",
    }
)


class _Reader:
    def __init__(self, styles: list[Element]) -> None:
        self.raised: set[str] = set()
        self.heading_styles: set[str] = set()
        self.notes: list[Note] = []
        self.auto = {"footnote": 0, "endnote": 0}
        self.endnotes: list[tuple[str, str]] = []
        for root in styles:
            for style in root.iter(STYLE + "style"):
                name = style.get(STYLE + "name", "")
                props = style.find(STYLE + "text-properties")
                if props is not None:
                    pos = props.get(STYLE + "text-position", "")
                    if pos.startswith("super") or (pos[:1].isdigit() and pos.split()[0] != "0%"):
                        self.raised.add(name)
                display = (style.get(STYLE + "display-name") or name).lower()
                if style.get(STYLE + "default-outline-level") or display.startswith(
                    ("heading", "kop", "title", "titel")
                ):
                    self.heading_styles.add(name)
        # A style whose parent is a heading style is a heading too (a few levels deep).
        for _ in range(3):
            for root in styles:
                for style in root.iter(STYLE + "style"):
                    if style.get(STYLE + "parent-style-name") in self.heading_styles:
                        self.heading_styles.add(style.get(STYLE + "name", ""))

    def blocks(self, parent: Element, out: list[Para]) -> None:
        for el in parent:
            tag = el.tag
            if tag in _SKIP:
                continue
            if tag in (TEXT + "p", TEXT + "h"):
                para = Para("")
                if tag == TEXT + "h" or el.get(TEXT + "style-name", "") in self.heading_styles:
                    para.kind = BlockKind.HEADING
                self.inline(el, para)
                out.append(para)
            else:
                # text:list, list-item, section, table, table-row, table-cell, ...
                self.blocks(el, out)

    def inline(self, parent: Element, para: Para) -> None:
        if parent.text:
            para.add(parent.text)
        for el in parent:
            tag = el.tag
            if tag in _SKIP:
                pass
            elif tag == TEXT + "s":
                para.add(" " * int(el.get(TEXT + "c", "1") or 1))
            elif tag == TEXT + "tab":
                para.add("\t")
            elif tag == TEXT + "line-break":
                para.add("\n")
            elif tag == TEXT + "soft-page-break":
                pass
            elif tag == TEXT + "note":
                self.note(el, para)
            elif tag == TEXT + "span" and el.get(TEXT + "style-name", "") in self.raised:
                texts = "".join(el.itertext()).strip()
                if texts.isdigit() and len(texts) <= 3:
                    para.mark(texts)
                else:
                    self.inline(el, para)
            else:
                self.inline(el, para)
            if el.tail:
                para.add(el.tail)

    def note(self, el: Element, para: Para) -> None:
        kind = "endnote" if el.get(TEXT + "note-class") == "endnote" else "footnote"
        citation = el.find(TEXT + "note-citation")
        mark = ""
        if citation is not None:
            mark = (citation.get(TEXT + "label") or "".join(citation.itertext())).strip()
        self.auto[kind] += 1
        if not mark:
            mark = str(self.auto[kind])
        body_el = el.find(TEXT + "note-body")
        body_paras: list[Para] = []
        if body_el is not None:
            self.blocks(body_el, body_paras)
        body = " ".join(" ".join(p.text.split()) for p in body_paras if p.text.strip())
        if kind == "footnote":
            self.notes.append(Note(mark, body))
            para.mark(mark)
        else:
            self.endnotes.append((mark, body))
            para.mark("\x00" + mark)


def read_odt(data: bytes, name: str, label: str) -> Source:
    """Read an ODT (zip) or flat ODT (one XML file) as a Source with its structure."""
    if data[:4] == b"PK\x03\x04":
        archive = SafeZip(data, name)
        if not archive.has("content.xml"):
            raise InputError(name, "not an OpenDocument file (no content.xml)")
        content = parse_xml(archive.read("content.xml"), name, "ODT content")
        styles = [content]
        if archive.has("styles.xml"):
            styles.append(parse_xml(archive.read("styles.xml"), name, "ODT styles"))
    else:
        content = parse_xml(data, name, "flat ODT")
        styles = [content]
    body = content.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise InputError(name, "OpenDocument file without a text body (not a text document?)")
    reader = _Reader(styles)
    paras: list[Para] = []
    reader.blocks(body, paras)
    notes = list(reader.notes)
    warnings: tuple[str, ...] = ()
    if reader.endnotes:
        # Endnotes after the footnotes, numbered on from them (as the DOCX reader does).
        base = len(notes)
        renumber = {m: str(base + k) for k, (m, _b) in enumerate(reader.endnotes, 1)}
        notes.extend(Note(renumber[m], b) for m, b in reader.endnotes)
        for para in paras:
            para.markers = [
                (o, renumber[m[1:]] if m.startswith("\x00") else m) for o, m in para.markers
            ]
        warnings = (f"{name}: endnotes read as footnotes {base + 1} and on",)
    if not any(p.text.strip() for p in paras):
        raise InputError(name, "OpenDocument file has no text")
    return build_source(label, name, "odt", paras, notes, warnings)
