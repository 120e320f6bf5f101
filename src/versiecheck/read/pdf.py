"""Typeset PDF: text with what the page tells, through pypdfium2 (PDFium).

Characters are taken with their position and size, not as a stream of text: lines are
rebuilt from baselines (PDFium's own line breaks are not always there), and the page
then tells what the text alone cannot.

- **Superscript markers**: digits set smaller than the line and raised above its
  baseline are footnote markers; they are written as superscript digits (``brief¹``),
  which the segmenter reads as markers without guessing.
- **Footnote bodies**: small type at the page bottom after a gap is set off by a blank
  line, so the segmenter takes the numbered lines there as bodies.
- **Paragraphs**: a gap larger than the line pitch becomes a blank line.
- **Reading order**: regions drawn out of order are put top to bottom; a narrow column
  in smaller type beside the text (a letterhead) is read where a blank band first runs
  across the page below it. Pieces of one line drawn at different times (a word space
  apart on one baseline) are one line, and a cell centred between two rows of cells (a
  cover's ``113TH CONGRESS } SENATE { REPORT`` over ``2d Session } { 113–310``) is read
  in the upper row, as a table's row-spanning cell is written.
- **Furniture**: rotated text (a production or watermark line up the page edge) is left
  out, and so are lines that only say which page this is (``Pagina 1 van 2``), lines
  repeated at the same place on other pages (with their block: a repeated line standing
  alone among page 1's own letterhead stays), lines in the top and bottom margins
  repeated with only numbers changed that go with the page, and a print job number
  standing alone that the page's production line carries too (GPO's ``49–010`` beside
  ``Jkt 049010``).
- **Drawings**: punctuation drawn far taller than the letters around it (a brace that
  groups a cover page's lines) and a lone glyph of a symbolic font that sets nothing
  else (an end ornament) are not text.

Line-end hyphens are undone by the segmenter, as for text.

Pages are separated by a form feed; the Source remembers where each page starts, so
locations are reported as page and line on that page. Encrypted and corrupt files, and
files with no text layer (scans), are refused with a one-line reason.
"""

from __future__ import annotations

import bisect
import ctypes
import itertools
import re
import statistics
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from .. import parallel
from ..errors import InputError
from ..model import Source
from ..segment.lines import evidence_pages, running_lines

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
#: A superscript is set at most this share of the line's type size ...
SUPER_SIZE = 0.85
#: ... and raised at least this share of the line's size above its baseline.
SUPER_RISE = 0.18
#: A vertical gap this many times the typical line pitch separates paragraphs.
PARAGRAPH_GAP = 1.3
#: Type at most this share of the body size counts as small (footnote bodies).
SMALL_TYPE = 0.9
#: The top and bottom margins where repeated text is a running head or foot (page share).
EDGE = 0.1
_DIGITS = re.compile(r"\d+")
#: A line that says only which page this is (``Pagina 2 van 4``, ``Page 3 of 10``), also
#: run together and twice on one line, as LibreOffice draws nested page fields in a text
#: box (``7Pagina1van7 1Pagina1van2``): page furniture wherever it stands on the page.
_PAGE_OF = re.compile(
    r"(?i)^(?:\d*\s*(?:pagina|page|blad|seite)\s*\d+\s*(?:van|of|/|von)\s*\d+\s*)+$"
)
#: Pages read at most (a size limit of its own: a PDF can be small and have many pages).
MAX_PAGES = 5000
# Characters PDF fonts use for what is plainly a hyphen or a space.
_FIX = {"\x02": "-", "\u00ad": "-", "\ufffe": "-", "\u00a0": " ", "\t": " "}


@dataclass(slots=True)
class _Char:
    ch: str
    x0: float
    x1: float
    y: float  # baseline
    size: float  # height of the character's loose box: the type size, near enough
    index: int = -1  # the character's index on the PDFium text page


