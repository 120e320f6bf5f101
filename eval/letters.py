"""A letter as content, and two ways to print it: as a typeset publication and as a Word
text. The evaluation plants differences in the content and prints each side in its own
layout, so that the printed pair differs in layout everywhere and in content only where
planted; `render` says on which lines each part of the letter ended up, so a finding can
be matched with the difference it reports.

Footnote markers are written ``⟦n⟧`` right after a word in paragraph text.
"""

from __future__ import annotations

import copy
import re
import textwrap
from dataclasses import dataclass, field

MARK = re.compile(r"⟦(\d+)⟧")
_SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


@dataclass
class Para:
    tag: str  # "p3", "x1" (annex): where findings about this paragraph may point
    text: str
    heading: bool = False


@dataclass
class Person:
    initials: str  # "D.M."
    first: str  # "David"
    particle: str  # "van", "" …
    surname: str
    title: str = ""  # "mr.", "dr." …
    form: str = "initials"  # "initials" or "first"
    particle_case: str = "lower"  # "lower" or "upper"

    def written(self) -> str:
        given = self.initials if self.form == "initials" else self.first
        particle = self.particle
        if particle and self.particle_case == "upper":
            particle = particle[0].upper() + particle[1:]
        return " ".join(x for x in (self.title, given, particle, self.surname) if x)


@dataclass
class Signature:
    tag: str
    role: str  # "De minister van Justitie en Veiligheid"
    person: Person
    name_first: bool = False  # English style: the name, the role under it, no comma


@dataclass
class Letter:
    lang: str  # "nl" or "en"
    header: list[str]  # typeset header lines: dossier, "Nr. 994  Brief van …", addressee
    dateline: str  # "Den Haag, 3 februari 2026" ("" for none)
    body: list[Para]
    notes: dict[int, str]
    closing: str  # "" or "Hoogachtend," / "Yours sincerely,"
    signatures: list[Signature]
    annex: list[Para] = field(default_factory=list)

    def clone(self) -> Letter:
        return copy.deepcopy(self)

    def paragraphs(self) -> list[Para]:
        return self.body + self.annex

    def marker_para(self, number: int) -> Para | None:
        for p in self.paragraphs():
            if f"⟦{number}⟧" in p.text:
                return p
        return None


@dataclass(frozen=True)
class Layout:
    """How one rendering prints: a typeset PDF's text or a Word letter saved as text."""

    width: int | None = 62  # None: one line per paragraph
    hyphenate: bool = True
    page_lines: int | None = 44  # None: no pages
    notes: str = "bottom"  # "bottom" of the page, or "flow" after the paragraph
    marker: str = "digit"  # "digit" (brief1), "bracket" ([1]), "paren" ((1)), "super" (¹)
    para_gap: str = " "  # the line between paragraphs: " " (typeset) or "" (Word)
    sig_gap: bool = False  # a blank line between role and name
    running_head: str = ""


def _marker(number: str, style: str) -> str:
    if style == "bracket":
        return f"[{number}]"
    if style == "paren":
        return f"({number})"
    if style == "super":
        return number.translate(_SUPER)
    return number


def _wrap(text: str, layout: Layout) -> list[str]:
    if layout.width is None:
        return [text]
    lines = textwrap.wrap(text, layout.width, break_long_words=False, break_on_hyphens=False) or [
        ""
    ]
    if not layout.hyphenate:
        return lines
    out: list[str] = []
    carry = ""
    for k, line in enumerate(lines):
        line = f"{carry}{line}" if carry else line
        carry = ""
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        first = nxt.split(" ", 1)[0] if nxt else ""
        room = layout.width - len(line) - 2
        if first.isalpha() and first.islower() and len(first) >= 12 and room >= 6:
            cut = min(room, len(first) - 4)
            out.append(f"{line} {first[:cut]}-")
            lines[k + 1] = nxt[len(first) :].lstrip()
            carry = first[cut:] + (" " if lines[k + 1] else "")
            continue
        out.append(line)
    if carry:
        out.append(carry.strip())
    return [ln for ln in out if ln.strip()]


