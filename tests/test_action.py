"""The GitHub Action, the example workflows and the pre-commit hook: they parse, and the
action's script does what its inputs say (run here with bash, as the runner would)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, SEED

yaml = pytest.importorskip("yaml")


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_action_is_composite_and_uploads_sarif_always() -> None:
    action = _load(ROOT / "action.yml")
    assert action["runs"]["using"] == "composite"
    assert {"pairs", "manifest", "fail-on", "version"} <= set(action["inputs"])
    steps = action["runs"]["steps"]
    upload = next(s for s in steps if "upload-sarif" in s.get("uses", ""))
    assert upload["uses"] == "github/codeql-action/upload-sarif@v3"
    assert upload["if"].startswith("always()")
    for step in steps:
        if "run" in step:
            assert step["shell"] == "bash"
            assert "${{" not in step["run"], "inputs reach scripts through env, never inline"


@pytest.mark.parametrize("name", ["versiecheck.yml", "versiecheck-sharded.yml"])
def test_example_workflows_parse_and_are_not_active(name: str) -> None:
    path = ROOT / ".github" / "examples" / name
    workflow = _load(path)
    assert workflow["jobs"]
    assert not (ROOT / ".github" / "workflows" / name).exists()


def test_sharded_example_runs_every_shard_then_merges() -> None:
    workflow = _load(ROOT / ".github" / "examples" / "versiecheck-sharded.yml")
    shards = workflow["jobs"]["compare"]["strategy"]["matrix"]["shard"]
    text = (ROOT / ".github" / "examples" / "versiecheck-sharded.yml").read_text()
    assert f"--shard ${{{{ matrix.shard }}}}/{len(shards)}" in text
    assert "versiecheck merge shards/" in text
    assert workflow["jobs"]["merge"]["needs"] == "compare"


def test_pre_commit_hook() -> None:
    (hook,) = _load(ROOT / ".pre-commit-hooks.yaml")
    assert (hook["id"], hook["entry"], hook["language"]) == ("versiecheck", "versiecheck", "python")
    assert hook["pass_filenames"] is False and hook["args"][0] == "batch"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    for d in ("A", "B"):
        (tmp_path / d).mkdir()
    (tmp_path / ".git").mkdir()
    shutil.copy(SEED / "typeset.txt", tmp_path / "A" / "one.txt")
    shutil.copy(SEED / "plain.txt", tmp_path / "B" / "one.txt")
    shutil.copy(SEED / "plain.txt", tmp_path / "A" / "two.txt")
    shutil.copy(SEED / "plain.txt", tmp_path / "B" / "two.txt")
    return tmp_path


def _run_step(workspace: Path, **inputs: str) -> tuple[int, dict[str, str], str]:
    action = _load(ROOT / "action.yml")
    step = next(s for s in action["runs"]["steps"] if s.get("id") == "run")
    temp = workspace / "runner-temp"
    temp.mkdir(exist_ok=True)
    env = dict.fromkeys(step["env"], "")
    env.update(VC_SARIF="vc.sarif", VC_JSON="vc.json", VC_SUMMARY="true")
    env.update({f"VC_{k.upper().replace('-', '_')}": v for k, v in inputs.items()})
    out, summary = temp / "output", temp / "summary"
    env.update(
        PATH=os.environ["PATH"],
        RUNNER_TEMP=str(temp),
        GITHUB_OUTPUT=str(out),
        GITHUB_STEP_SUMMARY=str(summary),
    )
    # As the runner runs `shell: bash`: bash --noprofile --norc -eo pipefail {0}
    proc = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
        cwd=workspace,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    outputs = dict(
        line.split("=", 1) for line in (out.read_text().splitlines() if out.exists() else [])
    )
    return proc.returncode, outputs, summary.read_text() if summary.exists() else ""


@pytest.mark.skipif(shutil.which("versiecheck") is None, reason="needs the installed command")
def test_action_script_with_pairs(workspace: Path) -> None:
    code, outputs, summary = _run_step(
        workspace, pairs="A/one.txt  B/one.txt\n\nA/two.txt B/two.txt\n"
    )
    assert code == 0  # the step records the exit code; the last step fails the job
    assert outputs["exit-code"] == "1"
    assert (workspace / "vc.sarif").exists() and (workspace / "vc.json").exists()
    assert "one" in summary and "two" in summary


@pytest.mark.skipif(shutil.which("versiecheck") is None, reason="needs the installed command")
def test_action_script_with_directories_and_options(workspace: Path) -> None:
    code, outputs, _ = _run_step(workspace, dir_a="A", dir_b="B", fail_on="never")
    assert (code, outputs["exit-code"]) == (0, "0")
    _, outputs, _ = _run_step(workspace, dir_a="A", dir_b="B", args="--jobs 1 --shard 2/2")
    assert outputs["exit-code"] == "0"  # shard 2 of 2 holds only the clean pair


@pytest.mark.skipif(shutil.which("versiecheck") is None, reason="needs the installed command")
def test_action_script_rejects_a_malformed_pairs_line(workspace: Path) -> None:
    code, outputs, _ = _run_step(workspace, pairs="A/one.txt\n")
    assert (code, outputs["exit-code"]) == (0, "2")