@dataclass(slots=True)
class _Line:
    chars: list[_Char] = field(default_factory=list)
    space_before: set[int] = field(default_factory=set)  # char indices preceded by a space
    baseline: float = 0.0  # set by ``close``
    size: float = 0.0
    x0: float = 0.0
    x1: float = 0.0
    # While the line is built: the tallest size so far and the baseline at that size.
    top: float = 0.0
    base: float = 0.0
    text: str | None = None  # the line's text, once asked for (see ``_line_text``)
    count: int = 0  # characters, set by ``close`` (kept when the characters are not)

    def add(self, c: _Char) -> None:
        if c.size > self.top * 1.05 or not self.chars:
            self.top, self.base = c.size, c.y
        elif c.size >= SUPER_SIZE * self.top:
            self.base = c.y  # the latest body-size character: the line's baseline now
        self.chars.append(c)

    def close(self) -> _Line:
        body = [c for c in self.chars if c.size >= SUPER_SIZE * self.top] or self.chars
        self.baseline = statistics.median(c.y for c in body)
        sizes = [c.size for c in self.chars if not c.ch.isspace()]
        self.size = statistics.median(sizes) if sizes else 0.0
        self.x0 = min(c.x0 for c in self.chars)
        self.x1 = max(c.x1 for c in self.chars)
        self.count = len(self.chars)
        return self


def read_pdf(data: bytes, name: str, label: str) -> Source:
    """Read a PDF's bytes as a Source whose lines are the page's lines."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise InputError(name, _open_problem(str(exc))) from None
    try:
        n_pages = len(doc)
        if n_pages > MAX_PAGES:
            raise InputError(name, f"PDF has {n_pages:,} pages (the limit is {MAX_PAGES:,})")
        # A long PDF's second half is read in a forked child where the caller allows it
        # (versiecheck.parallel): pages are read one by one, each on its own.
        half = n_pages // 2 if n_pages >= PARALLEL_PAGES else n_pages
        child = _read_in_child(data, half, n_pages) if half < n_pages else None
        with parallel.cancelled_on_error(child):
            heights, pages = _read_pages(doc, 0, half, name)
        rest = child.result() if child is not None else None
        if rest is None:
            rest = _read_pages(doc, half, n_pages, name)
        heights += rest[0]
        pages += rest[1]
    finally:
        doc.close()
    if not any(pages):
        raise InputError(name, "PDF has no text layer (scanned or image-only); run OCR first")
    furniture = _furniture(pages, heights)
    pages = [[ln for ln in page if id(ln) not in furniture] for page in pages]
    text, page_starts = _layout(pages)
    src = Source.from_text(label, name, text, "pdf")
    return Source(
        src.label,
        src.path,
        src.format,
        src.text,
        line_starts=src.line_starts,
        page_starts=tuple(page_starts),
    )


#: PDFs of at least this many pages are read by two processes where that is allowed.
PARALLEL_PAGES = 16


def _read_pages(
    doc: Any, first: int, last: int, name: str
) -> tuple[list[float], list[list[_Line]]]:
    """Page heights and lines of pages ``first`` to ``last`` (exclusive)."""
    import pypdfium2 as pdfium

    heights: list[float] = []
    pages: list[list[_Line]] = []
    for i in range(first, last):
        try:
            page = doc[i]
            heights.append(float(page.get_size()[1]))
            pages.append(_page_lines(page))
        except pdfium.PdfiumError as exc:
            raise InputError(name, f"corrupt PDF: page {i + 1} cannot be read ({exc})") from None
    return heights, pages


def _read_in_child(data: bytes, first: int, last: int) -> parallel.Forked[Any] | None:
    """Pages ``first`` to ``last`` read in a forked child (None where not allowed): what
    the rest of the reader needs of each line, without its characters."""
    if not parallel.allowed() or not parallel.can_fork():
        return None

    def work() -> tuple[list[float], list[list[_Line]]]:
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(data)
        try:
            heights, pages = _read_pages(doc, first, last, "")
        finally:
            doc.close()
        return heights, [[_without_chars(ln) for ln in page] for page in pages]

    return parallel.fork_call(work)


def _without_chars(line: _Line) -> _Line:
    return _Line(
        baseline=line.baseline,
        size=line.size,
        x0=line.x0,
        x1=line.x1,
        text=_line_text(line),
        count=line.count,
    )


def _open_problem(message: str) -> str:
    low = message.lower()
    if "password" in low or "security" in low:
        return "encrypted PDF (a password is needed); save an unprotected copy"
    return f"corrupt or unreadable PDF ({message.strip().rstrip('.')})"


def _page_lines(page: Any) -> list[_Line]:
    """The page's text lines, top to bottom, rebuilt from character baselines."""
    from pypdfium2 import raw

    textpage = page.get_textpage()
    try:
        tp = textpage.raw
        count = raw.FPDFText_CountChars(tp)
        x = ctypes.c_double()
        y = ctypes.c_double()
        rect = raw.FS_RECTF()
        # All characters' text in one call; one UTF-16 unit per character index (a
        # character outside the BMP would break that: then ask character by character).
        bulk = textpage.get_text_range(0, count) if count else ""
        by_index = len(bulk) == count
        chars: list[_Char | None] = []  # None: a space, or one PDFium generated
        for i in range(count):
            if by_index:
                ch = bulk[i]
            else:
                code = raw.FPDFText_GetUnicode(tp, i)
                ch = chr(code) if code else ""
            ch = _FIX.get(ch, ch)
            if not ch or ch in " \r\n\x00" or raw.FPDFText_IsGenerated(tp, i):
                chars.append(None)
                continue
            if abs(raw.FPDFText_GetCharAngle(tp, i)) > 0.01:
                continue  # rotated text: a margin line, not the body
            raw.FPDFText_GetCharOrigin(tp, i, ctypes.byref(x), ctypes.byref(y))
            raw.FPDFText_GetLooseCharBox(tp, i, ctypes.byref(rect))
            size = abs(rect.top - rect.bottom) or raw.FPDFText_GetFontSize(tp, i)
            chars.append(_Char(ch, rect.left, rect.right, y.value, size, i))
        chars = _combine_accents(_drop_drawn_brackets(chars))
        lines = [
            ln
            for ln in _lines(chars)
            if not _PAGE_OF.match(_line_text(ln)) and not _ornament(ln, chars, tp, raw)
        ]
        for ln in lines:
            _pi_bullet(ln, tp, raw)
    finally:
        textpage.close()
    return _reading_order(_spanned_rows(_joined_pieces(lines)))


