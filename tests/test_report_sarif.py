"""SARIF 2.1.0: valid against the official schema for every pair the suite compares, with
rule metadata and physical locations that point at the right characters of both files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import versiecheck
from conftest import ROOT, SEED
from report_checks import fixture_pairs, validate_sarif
from versiecheck.errors import VersiecheckError
from versiecheck.report import batch_renderer, renderer
from versiecheck.report.json import to_dict
from versiecheck.report.results import as_batch
from versiecheck.rules import registry


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # artifact URIs are relative to the working directory


def _seed_log() -> dict[str, Any]:
    report = versiecheck.compare(
        "fixtures/kst-32317-994/typeset.txt", "fixtures/kst-32317-994/plain.txt"
    )
    return validate_sarif(renderer("sarif")(report))


@pytest.mark.parametrize(("a", "b"), fixture_pairs(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_fixture_pair_gives_valid_sarif(a: Path, b: Path) -> None:
    if "broken" in (a.parent.name, b.parent.name):  # deliberately broken: refused, no report
        with pytest.raises(VersiecheckError):
            versiecheck.compare(a, b)
        return
    report = versiecheck.compare(a, b)
    log = validate_sarif(renderer("sarif")(report))
    assert len(log["runs"][0]["results"]) == len(report.findings)


@pytest.mark.parametrize("rule_id", sorted(registry()))
def test_every_rule_example_gives_valid_sarif(rule_id: str) -> None:
    rule = registry()[rule_id]
    report = versiecheck.compare_text(*rule.example)
    log = validate_sarif(renderer("sarif")(report))
    assert rule_id in {r["ruleId"] for r in log["runs"][0]["results"]}


def test_rule_metadata_for_every_rule() -> None:
    driver = _seed_log()["runs"][0]["tool"]["driver"]
    assert driver["name"] == "versiecheck" and driver["version"] == versiecheck.__version__
    rules = {r["id"]: r for r in driver["rules"]}
    assert set(rules) == set(registry())
    level = {"error": "error", "warning": "warning", "info": "note"}
    for rid, rule in registry().items():
        meta = rules[rid]
        assert meta["shortDescription"]["text"] == rule.summary
        assert meta["fullDescription"]["text"]
        assert "Example" in meta["help"]["text"]
        assert meta["defaultConfiguration"]["level"] == level[rule.severity.value]
        assert meta["properties"]["category"] == rule.category.value


def test_results_point_at_the_quoted_text_in_both_files() -> None:
    run = _seed_log()["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    lines = {
        uri: (ROOT / uri).read_text(encoding="utf-8").splitlines()
        for uri in ("fixtures/kst-32317-994/typeset.txt", "fixtures/kst-32317-994/plain.txt")
    }
    checked = 0
    for res in run["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        assert res["level"] in {"error", "warning", "note"}
        assert len(res["partialFingerprints"]["versiecheck/v1"]) == 16
        for loc in res["locations"] + res.get("relatedLocations", []):
            phys = loc["physicalLocation"]
            uri = phys["artifactLocation"]["uri"]
            assert uri in lines, uri  # relative to the working directory, as code scanning wants
            region = phys["region"]
            line = lines[uri][region["startLine"] - 1]
            first_word = region["snippet"]["text"].split()[0]
            assert line[region["startColumn"] - 1 :].startswith(first_word), (res["ruleId"], line)
            checked += 1
    assert checked >= 15


def test_both_places_of_a_finding() -> None:
    run = _seed_log()["runs"][0]
    res = next(r for r in run["results"] if r["ruleId"] == "footnote-body-missing")
    a = res["locations"][0]["physicalLocation"]
    b = res["relatedLocations"][0]["physicalLocation"]
    assert a["artifactLocation"]["uri"] == "fixtures/kst-32317-994/typeset.txt"
    assert (a["region"]["startLine"], a["region"]["startColumn"]) == (28, 21)
    assert b["artifactLocation"]["uri"] == "fixtures/kst-32317-994/plain.txt"
    assert (b["region"]["startLine"], b["region"]["startColumn"]) == (32, 1)
    assert res["message"]["text"].endswith("(B: [32:1](1))")
    assert res["relatedLocations"][0]["id"] == 1


def test_absolute_paths_outside_the_working_directory_become_file_uris(tmp_path: Path) -> None:
    a, b = tmp_path / "a b.txt", tmp_path / "b.txt"
    a.write_text("De minister van Financiën,\nE. Heinen\n", encoding="utf-8")
    b.write_text("De minister van Financiën,\nEelco Heinen\n", encoding="utf-8")
    log = validate_sarif(renderer("sarif")(versiecheck.compare(a, b)))
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri["uri"] == a.as_uri() and "%20" in uri["uri"]


def test_a_merged_json_report_renders_the_same_sarif(seed_report: versiecheck.Report) -> None:
    data = json.loads(renderer("json")(seed_report))
    assert batch_renderer("sarif")(as_batch(data)) == renderer("sarif")(seed_report)


def test_batch_sarif_is_valid_and_names_pairs(seed_report: versiecheck.Report) -> None:
    report = to_dict(seed_report)
    batch = {
        "schema": "versiecheck/batch/1",
        "tool": {"name": "versiecheck", "version": versiecheck.__version__},
        "pairs": [
            {"name": "seed", "a": str(SEED / "typeset.txt"), "b": str(SEED / "plain.txt"),
             "status": "ok", "error": None, "exit_code": 1, "report": report},
            {"name": "lost", "a": "x/a.txt", "b": "x/b.txt", "status": "error",
             "error": "x/a.txt: no such file", "exit_code": 2, "report": None},
        ],
        "summary": {"error": 2, "warning": 5, "info": 3, "pairs": 2, "failed_pairs": 2},
    }  # fmt: skip
    log = validate_sarif(batch_renderer("sarif")(batch))
    run = log["runs"][0]
    assert {r["properties"]["pair"] for r in run["results"]} == {"seed"}
    note = run["invocations"][0]["toolExecutionNotifications"][0]
    assert note["message"]["text"] == "lost: x/a.txt: no such file"
    assert run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "fixtures/kst-32317-994/typeset.txt"
    )


def test_the_schema_check_catches_an_invalid_log() -> None:
    from report_checks import validate_sarif_log

    with pytest.raises(AssertionError, match=r"not valid against the 2\.1\.0 schema"):
        validate_sarif_log({"version": "2.1.0", "runs": [{"tool": {}}]})
    from versiecheck.report import sarif

    assert sarif.to_sarif.__name__ == "<lambda>"  # conftest validates every log made
