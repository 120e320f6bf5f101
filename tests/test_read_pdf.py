"""PDF: what the page tells (superscripts, page bottoms, running heads, pages and lines)."""

from __future__ import annotations

import ctypes
import io
import random
from pathlib import Path

import pytest

import versiecheck
from versiecheck.errors import InputError
from versiecheck.read import read_path
from versiecheck.segment import segment

FIX = Path(__file__).resolve().parent.parent / "fixtures"
LETTER = FIX / "kst-32317-994-lo" / "letter.pdf"

#: (x, baseline, type size, text) of one line drawn on a page.
Drawn = tuple[float, float, float, str]


def make_pdf(
    pages: list[list[Drawn]],
    width: float = 595.0,
    height: float = 842.0,
    fonts: dict[str, bytes] | None = None,
) -> bytes:
    """A small PDF with each line drawn in Helvetica (or the standard font ``fonts``
    names for its text) where it is said, in the order given (the order of the content
    stream, which the reader does not trust)."""
    import pypdfium2 as pdfium
    from pypdfium2 import raw

    pdf = pdfium.PdfDocument.new()
    for items in pages:
        page = pdf.new_page(width, height)
        for x, y, size, text in items:
            font = (fonts or {}).get(text, b"Helvetica")
            obj = raw.FPDFPageObj_NewTextObj(pdf.raw, font, ctypes.c_float(size))
            buf = ctypes.create_string_buffer((text + "\0").encode("utf-16-le"))
            raw.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)))
            raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
            raw.FPDFPage_InsertObject(page.raw, obj)
        raw.FPDFPage_GenerateContent(page.raw)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def read_pdf_lines(tmp_path: Path, pages: list[list[Drawn]]) -> list[str]:
    path = tmp_path / "made.pdf"
    path.write_bytes(make_pdf(pages))
    return [ln for ln in read_path(path, "A").text.replace("\f", "").splitlines() if ln]


_WORDS = (
    "de minister heeft het verslag van de raad op tijd aan uw Kamer gezonden zoals zij bij "
    "de behandeling van de begroting had toegezegd en daarbij de stand van zaken gemeld"
).split()


def _body(top: float, n: int, page: int = 0) -> list[Drawn]:
    """``n`` lines of body text in 10 pt from ``top`` down, different on every page."""
    pick = random.Random(page)
    return [(72.0, top - 14 * k, 10.0, " ".join(pick.sample(_WORDS, 8))) for k in range(n)]


def test_superscript_markers_by_size_and_rise() -> None:
    doc = segment(read_path(LETTER, "A"))
    assert [(m.number, m.raw) for m in doc.markers] == [
        (1, "brief¹"),
        (2, "lidstaten,²"),
        (3, "shopping’.³"),
        (4, "spelen.⁴"),
    ]


def test_footnote_bodies_at_the_page_bottom() -> None:
    doc = segment(read_path(LETTER, "A"))
    assert [f.number for f in doc.footnotes] == [3, 4]
    assert doc.footnotes[1].text.startswith("CULTNET is een informeel EU netwerk")
    loc = doc.location(doc.footnotes[0].source_offset)
    assert loc.page == 3  # the page of its marker, at the bottom


def test_locations_are_page_and_line_on_the_page() -> None:
    src = read_path(LETTER, "A")
    doc = segment(src)
    assert len(src.page_starts) == 4
    loc = doc.location(doc.markers[1].source_offset)
    # The 19th line of text on page 2 (the running head and blank lines not counted).
    assert (loc.page, loc.line) == (2, 19)
    page2 = [ln for ln in src.text[src.page_starts[1] : src.page_starts[2]].splitlines() if ln]
    assert "lidstaten,²" in page2[loc.line - 1]
    assert loc.to_json()["page"] == 2


def test_running_head_and_page_numbers_are_not_text() -> None:
    doc = segment(read_path(LETTER, "A"))
    text = " ".join(b.text for b in doc.blocks)
    assert "vergaderjaar 2025–2026, 32 317, nr. 994" not in text