@dataclass
class Rendered:
    text: str
    lines: dict[str, tuple[int, int]]  # tag -> first and last line, 1-based


def render(letter: Letter, layout: Layout) -> Rendered:
    """Print the letter in a layout; the map says where each tagged part stands."""
    out: list[str] = []
    where: dict[str, tuple[int, int]] = {}
    pending: list[int] = []  # notes to print at the bottom of this page
    page_start = 0

    def mark(tag: str, first: int) -> None:
        if len(out) > first:
            old = where.get(tag)
            lo = first + 1 if old is None else min(old[0], first + 1)
            where[tag] = (lo, len(out))

    def note_lines(number: int) -> list[str]:
        style = layout.marker if layout.marker in ("bracket", "paren") else "digit"
        text = f"{_marker(str(number), style)} {letter.notes.get(number, '')}"
        return _wrap(text, layout)

    def flush_notes() -> None:
        if not pending:
            return
        out.append("")
        for n in pending:
            first = len(out)
            out.extend(note_lines(n))
            mark(f"n{n}", first)
        pending.clear()

    def page_break() -> None:
        nonlocal page_start
        flush_notes()
        out.extend(["", "", "", " "])
        page_start = len(out)
        if layout.running_head:
            out.append(layout.running_head)
            out.append("")

    def emit(lines: list[str], tag: str, together: bool = False) -> None:
        if (
            together
            and layout.page_lines
            and len(out) - page_start + len(lines) + len(pending) * 2 >= layout.page_lines
        ):
            page_break()  # a signature block is never split over two pages
        first = len(out)
        for line in lines:
            numbers = [int(n) for n in MARK.findall(line)]
            text = MARK.sub(lambda m: _marker(m.group(1), layout.marker), line)
            if layout.page_lines and len(out) - page_start + len(pending) * 2 >= layout.page_lines:
                mark(tag, first)
                page_break()
                first = len(out)
            out.append(text)
            if layout.notes == "bottom":
                pending.extend(n for n in numbers if n in letter.notes and n not in pending)
            else:
                pending_flow.extend(n for n in numbers if n in letter.notes)
        mark(tag, first)

    pending_flow: list[int] = []

    def emit_flow_notes() -> None:
        for n in pending_flow:
            first = len(out)
            out.append("")
            out.extend(note_lines(n))
            mark(f"n{n}", first + 1)
        pending_flow.clear()

    if letter.header:
        for k, line in enumerate(letter.header):
            emit(_wrap(line, layout) if k == 1 else [line], "header")
            if k == 1:
                out.append("")
    if letter.dateline:
        emit([letter.dateline], "date")
    if letter.header or letter.dateline:
        out.append(layout.para_gap)
    for para in letter.body:
        emit(_wrap(para.text, layout), para.tag)
        emit_flow_notes()
        out.append(layout.para_gap)
    if letter.closing:
        emit([letter.closing], "closing", together=True)
        out.append("")
    for sig in letter.signatures:
        name = sig.person.written()
        if sig.name_first:
            emit([name, sig.role], sig.tag, together=True)
        else:
            lines = [f"{sig.role},"] + ([""] if layout.sig_gap else []) + [name]
            emit(lines, sig.tag, together=True)
        out.append("")
    if letter.annex:
        if layout.page_lines:
            page_break()
        else:
            out.append("")
        for para in letter.annex:
            emit(_wrap(para.text, layout), para.tag)
            emit_flow_notes()
            out.append(layout.para_gap if not para.heading else "")
    flush_notes()
    return Rendered("\n".join(out) + "\n", where)


TYPESET = Layout(running_head="Tweede Kamer, vergaderjaar 2025–2026, 32 317, nr. 994")
WORD = Layout(width=84, hyphenate=False, page_lines=None, notes="flow", para_gap="", sig_gap=True)