#: Lines whose baselines are this share of the type size apart stand in one row.
ROW = 0.2
#: Pieces of one row this share of the type size apart or less are one line (a word
#: space, stretched); a column's gutter is wider.
WORD_GAP = 0.8


def _joined_pieces(lines: list[_Line]) -> list[_Line]:
    """Pieces of text drawn one after another on one baseline, a word space apart, as one
    line (``WASHINGTON :`` and the year after it, drawn at different times)."""
    if len(lines) < 2:
        return lines
    by_base = sorted(lines, key=lambda ln: (ln.baseline, ln.x0))
    bases = [ln.baseline for ln in by_base]
    after: dict[int, _Line] = {}  # id of a line -> the piece that continues it
    continued: set[int] = set()
    for a in by_base:
        size = max(a.size, 1.0)
        lo = bisect.bisect_left(bases, a.baseline - ROW * size)
        hi = bisect.bisect_right(bases, a.baseline + ROW * size)
        for b in by_base[lo:hi]:
            if (
                b is not a
                and id(b) not in continued
                and -0.5 <= b.x0 - a.x1 <= WORD_GAP * min(a.size, b.size)
                and 0.8 <= b.size / size <= 1.25
            ):
                after[id(a)] = b
                continued.add(id(b))
                break
    if not after:
        return lines
    joined: dict[int, _Line] = {}
    for ln in lines:
        if id(ln) in continued:
            continue
        row = [ln]
        while id(row[-1]) in after and len(row) <= len(lines):
            row.append(after[id(row[-1])])
        if len(row) > 1:
            line = _joined_line(row)
            joined.update((id(piece), line) for piece in row)
    return _replaced(lines, joined)


def _replaced(lines: list[_Line], joined: dict[int, _Line]) -> list[_Line]:
    """The lines with each joined one in the place of the first of its pieces."""
    out: list[_Line] = []
    placed: set[int] = set()
    for ln in lines:
        line = joined.get(id(ln), ln)
        if id(line) not in placed:
            placed.add(id(line))
            out.append(line)
    return out


