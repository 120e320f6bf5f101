"""The HTML report as markup: self-contained, every document character escaped, rows side
by side with highlights and footnotes, each finding linked to an element that exists.
(How it behaves in a real browser: ``test_report_browser.py``.)"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import versiecheck
from versiecheck.report import batch_renderer, renderer
from versiecheck.report.json import to_dict

HOSTILE = '<script>window.pwned=1</script><img src="http://e.test/x.png" onerror="pwned=2">'
PLAIN = (
    "Den Haag, 3 februari 2026\n\nGeachte voorzitter,\n\n"
    "Hierbij stuur ik u de brief over het beleid van dit jaar aan de Kamer.\n"
)


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    return parser


def test_self_contained_and_no_request_possible(seed_report: versiecheck.Report) -> None:
    page = renderer("html")(seed_report)
    tags = _parse(page).tags
    assert [t for t, _ in tags].count("script") == 1
    assert [t for t, _ in tags].count("style") == 1
    for tag, attrs in tags:
        assert tag not in {"img", "link", "iframe", "object", "embed"}
        assert "src" not in attrs, tag
        href = attrs.get("href") or ""
        assert href.startswith("#") or tag != "a", href
    csp = next(a["content"] for t, a in tags if a.get("http-equiv") == "Content-Security-Policy")
    assert csp is not None and csp.startswith("default-src 'none';")
    assert "@media print" in page


def test_document_markup_never_reaches_the_page() -> None:
    report = versiecheck.compare_text(PLAIN, PLAIN.replace("de brief", f"de brief {HOSTILE}"))
    assert report.findings  # the hostile text is quoted in a finding and in a paragraph
    page = renderer("html")(report)
    tags = _parse(page).tags
    assert [t for t, _ in tags].count("script") == 1
    assert not any(t == "img" or "onerror" in a for t, a in tags)
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in page
    assert page.count("window.pwned") == page.count("&lt;script&gt;window.pwned")


def test_rows_highlights_and_footnotes_beside_their_paragraph(
    seed_report: versiecheck.Report,
) -> None:
    page = renderer("html")(seed_report)
    rows = re.findall(r'<section class="row k-([a-z-]+)" id="(g\d+)"', page)
    assert len(rows) == len(seed_report.alignment)
    assert {kind for kind, _ in rows} >= {"match", "change", "merge", "only-a"}
    assert "<del" in page and "<ins" in page
    # Footnote 1: B has its body beside the paragraph that refers to it; A only a marker.
    row = next(s for s in page.split("<section ") if 'href="#b-fn1"' in s)
    assert 'id="b-fn1"' in row and "Tweede Kamer, vergaderjaar 2025-2026" in row
    assert '<p class="fn missing" id="a-fn1">' in row


def test_every_finding_links_to_an_element_of_the_page(seed_report: versiecheck.Report) -> None:
    page = renderer("html")(seed_report)
    ids = set(re.findall(r' id="([^"]+)"', page))
    links = re.findall(r'<a id="(f\d+)" href="#([^"]+)" class="flink">', page)
    assert len(links) == len(seed_report.findings) == 10
    assert all(target in ids for _, target in links)
    # The footnote finding (A 28:21, ‘brief1’) leads to its spot in the paragraph holding
    # line 28 of A: at the word the marker is glued to.
    target = dict(links)["f2"]
    assert target == "f2-a"
    section = next(s for s in page.split("<section ") if f'id="{target}"' in s)
    assert 'data-lines="24-34"' in section
    assert re.search(r'<span class="spot" id="f2-a"></span>brief<sup class="fnref">', section)
    # Findings on both sides have a spot on each; the link goes to A's.
    assert page.count('class="spot"') >= 15
    for sev, n in (("error", 2), ("warning", 5), ("info", 3)):
        assert page.count(f'data-severity="{sev}"') == n


def test_batch_overview(seed_report: versiecheck.Report) -> None:
    batch = {
        "schema": "versiecheck/batch/1",
        "pairs": [
            {"name": "seed <1>", "a": "a/t.txt", "b": "b/t.txt", "status": "ok", "error": None,
             "exit_code": 1, "report": to_dict(seed_report)},
            {"name": "lost", "a": "a/x.txt", "b": None, "status": "error",
             "error": "b/x.txt: no such file", "exit_code": 2, "report": None},
        ],
    }  # fmt: skip
    page = batch_renderer("html")(batch, pair_links={"seed <1>": "seed.html"})
    assert '<a href="seed.html">seed &lt;1&gt;</a>' in page
    assert page.count('class="finding ') == 10
    assert 'href="#pair0"' in page and 'id="pair0"' in page
    assert "could not be compared: b/x.txt: no such file" in page
    assert "None" not in page and 'id="only-diff"' not in page  # no paragraphs to hide


def test_footnotes_of_a_series_that_starts_again_keep_their_own_text() -> None:
    """Minority views number their notes from 1 again: each marker links to its own
    series' note, beside its paragraph, and no id is used twice."""
    text = (
        "Parents have the right to know what is taught in their schools.¹ They want to be "
        "heard.²\n\n¹ Press release of the majority.\n² Statement of the majority.\n"
        "\fMINORITY VIEWS\n\nThe Majority claims that this bill helps parents and pupils.¹ "
        "It duplicates the law.²\n\n¹ Press release of the minority.\n² 20 U.S.C. 1232h.\n"
    )
    page = renderer("html")(versiecheck.compare_text(text, text))
    ids = [a["id"] for _, a in _parse(page).tags if a.get("id")]
    assert len(ids) == len(set(ids))
    row = next(s for s in page.split("<section ") if "The Majority claims" in s)
    assert 'href="#a-fn1-s2"' in row and 'id="a-fn1-s2"' in row
    assert "Press release of the minority." in row and "of the majority" not in row
