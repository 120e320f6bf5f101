"""Shared by the benchmark scripts: timing a child process (wall time and peak memory),
describing the machine, and replacing one section of BENCHMARKS.md."""

from __future__ import annotations

import datetime as _dt
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT / "BENCHMARKS.md"


@dataclass
class Run:
    seconds: float  # wall time
    peak_kb: int  # peak resident set size of the child
    returncode: int
    timed_out: bool = False
    cpu: float = 0.0  # user + system CPU seconds of the child
    median: float = 0.0  # of several runs: the median wall time (``seconds`` is the best)


def run_timed(cmd: list[str], timeout: float | None = None, stdin: str | None = None) -> Run:
    """Run ``cmd`` with output discarded; wall time and the child's peak RSS (wait4)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL if stdin is None else subprocess.PIPE,
    )
    if stdin is not None and proc.stdin is not None:
        proc.stdin.write(stdin.encode())
        proc.stdin.close()
    deadline = None if timeout is None else start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if deadline is not None and time.perf_counter() > deadline:
            proc.kill()
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = -9
            return Run(time.perf_counter() - start, usage.ru_maxrss, -9, timed_out=True)
        time.sleep(0.002)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, usage.ru_maxrss, proc.returncode, cpu=cpu, median=seconds)


def median_run(cmd: list[str], runs: int, timeout: float | None = None) -> Run:
    """The median wall time of ``runs`` runs (and the largest peak memory seen)."""
    r = best_run(cmd, runs, timeout)
    return Run(r.median, r.peak_kb, r.returncode, r.timed_out, r.cpu, r.median)


def best_run(cmd: list[str], runs: int, timeout: float | None = None) -> Run:
    """The best (least disturbed) wall time of ``runs`` runs, with the median, the CPU
    time of that run, and the largest peak memory seen."""
    results: list[Run] = []
    for _ in range(runs):
        r = run_timed(cmd, timeout)
        results.append(r)
        if r.timed_out:
            return r
    best = min(results, key=lambda r: r.seconds)
    return Run(
        best.seconds,
        max(r.peak_kb for r in results),
        best.returncode,
        cpu=best.cpu,
        median=statistics.median(r.seconds for r in results),
    )


def versiecheck_cmd() -> list[str]:
    """The installed console script if there is one (what a user runs), else ``-m``."""
    exe = shutil.which("versiecheck")
    return [exe] if exe else [sys.executable, "-m", "versiecheck"]


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    git = subprocess.run(["git", "--version"], capture_output=True, text=True, check=False)
    now = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {cpu}; "
        f"Python {platform.python_version()}; {git.stdout.strip()}; "
        f"{platform.system()} {platform.release()}; measured {now}"
    )


def replace_section(title: str, body: str, path: Path = BENCHMARKS) -> None:
    """Put ``## title`` with ``body`` into the file, replacing that section only."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    section = f"## {title}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text, count=1).rstrip() + "\n"
    else:
        text = text.rstrip() + "\n\n" + section
    tmp = path.with_suffix(".md.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def fmt_seconds(s: float) -> str:
    return f"{s * 1000:.0f} ms" if s < 1 else f"{s:.2f} s"