def _spanned_rows(lines: list[_Line]) -> list[_Line]:
    """A cell set between two rows of cells, with cells left and right of it in both (the
    middle of a cover's heading: ``113TH CONGRESS`` and ``2d Session`` on the left,
    ``REPORT`` and ``113–310`` on the right, ``SENATE`` centred between the rows), is read
    as a table's row-spanning cell is written: in the upper row, between its neighbours.
    Each of the two rows becomes one line, read left to right. Columns of text are never
    joined so: a line in them has text above or below it in its own column."""
    if len(lines) < 3:
        return lines
    by_base = sorted(lines, key=lambda ln: ln.baseline)
    bases = [ln.baseline for ln in by_base]
    joined: dict[int, _Line] = {}  # id of a line -> the row line it became part of
    for cell in lines:
        if id(cell) in joined:
            continue
        size = max(cell.size, 1.0)
        tol = ROW * size
        lo = bisect.bisect_left(bases, cell.baseline - 1.5 * size)
        hi = bisect.bisect_right(bases, cell.baseline + 1.5 * size)
        near = [ln for ln in by_base[lo:hi] if ln is not cell and id(ln) not in joined]
        if any(abs(ln.baseline - cell.baseline) <= tol for ln in near):
            continue  # the cell has company in its own row
        above = [ln for ln in near if ln.baseline > cell.baseline]
        below = [ln for ln in near if ln.baseline < cell.baseline]
        upper = _row(above, min((ln.baseline for ln in above), default=0.0), tol)
        lower = _row(below, max((ln.baseline for ln in below), default=0.0), tol)
        if not (_flanked(upper, cell) and _flanked(lower, cell)):
            continue
        for row in ([*upper, cell], lower):
            line = _joined_line(row)
            for ln in row:
                joined[id(ln)] = line
    return _replaced(lines, joined) if joined else lines


def _row(lines: list[_Line], baseline: float, tol: float) -> list[_Line]:
    return [ln for ln in lines if abs(ln.baseline - baseline) <= tol]


def _flanked(row: list[_Line], cell: _Line) -> bool:
    """The row has text left and right of the cell and none across it."""
    if not row or min(ln.x0 for ln in row) >= cell.x0 or max(ln.x1 for ln in row) <= cell.x1:
        return False
    return not any(
        c.x1 > cell.x0 and c.x0 < cell.x1
        for ln in row
        if ln.x1 > cell.x0 and ln.x0 < cell.x1
        for c in ln.chars
    )


def _joined_line(row: list[_Line]) -> _Line:
    """The row's lines as one line, its characters left to right, with a space where a
    line had one and between the lines."""
    spaced = {id(ln.chars[k]) for ln in row for k in ln.space_before}
    own = {id(c): n for n, ln in enumerate(row) for c in ln.chars}
    line = _Line()
    prev: _Char | None = None
    for c in sorted((c for ln in row for c in ln.chars), key=lambda c: c.x0):
        if prev is not None and (
            id(c) in spaced
            or own[id(c)] != own[id(prev)]
            or c.x0 - prev.x1 > 0.22 * min(prev.size, c.size)
        ):
            line.space_before.add(len(line.chars))
        line.add(c)
        prev = c
    line.close()
    line.baseline = max(ln.baseline for ln in row)  # the row's, not a cell's set lower
    return line


#: A bracket or brace drawn this many times taller than the letters drawn around it
#: groups lines (GPO's cover page) rather than standing in one.
DRAWN = 2.5


def _drop_drawn_brackets(chars: list[_Char | None]) -> list[_Char | None]:
    """Leave out punctuation drawn far taller than the nearest letters before and after
    it: a brace that groups the lines of a cover page's heading. Such glyphs come from
    pi fonts whose codes stand for something else (GPO's braces read as ``"`` and ``!``),
    and would make one line of the lines they group."""
    letters = [k for k, c in enumerate(chars) if c is not None and c.ch.isalnum()]
    out = list(chars)
    for k, c in enumerate(chars):
        if c is None or c.ch.isalnum():
            continue
        at = bisect.bisect(letters, k)
        near = [chars[j] for j in letters[max(0, at - 1) : at + 1]]
        sizes = [n.size for n in near if n is not None]
        if sizes and c.size > DRAWN * max(sizes):
            out[k] = None
    return out


