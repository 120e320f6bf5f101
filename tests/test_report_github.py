"""GitHub annotations: one workflow command per finding at the right file, line and
column, escaped so no document text can issue a command; the default in GitHub Actions."""

from __future__ import annotations

from pathlib import Path

import pytest

import versiecheck
from conftest import ROOT, SEED
from versiecheck.cli import main
from versiecheck.report import batch_renderer, renderer

A, B = "fixtures/kst-32317-994/typeset.txt", "fixtures/kst-32317-994/plain.txt"


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def test_annotations_of_the_seed_pair() -> None:
    lines = renderer("github")(versiecheck.compare(A, B)).splitlines()
    assert lines[0] == "::group::versiecheck typeset.txt ↔ plain.txt"
    assert lines[-1] == "::endgroup::"
    body = lines[1:-1]
    assert len(body) == 10
    assert sum(1 for line in body if line.startswith("::error ")) == 2
    assert sum(1 for line in body if line.startswith("::warning ")) == 5
    assert sum(1 for line in body if line.startswith("::notice ")) == 3
    footnote = next(line for line in body if "line=28" in line)
    assert footnote.startswith(
        f"::error file={A},line=28,col=21,title=footnote-body-missing (footnote)::Footnote 1"
    )
    assert footnote.endswith("(B 32:1)")


def test_no_document_text_can_start_a_command(tmp_path: Path) -> None:
    a, b = tmp_path / "a,b.txt", tmp_path / "b.txt"
    text = "Den Haag, 3 februari 2026\n\nHierbij stuur ik u de brief over het beleid.\n"
    a.write_text(text, encoding="utf-8")
    b.write_text(text.replace("de brief", "de brief van 100%"), encoding="utf-8")
    out = renderer("github")(versiecheck.compare(a, b))
    annotation = next(line for line in out.splitlines() if "100" in line)
    assert "file=" + str(a).replace(",", "%2C") + ",line=3" in annotation  # outside the repo
    assert "100%25" in annotation and "100%" not in annotation.replace("100%25", "")
    batch = {
        "pairs": [
            {"name": "x", "a": "a.txt", "b": "b.txt", "status": "ok", "exit_code": 1,
             "report": {"findings": [{
                 "rule": "text-changed", "category": "text", "severity": "info",
                 "message": "‘a\n::error::owned\r’", "a": {"line": 1, "column": 2, "excerpt": "a"},
                 "b": None, "fingerprint": "0"}]}},
        ]
    }  # fmt: skip
    lines = batch_renderer("github")(batch).splitlines()
    assert len(lines) == 3
    assert lines[1] == (
        "::notice file=a.txt,line=1,col=2,title=text-changed (text)::‘a%0A::error::owned%0D’"
    )


def test_a_pair_not_compared_is_an_error_annotation() -> None:
    batch = {"pairs": [{"name": "x", "a": "a", "b": "b", "status": "error", "error": "a: gone"}]}
    assert batch_renderer("github")(batch) == (
        "::error title=versiecheck::x: could not be compared: a: gone\n"
    )


def test_default_format_in_github_actions(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_WORKFLOW", "ci")
    assert main(["compare", A, B]) == 1
    assert capsys.readouterr().out.startswith("::group::versiecheck")
    # Written to a file, the report stays the human one, as before.
    out = tmp_path / "report.txt"
    assert main(["compare", A, B, "-o", str(out)]) == 1
    assert out.read_text(encoding="utf-8").startswith("versiecheck ")
    # An explicit --format always wins.
    assert main(["compare", A, B, "--format", "terminal"]) == 1
    assert capsys.readouterr().out.startswith("versiecheck ")


def test_not_github_without_both_variables(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")  # as yamllint: GITHUB_WORKFLOW must be set too
    assert main(["compare", str(SEED / "typeset.txt"), str(SEED / "plain.txt")]) == 1
    assert capsys.readouterr().out.startswith("versiecheck ")
