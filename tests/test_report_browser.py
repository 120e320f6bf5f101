"""The HTML report in a real headless browser: Debian's ``chromium`` driven by Playwright
(never a downloaded browser). It loads from a file with no network request, renders
(screenshot checked), filters findings by severity and category, moves from finding to
finding with the keyboard, escapes hostile text, and hides its controls in print.

Without chromium this module is skipped locally, with the reason; in CI (``CI`` set) it
fails instead, so CI can never pass without running it. ``.ci/run`` installs chromium.
Set ``VERSIECHECK_SCREENSHOTS=DIR`` to keep the screenshots.
"""

from __future__ import annotations

import os
import shutil
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import versiecheck
from versiecheck.report import renderer

CHROMIUM = os.environ.get("VERSIECHECK_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
IN_CI = os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def _unavailable() -> str | None:
    if not (Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK)):
        return f"no chromium at {CHROMIUM} (Debian: apt-get install chromium; .ci/run does)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is missing (pip install -e '.[test]')"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    reason = _unavailable()
    if reason:
        if IN_CI:
            pytest.fail(f"browser test must run in CI: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def open_page(browser: Any, tmp_path: Path) -> Iterator[Any]:
    """Opens a report from a file; fails the test on any request that is not that file."""
    pages: list[tuple[Any, list[str]]] = []

    def load(report: versiecheck.Report | str, width: int = 1400) -> Any:
        path = tmp_path / f"report{len(pages)}.html"
        html = report if isinstance(report, str) else renderer("html")(report)
        path.write_text(html, encoding="utf-8")
        page = browser.new_page(viewport={"width": width, "height": 900})
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
            "file://") else route.abort())  # fmt: skip
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        assert requests == [path.as_uri()], requests
        assert not errors, errors
        pages.append((page, requests))
        return page

    yield load
    for page, requests in pages:
        assert all(url.startswith("file://") for url in requests), requests
        page.close()


def _screenshot(page: Any, path: Path) -> bytes:
    png: bytes = page.screenshot(path=str(path), full_page=False)
    keep = os.environ.get("VERSIECHECK_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(keep) / path.name)
    return png


def _distinct_pixel_bytes(png: bytes) -> int:
    """How many different byte values the decoded image rows hold (blank: one or two)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind = png[pos + 4 : pos + 8]
        if kind == b"IDAT":
            idat += png[pos + 8 : pos + 8 + length]
        pos += 12 + length
    return len(set(zlib.decompress(idat)))


def _active_id(page: Any) -> str:
    value: str = page.evaluate("document.activeElement && document.activeElement.id")
    return value


def test_renders_filters_and_navigates(
    open_page: Any, seed_report: versiecheck.Report, tmp_path: Path
) -> None:
    page = open_page(seed_report)
    png = _screenshot(page, tmp_path / "report.png")
    assert _distinct_pixel_bytes(png) > 50  # text, badges, highlights: not a blank page
    assert page.title().startswith("versiecheck: ")
    findings = page.locator("#finding-list li.finding")
    assert findings.count() == 10
    assert page.locator("section.row").count() == len(seed_report.alignment)
    assert page.locator("main ins").count() >= 1 and page.locator("main del").count() >= 1
    assert page.locator("#finding-list").is_visible()
    shown = page.locator("#findings .shown")
    assert shown.text_content() == "10 of 10 findings shown"

    # Filter by severity: the info findings hide, and come back.
    info = page.locator('button[data-filter="severity"][data-value="info"]')
    info.click()
    assert info.get_attribute("aria-pressed") == "false"
    assert shown.text_content() == "7 of 10 findings shown"
    for k in range(10):
        item = findings.nth(k)
        assert item.is_hidden() == (item.get_attribute("data-severity") == "info")
    filtered = _screenshot(page, tmp_path / "report-filtered.png")
    assert filtered != png  # the filter changed what the page shows

    # Filter by category on top: signatory findings hide too.
    page.locator('button[data-filter="category"][data-value="signatory"]').click()
    assert shown.text_content() == "5 of 10 findings shown"
    visible = [findings.nth(k) for k in range(10) if findings.nth(k).is_visible()]
    assert {v.get_attribute("data-category") for v in visible} == {"footnote", "date", "structure"}

    # Keyboard: j/n forward, k/p back, over the visible findings only.
    ids = [v.locator("a.flink").get_attribute("id") for v in visible]
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("j")
    assert _active_id(page) == ids[0]
    page.keyboard.press("n")
    assert _active_id(page) == ids[1]
    page.keyboard.press("j")
    assert _active_id(page) == ids[2]
    page.keyboard.press("k")
    assert _active_id(page) == ids[1]
    page.keyboard.press("p")
    assert _active_id(page) == ids[0]
    # The finding's place is marked and in view.
    target = page.locator(f"#{ids[0]}").get_attribute("href")
    assert target and page.locator(target).get_attribute("class").endswith("current")
    assert page.locator(target).is_visible()

    info.click()
    page.locator('button[data-filter="category"][data-value="signatory"]').click()
    assert shown.text_content() == "10 of 10 findings shown"

    # Printed: no controls, every row there.
    page.emulate_media(media="print")
    assert page.locator("#findings .filters").is_hidden()
    assert page.locator("section.row").first.is_visible()


def test_clicking_a_finding_goes_to_its_place(
    open_page: Any, seed_report: versiecheck.Report
) -> None:
    page = open_page(seed_report)
    link = page.locator("#finding-list a.flink").nth(2)  # footnote 1, A line 28
    link.click()
    target = link.get_attribute("href")
    assert page.evaluate("location.hash") == target
    spot = page.locator(target)
    assert "current" in (spot.get_attribute("class") or "") and spot.is_visible()
    row = spot.locator("xpath=ancestor::section[1]")
    assert "current" in (row.get_attribute("class") or "")
    assert row.get_attribute("data-kind") == "match"
    assert row.locator(".side-a").get_attribute("data-lines") == "24-34"


def test_hostile_text_is_shown_not_run(open_page: Any, tmp_path: Path) -> None:
    plain = "Den Haag, 3 februari 2026\n\nHierbij stuur ik u de brief over het beleid.\n"
    hostile = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">'
    page = open_page(versiecheck.compare_text(plain, plain.replace("de brief", hostile)))
    assert page.evaluate("window.pwned") is None
    assert page.locator("img").count() == 0
    assert hostile in (page.locator("main").text_content() or "")
    _screenshot(page, tmp_path / "hostile.png")


def test_batch_overview_filters_and_links(
    open_page: Any, seed_report: versiecheck.Report, tmp_path: Path
) -> None:
    from versiecheck.report import batch_renderer
    from versiecheck.report.json import to_dict

    pairs = [
        {"name": name, "a": f"a/{name}.txt", "b": f"b/{name}.txt", "status": "ok",
         "error": None, "exit_code": 1, "report": to_dict(seed_report)}
        for name in ("one", "two")
    ]  # fmt: skip
    page = open_page(batch_renderer("html")({"schema": "versiecheck/batch/1", "pairs": pairs}))
    assert page.locator("table.pairs tbody tr").count() == 2
    assert page.locator("#finding-list li.finding").count() == 20
    page.locator('button[data-filter="severity"][data-value="warning"]').click()
    assert page.locator("#findings .shown").text_content() == "10 of 20 findings shown"
    page.keyboard.press("j")
    first = page.locator(f"#{_active_id(page)}")
    assert first.get_attribute("href") == "#pair0"
    assert "current" in (page.locator("#pair0").get_attribute("class") or "")
    _screenshot(page, tmp_path / "batch.png")