#: Spacing accents a typesetter may draw over a letter, with the combining mark each is.
_ACCENTS = {
    "\u00b4": "\u0301",  # ´ acute
    "`": "\u0300",
    "\u00a8": "\u0308",  # ¨ diaeresis
    "\u02c6": "\u0302",  # ˆ circumflex
    "^": "\u0302",
    "\u02dc": "\u0303",  # ˜ tilde
    "\u00b8": "\u0327",  # ¸ cedilla
    "\u02da": "\u030a",  # ˚ ring
    "\u02c7": "\u030c",  # ˇ caron
    "\u02d8": "\u0306",  # ˘ breve
    "\u02dd": "\u030b",  # ˝ double acute
    "\u00af": "\u0304",  # ¯ macron
}


def _combine_accents(chars: list[_Char | None]) -> list[_Char | None]:
    """A spacing accent drawn over the letter before it is that letter's accent (``RAU´ L``
    in GPO's small capitals is ``RAÚL``): the two become one character where Unicode has
    it, and a space that PDFium put after the accent, where the next letter follows the
    accented one without a gap, goes too."""
    out: list[_Char | None] = []
    k = 0
    while k < len(chars):
        c = chars[k]
        prev = out[-1] if out else None
        mark = _ACCENTS.get(c.ch) if c is not None else None
        if c is None or prev is None or mark is None or not prev.ch.isalpha():
            out.append(c)
            k += 1
            continue
        middle = (c.x0 + c.x1) / 2
        combined = unicodedata.normalize("NFC", prev.ch + mark)
        if not prev.x0 <= middle <= prev.x1 or len(combined) != 1:
            out.append(c)
            k += 1
            continue
        out[-1] = _Char(combined, prev.x0, prev.x1, prev.y, prev.size, prev.index)
        k += 1
        after = chars[k + 1] if k + 1 < len(chars) else None
        glued = after is not None and after.x0 - prev.x1 < 0.1 * prev.size
        if k < len(chars) and chars[k] is None and glued:
            k += 1  # PDFium's space after the accent: the word goes on
    return out


def _ornament(line: _Line, chars: list[_Char | None], tp: Any, raw: Any) -> bool:
    """A line of one glyph from a symbolic font (its descriptor says so) that sets nothing
    else on the page: an ornament from a pi font, whatever letter the font's encoding
    names it by (GPO's end mark reads as ``Æ``). A page number in a text font that is
    flagged symbolic too (TeX's, many embedded subsets) sets the rest of the page."""
    if len(line.chars) != 1 or line.chars[0].index < 0:
        return False
    index = line.chars[0].index
    font = _font(tp, raw, index)
    if font is None or not raw.FPDFFont_GetFlags(font) & _SYMBOLIC:
        return False
    address = ctypes.cast(font, ctypes.c_void_p).value
    return not any(
        c is not None
        and c.index != index
        and (other := _font(tp, raw, c.index)) is not None
        and ctypes.cast(other, ctypes.c_void_p).value == address
        for c in chars
    )


def _pi_bullet(line: _Line, tp: Any, raw: Any) -> None:
    """A list bullet set in a pi font is a bullet, whatever letter the font's encoding
    names it by (GPO's ``○`` and ``◾`` read as ``æ`` and ``D``): the first glyph of a line,
    in a font that is symbolic only, set apart from text in a text font after it."""
    cs = line.chars
    if len(cs) < 3 or cs[0].index < 0 or cs[1].index < 0 or cs[0].ch == BULLET:
        return
    if 1 not in line.space_before and cs[1].x0 - cs[0].x1 < WORD_GAP / 4 * cs[0].size:
        return  # set against the word after it: part of the word
    font = _font(tp, raw, cs[0].index)
    if font is None or raw.FPDFFont_GetFlags(font) & (_SYMBOLIC | _NONSYMBOLIC) != _SYMBOLIC:
        return
    after = _font(tp, raw, cs[1].index)
    if after is None or not raw.FPDFFont_GetFlags(after) & _NONSYMBOLIC:
        return
    cs[0].ch = BULLET
    line.text = None


BULLET = "\u2022"


def _font(tp: Any, raw: Any, index: int) -> Any:
    obj = raw.FPDFText_GetTextObject(tp, index)
    font = raw.FPDFTextObj_GetFont(obj) if obj else None
    return font or None


