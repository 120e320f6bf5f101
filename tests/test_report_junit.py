"""JUnit XML: a test case per rule per pair, failures at or above the fail threshold."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import versiecheck
from conftest import SEED
from versiecheck.cli import main
from versiecheck.report import batch_renderer, renderer
from versiecheck.report.json import to_dict
from versiecheck.rules import registry


def _parse(text: str) -> ET.Element:
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    return ET.fromstring(text.encode("utf-8"))


@pytest.mark.parametrize(
    ("fail_on", "failing"),
    [
        ("error", {"footnote-body-missing"}),
        (
            "warning",
            {
                "footnote-body-missing",
                "structure-section-missing",
                "date-letter-missing",
                "signatory-name-variant",
            },
        ),
        (
            "info",
            {
                "footnote-body-missing",
                "structure-section-missing",
                "date-letter-missing",
                "signatory-name-variant",
                "signatory-role-style",
            },
        ),
        ("never", set()),
    ],
)
def test_a_case_per_rule_failing_at_the_threshold(
    seed_report: versiecheck.Report, fail_on: str, failing: set[str]
) -> None:
    root = _parse(renderer("junit")(seed_report, fail_on=fail_on))
    suite = root.find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    assert {c.get("name") for c in cases} == set(registry())
    failed = {c.get("name") for c in cases if c.find("failure") is not None}
    assert failed == failing
    assert suite.get("tests") == str(len(registry())) == root.get("tests")
    assert suite.get("failures") == str(len(failing)) == root.get("failures")
    body = next(c for c in cases if c.get("name") == "footnote-body-missing")
    if "footnote-body-missing" in failing:
        failure = body.find("failure")
        assert failure is not None and failure.get("type") == "error"
        assert failure.get("message") == f"2 findings at or above {fail_on}"
        assert "A 28:21 B 32:1" in (failure.text or "")
    else:  # below the threshold: passes, the findings still listed
        assert "A 28:21 B 32:1" in (body.findtext("system-out") or "")
    assert body.get("classname") == "versiecheck.footnote"


def test_batch_has_a_suite_per_pair_and_errors_for_pairs_not_compared(
    seed_report: versiecheck.Report,
) -> None:
    batch = {
        "schema": "versiecheck/batch/1",
        "tool": {"name": "versiecheck", "version": versiecheck.__version__},
        "pairs": [
            {"name": "seed", "a": str(SEED / "typeset.txt"), "b": str(SEED / "plain.txt"),
             "status": "ok", "error": None, "exit_code": 1, "report": to_dict(seed_report)},
            {"name": "lost <&>", "a": "a.txt", "b": "b.txt", "status": "error",
             "error": "a.txt: no such file", "exit_code": 2, "report": None},
        ],
        "summary": {"error": 2, "warning": 5, "info": 3, "pairs": 2, "failed_pairs": 2},
    }  # fmt: skip
    root = _parse(batch_renderer("junit")(batch, fail_on="warning"))
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["seed", "lost <&>"]
    assert suites[1].get("errors") == "1" and root.get("errors") == "1"
    error = suites[1].find("testcase/error")
    assert error is not None and error.get("message") == "a.txt: no such file"
    assert root.get("failures") == "4"


def test_text_xml_cannot_carry_is_replaced_and_markup_is_escaped() -> None:
    a = "Den Haag, 3 februari 2026\n\nHierbij stuur ik u de brief over het beleid.\n"
    b = a.replace("de brief", "de <b>brief</b>\x07 &amp;")
    text = renderer("junit")(versiecheck.compare_text(a, b), fail_on="info")
    assert "\x07" not in text and "<b>" not in text and "&lt;b&gt;brief&lt;/b&gt;" in text
    assert "&amp;amp;" in text
    _parse(text)


def test_cli_passes_the_fail_threshold(tmp_path: Path) -> None:
    out = tmp_path / "r.xml"
    a, b = str(SEED / "typeset.txt"), str(SEED / "plain.txt")
    assert main(["compare", a, b, "-f", "junit", "-o", str(out), "--fail-on", "warning"]) == 1
    assert _parse(out.read_text(encoding="utf-8")).get("failures") == "4"


def test_merged_json_renders_the_same_junit(seed_report: versiecheck.Report) -> None:
    from versiecheck.report.results import as_batch

    data = json.loads(renderer("json")(seed_report))
    assert batch_renderer("junit")(as_batch(data)) == renderer("junit")(seed_report)