def test_hyphenation_at_line_ends_is_undone() -> None:
    # LibreOffice hyphenated the Dutch text; no block keeps a line-end hyphen split.
    src = read_path(LETTER, "A")
    doc = segment(src)
    broken = [ln for ln in src.text.splitlines() if ln.endswith("-") and not ln.endswith(" -")]
    assert broken, "the fixture should hyphenate some line ends"
    word = broken[0].split()[-1][:-1]
    assert any(word in b.text and f"{word}- " not in b.text for b in doc.blocks)


def test_gpo_production_line_and_rotated_margin_text_are_left_out() -> None:
    src = read_path(FIX / "us-uslm-reports" / "113srpt310" / "report.pdf", "A")
    assert "with REPORTS" not in src.text  # rotated watermark up the page edge
    doc = segment(src)
    assert not any("VerDate" in b.text for b in doc.blocks)  # repeated production line


def test_peer_pair_one_extra_full_stop() -> None:
    pair = FIX / "peer-fixtures" / "diff-pdf-visually"
    report = versiecheck.compare(pair / "base.pdf", pair / "base_plus_period.pdf")
    assert [(f.rule, f.b.excerpt if f.b else "") for f in report.findings] == [
        ("text-punctuation", ".")
    ]
    assert report.findings[0].a is not None and report.findings[0].a.page == 1


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("encrypted.pdf", "encrypted PDF"),
        ("truncated.pdf", "corrupt or unreadable PDF"),
        ("not-a-pdf.pdf", "corrupt or unreadable PDF"),
        ("image-only.pdf", "no text layer"),
    ],
)
def test_broken_pdfs(name: str, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        read_path(FIX / "broken" / name, "A")


def test_a_line_that_only_says_which_page_is_furniture_anywhere(tmp_path: Path) -> None:
    # LibreOffice draws a letter template's nested page fields in a text box mid-page,
    # run together ("1Pagina1van2"), and twice on one line at the foot of page 1.
    lines = read_pdf_lines(
        tmp_path,
        [
            [
                *_body(700, 3),
                (468, 375, 6, "1Pagina1van2"),
                (468, 33, 6, "7Pagina1van7 1Pagina1van2"),
            ],
            [*_body(700, 3, page=2), (468, 33, 6, "Pagina 2 van 2")],
        ],
    )
    assert not [ln for ln in lines if "agina" in ln]
    # One page only, and in English: still a page number, not text.
    single = read_pdf_lines(tmp_path, [[*_body(700, 2), (300, 400, 8, "Page 1 of 1")]])
    assert single == [text for _x, _y, _s, text in _body(700, 2)]


def test_headings_alike_at_page_tops_are_text_but_running_feet_are_not(tmp_path: Path) -> None:
    # "Vraag 7" and "Vraag 12" at the top of two pages of six, in the top margin, only look
    # like a running head; "Kamerstuk 32 317, nr. 994 – 2, 3, …" goes with the page and is
    # a running foot.
    heads = {1: "Vraag 7", 2: "Vraag 12"}
    pages = [
        [
            *([(72.0, 770.0, 10.0, heads[n])] if n in heads else []),
            *_body(756, 4, page=n),
            (72, 40, 8, f"Kamerstuk 32 317, nr. 994 – {n + 2}"),
        ]
        for n in range(6)
    ]
    lines = read_pdf_lines(tmp_path, pages)
    assert [ln for ln in lines if ln.startswith("Vraag")] == ["Vraag 7", "Vraag 12"]
    assert not [ln for ln in lines if "Kamerstuk" in ln]
    path = tmp_path / "made.pdf"
    text = " ".join(b.text for b in segment(read_path(path, "A")).blocks)
    # The text segmenter, which sees the first lines of pages 2 and 3, keeps them too.
    assert "Vraag 7" in text and "Vraag 12" in text and "Kamerstuk" not in text


def test_a_letterhead_column_is_read_before_the_body_under_it(tmp_path: Path) -> None:
    # Page 1 of a Dutch ministry letter: address and subject on the left, the letterhead
    # column in small type on the right beside them, the body below both. Whether the
    # column is drawn after the body (LibreOffice) or before it, it is read after the
    # subject and before the body, as the Word document has it.
    left: list[Drawn] = [
        (72, 700, 10, "Aan de Voorzitter van de Tweede Kamer"),
        (72, 686, 10, "Postbus 20018"),
        (72, 620, 10, "Datum 4 december 2023"),
        (72, 606, 10, "Onderwerp Beantwoording Kamervragen over"),
        (72, 592, 10, "het manifest van de agenten"),
        (72, 540, 10, "In antwoord op uw brief deel ik u mede dat de"),
        (72, 526, 10, "vragen worden beantwoord zoals aangegeven."),
    ]
    column: list[Drawn] = [
        (430, 690, 7, "Directoraat-Generaal"),
        (430, 681, 7, "Turfmarkt 147"),
        (430, 660, 7, "Ons kenmerk"),
        (430, 651, 7, "5086975"),
        (430, 600, 7, "Bij beantwoording de datum"),
        (430, 591, 7, "en ons kenmerk vermelden."),
    ]
    want = [t for *_, t in left[:5]] + [t for *_, t in column] + [t for *_, t in left[5:]]
    assert read_pdf_lines(tmp_path, [left + column]) == want
    assert read_pdf_lines(tmp_path, [column + left]) == want


def test_two_columns_of_body_text_are_not_cut(tmp_path: Path) -> None:
    # Two columns in the same type: the second is read after the whole first one.
    first = [(72.0, 700 - 14.0 * k, 10.0, f"links {k} " + "woord " * 5) for k in range(8)]
    second = [(320.0, 700 - 14.0 * k, 10.0, f"rechts {k} " + "woord " * 5) for k in range(5)]
    got = read_pdf_lines(tmp_path, [second + first])
    assert [ln.split()[0] for ln in got] == ["links"] * 8 + ["rechts"] * 5


def test_a_running_letterhead_block_is_furniture_but_page_1_keeps_its_own(tmp_path: Path) -> None:
    # Pages 2 and 3 carry a running letterhead of four lines; page 1's own letterhead
    # opens with the same line at the same place, then goes on differently. That line is
    # page 1's text; the running block and a stamp repeated alone on every page are not.
    running: list[Drawn] = [
        (430, 690, 7, "Directoraat-Generaal"),
        (430, 682, 7, "Politie en Veiligheidsregio's"),
        (430, 670, 7, "Datum"),
        (430, 661, 7, "4 december 2023"),
    ]
    own: list[Drawn] = [
        (430, 690, 7, "Directoraat-Generaal"),
        (430, 675, 7, "Politie en Veiligheidsregio's"),
        (430, 660, 7, "Turfmarkt 147"),
        (430, 651, 7, "2511 DP Den Haag"),
    ]
    stamp: Drawn = (250, 300, 9, "CONCEPT")
    pages = [[*_body(700, 4, page=n), stamp, *(own if n == 0 else running)] for n in range(3)]
    lines = read_pdf_lines(tmp_path, pages)
    assert lines.count("Directoraat-Generaal") == 1
    assert lines.count("Politie en Veiligheidsregio's") == 1
    assert "Turfmarkt 147" in lines and "Datum" not in lines and "CONCEPT" not in lines


def test_a_drawn_brace_and_a_lone_pi_font_glyph_are_not_text(tmp_path: Path) -> None:
    # GPO's cover page groups "113TH CONGRESS / 2d Session" with a brace drawn three
    # lines tall from a pi font (it reads as '"'), and ends the report with an ornament
    # whose symbolic font names it 'Æ'. Here: a 30 pt brace beside 8 pt lines, and a
    # lone glyph of the symbolic standard font Symbol on a line of its own.
    page: list[Drawn] = [
        *_body(700, 3),
        (290, 600, 12, "α"),
        (72, 560, 8, "113TH CONGRESS"),
        (72, 550, 8, "2d Session"),
        (160, 547, 30, "}"),
        (180, 555, 8, "SENATE"),
    ]
    path = tmp_path / "cover.pdf"
    path.write_bytes(make_pdf([page], fonts={"α": b"Symbol"}))
    lines = [ln for ln in read_path(path, "A").text.splitlines() if ln]
    assert lines[3:] == ["113TH CONGRESS", "2d Session", "SENATE"]
    # A lone glyph of a symbolic font that sets other text on the page (TeX's text fonts
    # and many embedded subsets are flagged symbolic) is text: a page number, a label.
    page = [(72.0, 700.0, 10.0, "αβγ δεζ ηθι"), (72.0, 680.0, 10.0, "α"), *_body(600, 2)]
    path.write_bytes(make_pdf([page], fonts={"α": b"Symbol", "αβγ δεζ ηθι": b"Symbol"}))
    assert read_path(path, "A").text.splitlines()[:3] == ["αβγ δεζ ηθι", "α", ""]
    # Punctuation as tall as the letters around it stays: a heading's quotes and dashes.
    heading = [(72.0, 700.0, 30.0, "“YOUTH” – ACT"), *_body(600, 2)]
    path.write_bytes(make_pdf([heading]))
    assert read_path(path, "A").text.splitlines()[0] == "“YOUTH” – ACT"


def test_a_run_that_jumps_down_over_other_text_is_cut(tmp_path: Path) -> None:
    # GPO draws a page's number at the top, then its footnotes at the bottom, then the
    # body: the footnotes come after the body, not between the page number and the body.
    notes: list[Drawn] = [
        (147, 171, 6.6, "¹ https://www.youtube.com/watch?v=CwduW_zw18U."),
        (147, 164, 6.6, "² https://www.foxnews.com/politics/mcauliffe-says."),
    ]
    page = [(300.0, 700.0, 9.4, "19"), *notes, *_body(641, 6)]
    lines = read_pdf_lines(tmp_path, [page])
    assert lines[0] == "19" and lines[-2:] == [t for *_, t in notes]


def test_a_print_job_number_the_production_line_carries_is_furniture(tmp_path: Path) -> None:
    # GPO's cover prints the job number ("49–010") at its foot; the production line at
    # the bottom of every page carries it too ("Jkt 049010"). A number of the same shape
    # that the production line does not carry, and a year alone, are text.
    def production(n: int) -> Drawn:
        return (25, 20, 6, f"VerDate Sep 11 2014 04:09 Dec 18, 2014 Jkt 049010 Frm 0000{n}")

    cover: list[Drawn] = [
        *_body(700, 3),
        (270, 98, 6, "WASHINGTON :"),
        (270, 80, 6, "2014"),
        (270, 70, 6, "12–345"),
        production(1),
        (160, 98, 6, "49–010"),  # (drawn on its own, at the left margin)
    ]
    pages = [
        cover,
        [*_body(700, 4, page=1), production(2)],
        [*_body(700, 4, page=2), production(3)],
    ]
    lines = read_pdf_lines(tmp_path, pages)
    assert "49–010" not in lines
    assert "2014" in lines and "12–345" in lines and "WASHINGTON :" in lines
    assert not [ln for ln in lines if "VerDate" in ln]


@pytest.mark.parametrize(
    "cells",
    [
        # Drawn column by column: the left column, the right one, then the middle.
        [
            (151, 618, 6.0, "113TH CONGRESS"),
            (163, 608, 7.5, "2d Session"),
            (414, 618, 7.5, "REPORT"),
            (289, 612, 7.5, "SENATE"),
            (412, 608, 7.5, "113–310"),
        ],
        # Drawn row by row with the middle first, so close above the lower row that the
        # characters of "SENATE" and "2d Session" follow one another on nearly one line.
        [
            (147, 621, 6.5, "113TH CONGRESS"),
            (419, 621, 6.5, "REPORT"),
            (287, 613, 8.5, "SENATE"),
            (162, 610, 8.5, "2d Session"),
            (406, 610, 8.5, "113–310"),
        ],
    ],
)
def test_a_cover_heading_table_is_read_row_by_row(tmp_path: Path, cells: list[Drawn]) -> None:
    # GPO's report heading: "113TH CONGRESS } SENATE { REPORT" over "2d Session } { 113–310",
    # the chamber centred between the rows, as the XML's layout table has it (the
    # middle cell spans both rows and is written in the first).
    page = [*cells, *_body(520, 4)]
    lines = read_pdf_lines(tmp_path, [page])
    assert lines[:2] == ["113TH CONGRESS SENATE REPORT", "2d Session 113–310"]
    assert len(lines) == 6


def test_a_line_between_body_lines_is_no_spanning_cell(tmp_path: Path) -> None:
    # A centred line set between two lines of text that run across it stays a line of its
    # own: only a cell with cells left and right of it above and below joins a row.
    page: list[Drawn] = [
        (72, 700, 10, "A first line of text that runs across the page"),
        (200, 694, 10, "centred"),
        (72, 688, 10, "and a second line that runs across it as well"),
    ]
    assert read_pdf_lines(tmp_path, [page]) == [t for *_, t in page]


def test_pieces_of_one_line_drawn_apart_are_one_line(tmp_path: Path) -> None:
    # "WASHINGTON :" and the year a word space after it, drawn at different times (GPO's
    # cover imprint), are one line. (Columns a gutter apart stay apart: see
    # test_two_columns_of_body_text_are_not_cut.)
    page: list[Drawn] = [
        (270, 98, 6, "WASHINGTON :"),  # (about 45 pt wide)
        *_body(700, 2),
        (318, 98, 6, "2014"),
    ]
    lines = read_pdf_lines(tmp_path, [page])
    assert "WASHINGTON : 2014" in lines and "2014" not in lines


def test_a_cover_line_the_title_page_repeats_in_place_is_text(tmp_path: Path) -> None:
    # Six pages: the cover and the title page (pages 1 and 3) open with the same line at
    # the same place. A repeat with page 1 is no evidence of furniture in a document this
    # long; the same line on pages 2 and 4 would be.
    pages = [
        [*([(340.0, 637.0, 13.0, "Calendar No. 618")] if n in (0, 2) else []), *_body(600, 4, n)]
        for n in range(6)
    ]
    assert read_pdf_lines(tmp_path, pages).count("Calendar No. 618") == 2
    pages = [
        [*([(340.0, 637.0, 13.0, "Calendar No. 618")] if n in (1, 3) else []), *_body(600, 4, n)]
        for n in range(6)
    ]
    assert read_pdf_lines(tmp_path, pages).count("Calendar No. 618") == 0


def test_a_bullet_set_in_a_pi_font_is_a_bullet() -> None:
    """GPO sets list bullets in pi fonts whose encodings name them ``æ`` and ``D``; read
    as letters they glued to the item (``D the right to …``) and the items no longer
    matched the XML's ``◾ the right to …``."""
    text = read_path(FIX / "us-uslm-reports" / "118hrpt9" / "report.pdf", "A").text
    items = [ln.strip() for ln in text.splitlines() if "the right to review the curriculum" in ln]
    assert items and all(item.startswith("• the right to") for item in items)
    assert not [ln for ln in text.splitlines() if ln.lstrip().startswith(("D the ", "æ "))]


def test_a_spacing_accent_drawn_over_a_letter_is_its_accent() -> None:
    """GPO sets accented small capitals as a letter with a spacing accent drawn over it,
    and PDFium reads a space after the accent: ``RAU´ L`` is ``RAÚL``."""
    text = read_path(FIX / "us-uslm-reports" / "118hrpt9" / "report.pdf", "A").text
    assert "RAÚL GRIJALVA" in text and "RAU´" not in text
    from versiecheck.read.pdf import _Char, _combine_accents

    def word(chars: list[_Char | None]) -> str:
        return "".join(" " if c is None else c.ch for c in _combine_accents(chars))

    u, acute, l_ = _Char("U", 0, 6, 0, 10), _Char("´", 1.5, 4.5, 1, 10), _Char("L", 6.2, 11, 0, 10)
    assert word([u, acute, None, l_]) == "ÚL"
    assert word([u, _Char("´", 8, 10, 0, 10), None, l_]) == "U´ L"  # beside it, not over it
    assert word([_Char("'", 0, 2, 0, 10), acute]) == "'´"  # over no letter
    assert word([u, acute, None, _Char("L", 9, 14, 0, 10)]) == "Ú L"  # a real space after