_SYMBOLIC = 4  # font descriptor flag: glyphs outside the standard Latin character set
_NONSYMBOLIC = 32  # font descriptor flag: the standard Latin character set


def _reading_order(lines: list[_Line]) -> list[_Line]:
    """Runs of lines in drawing order, each going down the page, ordered by their top.

    A content stream may draw the footnotes or the running head first, or a letterhead
    column before the body: each such region is a run (the drawing order moves up the
    page where one begins), cut where it jumps down over other runs' lines in its columns
    (a page number drawn together with the footnotes at the page bottom). Runs are put
    top to bottom; within a run the drawing order stays, so that two columns are not
    interleaved line by line. A narrow column in
    smaller type beside a run (a letterhead column beside the address and subject) is
    read where a blank band first runs across the page below it, as a reader takes the
    block of both columns before the body under them, whichever was drawn first.
    """
    runs: list[list[_Line]] = []
    for ln in lines:
        if runs and ln.baseline < runs[-1][-1].baseline - 0.5:
            runs[-1].append(ln)
        else:
            runs.append([ln])
    runs = [piece for run in runs for piece in _split_over_others(run, lines)]
    runs.sort(key=lambda run: (-round(run[0].baseline), run[0].x0))
    flow: list[_Line] = []
    placed: list[list[_Line]] = []
    after: dict[int, int] = {}  # id of a line -> lines of side columns put after it
    for run in runs:
        at = next((_cut_below(main, run) for main in placed if _beside(main, run)), None)
        placed.append(run)
        if at is None:
            flow.extend(run)
            continue
        k = flow.index(at) + 1 + after.get(id(at), 0)
        flow[k:k] = run
        after[id(at)] = after.get(id(at), 0) + len(run)
    return flow


def _split_over_others(run: list[_Line], lines: list[_Line]) -> list[list[_Line]]:
    """A run cut where it jumps down over lines of other runs in the same columns: the
    page number drawn before the footnotes at the bottom, a cover page's heading drawn
    with the imprint at its foot. Each piece then takes its own place by its top."""
    pieces = [[run[0]]]
    for a, b in itertools.pairwise(run):
        if a.baseline - b.baseline > 2 * max(a.size, b.size) and any(
            b.baseline + 0.5 < o.baseline < a.baseline - 0.5
            and o.x0 < max(a.x1, b.x1)
            and o.x1 > min(a.x0, b.x0)
            for o in lines
        ):
            pieces.append([b])
        else:
            pieces[-1].append(b)
    return pieces


def _beside(main: list[_Line], side: list[_Line]) -> bool:
    """``side`` is a narrow column in smaller type beside ``main``, starting within it."""
    if len(main) < 2 or not main[-1].baseline < side[0].baseline <= main[0].baseline:
        return False
    left, right = min(ln.x0 for ln in side), max(ln.x1 for ln in side)
    main_left, main_right = min(ln.x0 for ln in main), max(ln.x1 for ln in main)
    apart = left >= main_right or right <= main_left
    narrow = right - left < 0.5 * (main_right - main_left)
    smaller = statistics.median(ln.size for ln in side) < SMALL_TYPE * statistics.median(
        ln.size for ln in main
    )
    return apart and narrow and smaller


def _cut_below(main: list[_Line], side: list[_Line]) -> _Line:
    """The line of ``main`` after which ``side`` is read: the last before the first
    paragraph gap that ends below the side column (else ``main``'s last line)."""
    bottom = side[-1].baseline
    pitch = statistics.median(a.baseline - b.baseline for a, b in itertools.pairwise(main))
    for a, b in itertools.pairwise(main):
        if b.baseline < bottom and a.baseline - b.baseline > PARAGRAPH_GAP * pitch:
            return a
    return main[-1]


