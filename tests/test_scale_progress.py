"""Progress of long comparisons: the library reports stages through a callback; the CLI
draws a bar on a terminal only, never in pipes, JSON or CI."""

from __future__ import annotations

import io
import subprocess
import sys
import time
from pathlib import Path

import pytest

from versiecheck import progress
from versiecheck.pipeline import compare, compare_text, progress_to

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "kst-32317-994"


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_pipeline_reports_each_stage_in_order() -> None:
    seen: list[tuple[str, float]] = []
    compare(SEED / "typeset.txt", SEED / "plain.txt", progress=lambda s, f: seen.append((s, f)))
    stages = [s for s, _ in seen]
    assert stages[0] == "reading" and seen[-1] == ("checking", 1.0)
    order = {s: progress.STAGES.index(s) for s in stages}
    assert [order[s] for s in stages] == sorted(order[s] for s in stages)
    assert {"reading", "aligning", "checking"} <= set(stages)


def test_progress_can_be_given_to_every_compare_in_a_block() -> None:
    seen: list[tuple[str, float]] = []
    with progress_to(lambda s, f: seen.append((s, f))):
        compare_text("Een alinea.\n", "Een alinea.\n")
        compare_text("Een alinea.\n", "Een alinea.\n")
    compare_text("Een alinea.\n", "Een alinea.\n")  # outside the block: not reported
    assert seen.count(("checking", 1.0)) == 2
    checking = [f for s, f in seen if s == "checking"]
    assert len(checking) > 4 and checking[: len(checking) // 2] == sorted(
        checking[: len(checking) // 2]
    )


def test_no_bar_in_pipes_json_or_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("CI", "GITHUB_ACTIONS", "TERM"):
        monkeypatch.delenv(var, raising=False)
    assert progress.wanted([], _Tty())
    assert progress.wanted(["terminal"], _Tty())
    assert not progress.wanted([], io.StringIO())  # a pipe or a file
    assert not progress.wanted(["json"], _Tty())
    assert not progress.wanted(["terminal,sarif"], _Tty())
    monkeypatch.setenv("CI", "true")
    assert not progress.wanted([], _Tty())


def test_the_bar_appears_only_after_the_delay() -> None:
    with progress.LazyProgress(delay=60) as quick:
        quick("aligning", 0.5)
    assert not quick.shown
    with progress.LazyProgress(delay=0.01) as slow:
        slow("reading", 0.5)
        deadline = time.monotonic() + 5
        while not slow.shown and time.monotonic() < deadline:
            time.sleep(0.01)
        slow("checking", 1.0)
    assert slow.shown


def test_the_cli_writes_nothing_to_stderr_in_a_pipe() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "versiecheck", "compare", SEED / "typeset.txt", SEED / "plain.txt"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1 and proc.stdout and proc.stderr == ""
