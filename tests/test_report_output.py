"""Several formats at once: ``--format`` repeated or comma-separated, ``--output`` per
format or ``--output-dir``; byte-identical JSON, SARIF and JUnit from the same inputs."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from report_checks import validate_sarif
from versiecheck.cli import main
from versiecheck.errors import UsageError
from versiecheck.report import EXTENSIONS, FORMATS
from versiecheck.report.output import Output, plan

A, B = "fixtures/kst-32317-994/typeset.txt", "fixtures/kst-32317-994/plain.txt"


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def test_comma_separated_formats_pair_with_outputs_in_order(tmp_path: Path) -> None:
    j, s, x = tmp_path / "r.json", tmp_path / "r.sarif", tmp_path / "r.xml"
    args = ["compare", A, B, "-f", "json,sarif", "-f", "junit"]
    assert main([*args, "-o", str(j), "-o", str(s), "-o", str(x)]) == 1
    assert json.loads(j.read_text(encoding="utf-8"))["schema"] == "versiecheck/report/1"
    validate_sarif(s.read_text(encoding="utf-8"))
    assert x.read_text(encoding="utf-8").startswith("<?xml")


def test_output_dir_writes_every_format(tmp_path: Path) -> None:
    out = tmp_path / "reports"
    assert main(["compare", A, B, "--format", ",".join(FORMATS), "--output-dir", str(out)]) == 1
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"versiecheck.{EXTENSIONS[f]}" for f in FORMATS
    )
    validate_sarif((out / "versiecheck.sarif").read_text(encoding="utf-8"))
    assert (out / "versiecheck.txt").read_text(encoding="utf-8").startswith("versiecheck ")
    assert "\x1b[" not in (out / "versiecheck.txt").read_text(encoding="utf-8")


def test_an_output_directory_that_cannot_be_made_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    for args in (["--output-dir", str(blocker / "reports")], ["-o", str(blocker / "r.json")]):
        assert main(["compare", A, B, "-f", "json", *args]) == 2
        err = capsys.readouterr().err
        assert err.startswith("versiecheck: error: cannot write ") and err.count("\n") == 1


def test_one_format_may_go_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    j = tmp_path / "r.json"
    assert main(["compare", A, B, "-f", "json", "-f", "markdown", "-o", str(j)]) == 1
    assert capsys.readouterr().out.startswith("### versiecheck: 2 errors")
    assert j.exists()
    assert main(["compare", A, B, "-f", "json,markdown", "-o", "-", "-o", str(j)]) == 1
    assert capsys.readouterr().out.startswith("{")


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["-f", "json,sarif"], "only one format can go to stdout"),
        (["-f", "json", "-o", "a.json", "-o", "b.json"], "2 --output files for 1 format"),
        (["-f", "json,yaml"], "--format 'yaml': choose from terminal, json, sarif"),
        (["-f", "json", "-f", "json", "-o", "a", "-o", "b"], "--format 'json' given twice"),
        (["-f", "json", "-o", "x.json", "--output-dir", "d"], "not both"),
        (["-f", "json,sarif", "-o", "x", "-o", "x"], "given for two formats"),
        (["-f", "json", "-o", B], "is one of the inputs"),
    ],
)
def test_usage_errors_exit_2_before_any_work(
    args: list[str],
    needle: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    a, b = str(ROOT / A), str(ROOT / B)
    args = [b if x == B else x for x in args]
    assert main(["compare", a, b, *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("versiecheck: error: ") and needle in err, err
    assert not list(tmp_path.iterdir())


def test_default_format_plan() -> None:
    gha = {"GITHUB_ACTIONS": "true", "GITHUB_WORKFLOW": "ci"}
    assert plan(None, environ={}) == [Output("terminal", None)]
    assert plan(None, environ=gha) == [Output("github", None)]
    assert plan(None, [Path("r.txt")], environ=gha) == [Output("terminal", Path("r.txt"))]
    assert plan(["json"], environ=gha) == [Output("json", None)]
    with pytest.raises(UsageError):
        plan(["json"], [Path("a"), Path("b")], environ={})


def test_a_device_is_written_in_place_not_replaced() -> None:
    assert main(["compare", A, B, "-f", "json", "-o", os.devnull]) == 1
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_same_inputs_give_byte_identical_json_sarif_junit(tmp_path: Path) -> None:
    """Two separate processes, so nothing cached in one can hide a clock or a machine."""
    runs = []
    for k in range(2):
        out = tmp_path / f"run{k}"
        subprocess.run(
            [sys.executable, "-m", "versiecheck", "compare", A, B, "-f", "json,sarif,junit,html",
             "--output-dir", str(out)],
            cwd=ROOT, check=False, capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": str(k)},
        )  # fmt: skip
        runs.append(out)
    for name in ("versiecheck.json", "versiecheck.sarif", "versiecheck.junit.xml"):
        first, second = (r / name for r in runs)
        assert first.read_bytes() == second.read_bytes(), name
        assert first.stat().st_size > 1000
    assert (runs[0] / "versiecheck.html").read_bytes() == (
        runs[1] / "versiecheck.html"
    ).read_bytes()
