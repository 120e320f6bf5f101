"""Reader speed, in pages per second, and the PDF library comparison behind the choice.

    python bench/readers.py            # measure and print
    python bench/readers.py --write    # also replace the "Readers" section of BENCHMARKS.md

Each reader is timed on committed fixtures (best of N runs of read + segment, in this
process, after one warm-up). "Pages" for a structured file is the page count of the
same document typeset (the LibreOffice PDF beside a DOCX, the GPO PDF beside a USLM XML),
so the figures compare like with like. The library comparison extracts the same two GPO
PDFs with pypdfium2, pdfplumber (pdfminer.six) and pypdf when those are installed
(``pip install pdfplumber pypdf``); it never installs anything.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from _common import machine, replace_section

ROOT = Path(__file__).resolve().parents[1]
FIX = ROOT / "fixtures"
RUNS = 5

# (label, file, pages of the typeset rendering of the same document)
CASES = [
    ("pdf", "us-uslm-reports/118hrpt9/report.pdf", 55),
    ("pdf", "us-uslm-reports/113srpt310/report.pdf", 6),
    ("pdf", "kst-32317-994-lo/letter.pdf", 4),
    ("docx", "kst-32317-994-lo/letter.docx", 4),
    ("docx", "nl-kamervragen-docx/kv-beckerman-ienw-jenv.docx", 7),
    ("odt", "kst-32317-994-lo/letter.odt", 4),
    ("html", "kst-32317-994-lo/letter.html", 4),
    ("xml (USLM)", "us-uslm-reports/113srpt310/report.xml", 6),
    ("text", "kst-32317-994/typeset.txt", 4),
]


def best(fn: Callable[[], object], runs: int = RUNS) -> float:
    fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def readers() -> list[tuple[str, str, int, float]]:
    sys.path.insert(0, str(ROOT / "src"))
    from versiecheck.parallel import allowing, can_fork
    from versiecheck.read import read_path
    from versiecheck.read.pdf import PARALLEL_PAGES
    from versiecheck.segment import segment

    out = []
    for label, rel, pages in CASES:
        path = FIX / rel
        seconds = best(lambda p=path: segment(read_path(p, "A")))  # type: ignore[misc]
        out.append((label, rel, pages, seconds))
        if label == "pdf" and pages >= PARALLEL_PAGES and can_fork():
            with allowing(True):  # as the CLI's compare reads: half the pages in a child
                seconds = best(lambda p=path: segment(read_path(p, "A")))  # type: ignore[misc]
            out.append(("pdf, two processes", rel, pages, seconds))
    return out


def libraries() -> list[tuple[str, str, int, float, str]]:
    """pypdfium2 against the usual alternatives on the GPO PDFs (what each gives us)."""
    cases = [
        FIX / "us-uslm-reports/118hrpt9/report.pdf",
        FIX / "us-uslm-reports/113srpt310/report.pdf",
    ]
    out: list[tuple[str, str, int, float, str]] = []

    def pdfium_chars(path: Path) -> int:
        import ctypes

        import pypdfium2 as pdfium
        from pypdfium2 import raw

        doc = pdfium.PdfDocument(path)
        x, y = ctypes.c_double(), ctypes.c_double()
        rect = raw.FS_RECTF()
        for i in range(len(doc)):
            tp = doc[i].get_textpage()
            for k in range(raw.FPDFText_CountChars(tp.raw)):
                raw.FPDFText_GetUnicode(tp.raw, k)
                raw.FPDFText_GetCharOrigin(tp.raw, k, ctypes.byref(x), ctypes.byref(y))
                raw.FPDFText_GetLooseCharBox(tp.raw, k, ctypes.byref(rect))
        return len(doc)

    def pdfium_text(path: Path) -> int:
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(path)
        for i in range(len(doc)):
            doc[i].get_textpage().get_text_range()
        return len(doc)

    def plumber_chars(path: Path) -> int:
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                _ = page.chars
            return len(pdf.pages)

    def pypdf_text(path: Path) -> int:
        import logging

        import pypdf

        logging.getLogger("pypdf").setLevel(logging.ERROR)
        reader = pypdf.PdfReader(path)
        for page in reader.pages:
            page.extract_text()
        return len(reader.pages)

    for name, fn, gives in (
        ("pypdfium2, characters with position and size", pdfium_chars, "position, size, rise"),
        ("pypdfium2, plain text", pdfium_text, "text only"),
        ("pdfplumber (pdfminer.six), characters", plumber_chars, "position, size, rise"),
        ("pypdf, plain text", pypdf_text, "text only"),
    ):
        for path in cases:
            try:
                pages = fn(path)
            except ImportError:
                break
            seconds = best(lambda f=fn, p=path: f(p), runs=3)  # type: ignore[misc]
            out.append((name, path.parent.name, pages, seconds, gives))
    return out


def section(
    rows: list[tuple[str, str, int, float]], libs: list[tuple[str, str, int, float, str]]
) -> str:
    lines = [
        f"`python bench/readers.py --write`: read + segment, best of {RUNS} runs in one process "
        f"after a warm-up. Machine: {machine()}.",
        "",
        "| reader | file | pages | time | pages/s |",
        "|---|---|---|---|---|",
    ]
    for label, rel, pages, seconds in rows:
        lines.append(
            f"| {label} | `{rel}` | {pages} | {seconds * 1000:.0f} ms | {pages / seconds:.0f} |"
        )
    lines += [
        "",
        '"Pages" of a DOCX, ODT, HTML or XML file is the page count of the same document',
        "typeset (LibreOffice's PDF of it, or the GPO PDF), so rows compare like with like.",
    ]
    if libs:
        lines += [
            "",
            "PDF libraries on the GPO PDFs (extraction only, best of 3):",
            "",
            "| library, what is extracted | PDF | pages | time | pages/s | gives |",
            "|---|---|---|---|---|---|",
        ]
        for name, file, pages, seconds, gives in libs:
            rate = pages / seconds
            lines.append(
                f"| {name} | {file} | {pages} | {seconds * 1000:.0f} ms | {rate:.0f} | {gives} |"
            )
    return "\n".join(lines)


def main() -> None:
    body = section(readers(), libraries())
    print(body)
    if "--write" in sys.argv:
        replace_section("Readers", body)


if __name__ == "__main__":
    main()
