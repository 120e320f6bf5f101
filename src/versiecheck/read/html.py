"""HTML editions (officielebekendmakingen.nl pages, word processors' HTML export).

Parsed with the standard library's tolerant ``html.parser`` into an element tree, then
walked like XML (see ``markup``): ``p``, ``li``, ``td`` and headings are paragraphs;
``sup`` digits and links to ``#…`` targets that hold a note are markers; the note bodies
(elements with ids such as ``fn1``, ``sdfootnote1``, ``noot1``, or ``class`` footnote
containers) become footnotes. Scripts, styles, navigation and the document head are
left out. HTML has no external entities to resolve and character references come from a
fixed table, so there is nothing to expand.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from xml.etree.ElementTree import Element

from ..errors import InputError
from ..model import Source
from .markup import Profile, Walk
from .structured import build_source
from .text import decode_text

_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_NOTE_ID = re.compile(r"(?i)^(?:sd)?(?:foot|end)?note-?\d+$|^fn-?\d+$|^noot-?\d+$|^ftn\d+$")
_NOTE_CLASS = re.compile(r"(?i)\b(?:footnote|endnote|noot|sdfootnote)\b")

HTML = Profile(
    name="html",
    skip=frozenset("head script style nav noscript template svg form button".split()),
    inline=frozenset(
        "a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strong "
        "sub sup time u var".split()
    ),
    headings=frozenset("h1 h2 h3 h4 h5 h6".split()),
    breaks=frozenset({"br"}),
    notes=frozenset({"note"}),  # set by the builder on note containers
    note_number=frozenset({"notenumber"}),
    note_refs=frozenset({"noteref"}),
    ref_attrs=("href",),
    signatures=frozenset(),
    cells=frozenset({"td", "th"}),
    rows=frozenset({"tr"}),
    blocks=frozenset("p li dt dd blockquote pre h1 h2 h3 h4 h5 h6 caption".split()),
)


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("html")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        el = Element(tag, attributes)
        self.stack[-1].append(el)
        if tag not in _VOID:
            self.stack.append(el)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].append(Element(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for k in range(len(self.stack) - 1, 0, -1):
            if self.stack[k].tag == tag:
                del self.stack[k:]
                return

    def handle_data(self, data: str) -> None:
        parent = self.stack[-1]
        if len(parent):
            last = parent[-1]
            last.tail = (last.tail or "") + data
        else:
            parent.text = (parent.text or "") + data


def _mark_notes(root: Element) -> None:
    """Rename note containers and links to them so the markup walker knows them."""
    note_ids: set[str] = set()
    for el in root.iter():
        # Word processors' exported page header and footer: page furniture.
        if el.get("title") in ("header", "footer") or el.tag in ("header", "footer"):
            el.tag = "nav"
            continue
        ident = el.get("id", "")
        if (
            (ident and _NOTE_ID.match(ident))
            or (
                el.tag in ("div", "aside", "section", "li", "p")
                and _NOTE_CLASS.search(el.get("class", ""))
                and not el.get("href")
            )
        ) and el.tag in ("div", "aside", "li", "p", "section"):
            el.tag = "note"
            if ident:
                note_ids.add(ident)
    # Anchors inside a note (``<a name="sdfootnote1sym">``) stand for the note.
    anchor_note: dict[str, str] = {}
    for note in root.iter("note"):
        for a in note.iter():
            for key in ("name", "id"):
                if a is not note and a.get(key) and note.get("id"):
                    anchor_note[a.get(key, "")] = note.get("id", "")
    for el in root.iter():
        href = el.get("href", "")
        if el.tag == "a" and href.startswith("#"):
            target = href[1:]
            if target in note_ids:
                el.tag = "noteref"
            elif target in anchor_note:
                el.tag = "noteref"
                el.set("href", "#" + anchor_note[target])
    # A note's own number is the link back to its reference, at its start.
    for note in root.iter("note"):
        for a in note.iter():
            if a.tag in ("a", "noteref") and "".join(a.itertext()).strip().rstrip(".").isdigit():
                a.tag = "notenumber"
                break


def read_html(data: bytes, name: str, label: str) -> Source:
    """Read an HTML edition as a Source with its structure."""
    text, _encoding, warnings = decode_text(data, name)
    builder = _TreeBuilder()
    try:
        builder.feed(text)
        builder.close()
    except (AssertionError, ValueError) as exc:  # html.parser is tolerant; guard anyway
        raise InputError(name, f"cannot be parsed as HTML ({exc})") from None
    root = builder.root
    _mark_notes(root)
    body = root.find(".//body")
    walk = Walk(HTML)
    walk.blocks(body if body is not None else root)
    paras, notes = walk.finish()
    if not any(p.text.strip() for p in paras):
        raise InputError(name, "HTML document has no text")
    return build_source(label, name, "html", paras, notes, warnings)