def _lines(chars: list[_Char | None]) -> list[_Line]:
    lines: list[_Line] = []
    cur = _Line()
    space = False
    left = 0.0  # the leftmost character of the line so far
    for c in chars:
        if c is None or c.ch == " ":
            space = True
            continue
        if cur.chars:
            last = cur.chars[-1]
            ref = max(cur.top, c.size, 1.0)
            rise = abs(c.y - cur.base)
            same_line = rise < 0.5 * ref or (
                # a raised or lowered small character continuing to the right
                c.size < SUPER_SIZE * ref and c.x0 >= last.x0 - 1 and rise < 0.8 * ref
            )
            # A character at the line's size drawn well left of all of it so far, or
            # further on than a word space and off the baseline, starts another piece of
            # text beside it (a cover's cells drawn one after another).
            apart = c.size >= SUPER_SIZE * ref and (
                c.x1 < left - ref or (c.x0 - last.x1 > WORD_GAP * ref and rise > ROW * ref)
            )
            if not same_line or apart:
                lines.append(cur.close())
                cur = _Line()
                space = False
            elif space or c.x0 - last.x1 > 0.22 * min(last.size, c.size):
                cur.space_before.add(len(cur.chars))
        left = min(left, c.x0) if cur.chars else c.x0
        cur.add(c)
        space = False
    if cur.chars:
        lines.append(cur.close())
    return lines


def _line_text(line: _Line) -> str:
    """The line's text, with superscript digit runs written as superscripts."""
    if line.text is None:
        line.text = _read_line_text(line)
    return line.text


def _read_line_text(line: _Line) -> str:
    size = max((c.size for c in line.chars if c.ch.isalpha()), default=line.size)
    base = line.baseline
    out: list[str] = []
    for k, c in enumerate(line.chars):
        raised = c.ch.isdigit() and c.size <= SUPER_SIZE * size and c.y - base >= SUPER_RISE * size
        if k in line.space_before and not (raised and out and out[-1] != " "):
            out.append(" ")
        out.append(c.ch.translate(_SUPERSCRIPT) if raised else c.ch)
    text = "".join(out)
    # Two single quotes set as one double quote (GPO's typefaces do this): what the page
    # shows is a double quote.
    text = text.replace("‘‘", "“").replace("’’", "”")
    # Ligatures (ﬁ, ﬂ) and other compatibility forms of letters, as a reader would type them.
    if any(0xFB00 <= ord(ch) <= 0xFB06 for ch in text):
        text = "".join(
            unicodedata.normalize("NFKC", ch) if 0xFB00 <= ord(ch) <= 0xFB06 else ch for ch in text
        )
    return text.strip()


