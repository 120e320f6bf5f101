"""The command line: reports, exit codes, colour, start-up weight."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED
from versiecheck.cli import main

A, B = str(SEED / "typeset.txt"), str(SEED / "plain.txt")


def test_terminal_report_is_plain_in_a_pipe(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", A, B]) == 1
    out = capsys.readouterr().out
    assert "\x1b[" not in out
    assert "2 errors · 5 warnings · 3 info" in out
    assert "Footnotes (2)" in out and "Signatories (5)" in out
    assert "F{+oort+} van Oosten" in out and "{+mr. +}A.C.L. Rutte" in out
    assert not [line for line in out.splitlines() if line.endswith(" ")]


def test_colour_when_forced_and_not_with_no_color(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    main(["compare", A, B])
    assert "\x1b[" in capsys.readouterr().out
    monkeypatch.setenv("NO_COLOR", "1")
    main(["compare", A, B])
    assert "\x1b[" not in capsys.readouterr().out


@pytest.mark.parametrize(
    ("fail_on", "code"), [("error", 1), ("warning", 1), ("info", 1), ("never", 0)]
)
def test_fail_on(fail_on: str, code: int, tmp_path: Path) -> None:
    out = str(tmp_path / "report.json")
    assert main(["compare", A, B, "--format", "json", "--fail-on", fail_on, "-o", out]) == code


def test_fail_on_thresholds_on_a_warning_only_pair(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("De minister van Financiën,\nE. Heinen\n")
    b.write_text("De minister van Financiën,\nEelco Heinen\n")
    out = ["-o", str(tmp_path / "r.json"), "--format", "json"]
    assert main(["compare", str(a), str(b), *out]) == 0
    assert main(["compare", str(a), str(b), *out, "--fail-on", "warning"]) == 1
    data = json.loads((tmp_path / "r.json").read_text())
    assert [f["rule"] for f in data["findings"]] == ["signatory-name-variant"]


def test_identical_files_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", A, A]) == 0
    assert "No differences found." in capsys.readouterr().out


def test_version_rules_explain(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("versiecheck ")
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert "footnote-body-missing" in out and "signatory-name-variant" in out
    assert main(["explain", "footnote-body-missing"]) == 0
    assert "Example" in capsys.readouterr().out


def test_json_is_deterministic() -> None:
    runs = [
        subprocess.run(
            [sys.executable, "-m", "versiecheck", "compare", A, B, "--format", "json"],
            capture_output=True,
            check=False,
        ).stdout
        for _ in range(2)
    ]
    assert runs[0] == runs[1] and runs[0]


def test_cli_start_up_imports_no_heavy_modules() -> None:
    code = (
        "import sys, versiecheck.cli; "
        "names = ('rapidfuzz', 'diff_match_patch', 'versiecheck.pipeline', 'rich.console'); "
        "print([m for m in names if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
