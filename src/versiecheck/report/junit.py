"""JUnit XML: for CI systems that show test results (GitLab, Jenkins, Azure, ...).

One ``<testsuite>`` per pair, one ``<testcase>`` per rule in it: a rule with a finding at
or above the fail threshold (keyword ``fail_on``, default ``error``) is a ``<failure>``
listing its findings; findings below it pass and are listed in ``<system-out>``. A pair
that could not be compared is one test case with an ``<error>``. No timestamps, host
names or durations, so the same inputs give byte-identical XML.

Example (shortened)::

    <testsuites name="versiecheck" tests="25" failures="1" errors="0">
      <testsuite name="typeset.txt ↔ plain.txt" tests="25" failures="1" errors="0" ...>
        <testcase classname="versiecheck.footnote" name="footnote-body-missing" file="...">
          <failure type="error" message="2 findings at or above error">
            error A 28:26 B 32:1  Footnote 1 is referenced in A ...
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from typing import Any

from ..model import Report
from . import results

# Characters XML 1.0 cannot carry at all, not even escaped.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render(report: Report, *, color: bool = False, width: int | None = None, **opts: Any) -> str:
    from .json import to_dict

    del color, width
    fail_on = str(opts.get("fail_on", "error"))
    return render_batch(results.as_batch(to_dict(report, alignment=False), fail_on=fail_on), **opts)


def render_batch(batch: dict[str, Any], *, fail_on: str = "error", **opts: Any) -> str:
    del opts
    results.fails("error", fail_on)  # rejects an unknown threshold early
    root = ET.Element("testsuites", {"name": "versiecheck"})
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for pair in results.pairs(batch):
        suite = _suite(pair, fail_on)
        for key in totals:
            totals[key] += int(suite.get(key, "0"))
        root.append(suite)
    for key, n in totals.items():
        root.set(key, str(n))
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


def _suite(pair: Mapping[str, Any], fail_on: str) -> ET.Element:
    name = _clean(str(pair.get("name", "")))
    suite = ET.Element("testsuite", {"name": name})
    props = ET.SubElement(suite, "properties")
    for key in ("a", "b"):
        ET.SubElement(props, "property", {"name": key, "value": _clean(str(pair.get(key, "")))})
    ET.SubElement(props, "property", {"name": "fail_on", "value": fail_on})
    if pair.get("status") == "error" or pair.get("report") is None:
        case = ET.SubElement(suite, "testcase", {"classname": "versiecheck", "name": "compare"})
        message = _clean(str(pair.get("error") or "the pair could not be compared"))
        error = ET.SubElement(case, "error", {"type": "input", "message": message})
        error.text = message
        _counts(suite, tests=1, failures=0, errors=1)
        return suite
    by_rule: dict[str, list[Mapping[str, Any]]] = {}
    categories: dict[str, str] = {}
    for rule in _rule_ids():
        by_rule[rule[0]] = []
        categories[rule[0]] = rule[1]
    for f in results.findings(pair):
        rid = str(f.get("rule"))
        by_rule.setdefault(rid, []).append(f)
        categories.setdefault(rid, str(f.get("category", "")))
    failures = 0
    a_path = str(pair.get("a", ""))
    for rid, found in by_rule.items():
        case = ET.SubElement(
            suite,
            "testcase",
            {"classname": f"versiecheck.{categories[rid]}", "name": rid, "file": _clean(a_path)},
        )
        failing = [f for f in found if results.fails(str(f.get("severity")), fail_on)]
        passing = [f for f in found if f not in failing]
        if failing:
            failures += 1
            worst = max(failing, key=lambda f: results.RANK.get(str(f.get("severity")), 0))
            n = len(failing)
            failure = ET.SubElement(
                case,
                "failure",
                {
                    "type": str(worst.get("severity")),
                    "message": f"{n} finding{'s' if n != 1 else ''} at or above {fail_on}",
                },
            )
            failure.text = _clean("\n".join(_line(f) for f in failing))
        if passing:
            out = ET.SubElement(case, "system-out")
            out.text = _clean("\n".join(_line(f) for f in passing))
    _counts(suite, tests=len(by_rule), failures=failures, errors=0)
    return suite


def _counts(suite: ET.Element, *, tests: int, failures: int, errors: int) -> None:
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suite.set("skipped", "0")


def _line(f: Mapping[str, Any]) -> str:
    a, b = f.get("a"), f.get("b")
    return (
        f"{f.get('severity')} A {results.place(a)} B {results.place(b)}  {f.get('message')}"
        + (f"\n    A: {a.get('excerpt')}" if a else "")
        + (f"\n    B: {b.get('excerpt')}" if b else "")
    )


def _rule_ids() -> list[tuple[str, str]]:
    from ..rules import registry

    return [(r.id, r.category.value) for r in registry().values()]


def _clean(text: str) -> str:
    return _INVALID_XML.sub("\ufffd", text)