def _furniture(pages: list[list[_Line]], heights: list[float]) -> set[int]:
    """Lines that repeat on other pages at the same place (running heads and feet, page
    numbers, a letterhead column, a production line), or, in the top and bottom margins,
    with the same text: ids of the lines to leave out. (Lines that only say which page
    this is are left out where the page is read.)

    A line repeated at the same place is furniture where it repeats with its block: a
    line that matches one line of a longer repeated block but stands alone is kept. As
    for running heads, the first page of a longer document is no evidence: a title page
    that repeats lines of the cover at their place does not make them furniture."""
    out: set[int] = set()
    if len(pages) < 2:
        return out
    needed = 2 if len(pages) <= 4 else max(2, len(pages) // 3)
    placed: dict[tuple[str, int, int], list[tuple[int, int]]] = {}
    edged: dict[str, list[tuple[int, str, int]]] = {}
    for n, (page, height) in enumerate(zip(pages, heights, strict=True)):
        for ln in page:
            exact = " ".join(_line_text(ln).split()).casefold()
            if not exact:
                continue
            # Away from the margins only the same text at the same place repeats (a
            # letterhead column); in the margins numbers may differ (``Pagina 2 van 4``),
            # as long as they go with the pages (not ``Vraag 7`` and ``Vraag 12``).
            key = (exact, round(ln.x0 / 3), round(ln.baseline / 3))
            placed.setdefault(key, []).append((n, id(ln)))
            if min(ln.baseline, height - ln.baseline) < EDGE * height:
                edged.setdefault(_DIGITS.sub("#", exact), []).append((n, exact, id(ln)))
    # A letterhead column repeats as a block: where one of its lines stands alone among
    # lines that do not repeat (page 1's own letterhead opens with the line that the
    # running letterhead of later pages opens with), it is that page's text.
    repeated = [
        same
        for same in placed.values()
        if len(evidence_pages([n + 1 for n, _id in same], len(pages))) >= needed
    ]
    ids = {line_id for same in repeated for _n, line_id in same}
    block: dict[int, int] = {}  # line id -> repeated lines in a row around it on its page
    for page in pages:
        row: list[_Line] = []
        for ln in page:
            if id(ln) in ids and (not row or _next_in_column(row[-1], ln)):
                row.append(ln)
                continue
            block.update((id(in_row), len(row)) for in_row in row)
            row = [ln] if id(ln) in ids else []
        block.update((id(in_row), len(row)) for in_row in row)
    for same in repeated:
        largest = max(block[line_id] for _n, line_id in same)
        out.update(line_id for _n, line_id in same if 2 * block[line_id] >= largest)
    for alike in edged.values():
        running = running_lines([(n + 1, exact) for n, exact, _id in alike], len(pages))
        out.update(line_id for (_n, _e, line_id), run in zip(alike, running, strict=True) if run)
    out.update(_job_numbers(pages, out))
    return out


#: A print job number standing alone (GPO's jacket number ``49–010`` on a cover's foot).
_JOB_NUMBER = re.compile(r"\d{1,4}[-‐–]\d{2,4}")


def _job_numbers(pages: list[list[_Line]], furniture: set[int]) -> set[int]:
    """Lines that are only a job number which the page's production line carries too
    (``49–010`` beside ``Jkt 049010``): the printer's, not the document's. A number
    alone without a dash (a year, a page number) is never taken for one."""
    out: set[int] = set()
    for page in pages:
        codes = {
            d.lstrip("0")
            for ln in page
            if id(ln) in furniture
            for d in _DIGITS.findall(_line_text(ln))
            if len(d) >= 4
        }
        if not codes:
            continue
        for ln in page:
            text = _line_text(ln)
            if id(ln) not in furniture and _JOB_NUMBER.fullmatch(text):
                digits = "".join(_DIGITS.findall(text)).lstrip("0")
                if len(digits) >= 4 and digits in codes:
                    out.add(id(ln))
    return out


def _next_in_column(above: _Line, below: _Line) -> bool:
    """``below`` follows ``above`` in one column: under it, overlapping it across, within a
    few lines (a letterhead column leaves a blank line or two between its groups)."""
    gap = above.baseline - below.baseline
    across = min(above.x1, below.x1) > max(above.x0, below.x0)
    return across and 0 < gap <= 5 * max(above.size, below.size)


def _layout(pages: list[list[_Line]]) -> tuple[str, list[int]]:
    """Text with a form feed between pages and blank lines at paragraph gaps."""
    # The body size: the size most characters are set in.
    weight: dict[float, int] = {}
    for page in pages:
        for ln in page:
            key = round(ln.size, 1)
            weight[key] = weight.get(key, 0) + ln.count
    body = max(weight, key=lambda k: weight[k]) if weight else 10.0
    out: list[str] = []
    pos = 0
    page_starts: list[int] = []
    for n, page in enumerate(pages):
        if n:
            out.append("\f\n")
            pos += 2
        page_starts.append(pos)
        # The line pitch of each type size on this page (a letterhead column in small
        # type is set tighter than the body).
        gaps: dict[float, list[float]] = {}
        for a, b in itertools.pairwise(page):
            if round(a.size) == round(b.size) and 0 < a.baseline - b.baseline < 3 * a.size:
                gaps.setdefault(round(b.size), []).append(a.baseline - b.baseline)
        pitches = {k: statistics.median(v) for k, v in gaps.items()}
        prev: _Line | None = None
        for line in page:
            text = _line_text(line)
            if not any(ch.isalnum() for ch in text):
                continue  # a rule, an ornament, a row of dots: no text
            if prev is not None:
                pitch = pitches.get(round(line.size), line.size * 1.2)
                gap = prev.baseline - line.baseline
                to_small = prev.size > SMALL_TYPE * body >= line.size
                # A line above the last one starts another region (a side column).
                if gap > PARAGRAPH_GAP * pitch or (to_small and gap > 1.1 * pitch) or gap < 0:
                    out.append("\n")
                    pos += 1
            out.append(text + "\n")
            pos += len(text) + 1
            prev = line
    return "".join(out), page_starts
