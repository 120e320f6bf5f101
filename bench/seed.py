"""Time ``versiecheck compare`` on the seed pair against baselines, in one run.

End to end, as a user runs it (a subprocess, start-up included), the median of N runs of:
``versiecheck compare fixtures/kst-32317-994/typeset.txt …/plain.txt``, ``git diff
--no-index --word-diff`` on the same pair, and ``python3 -c pass`` (the floor for any
Python tool). Prints the ratios and writes the "Seed pair" section of BENCHMARKS.md.

    python bench/seed.py [--runs 21] [--no-write]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, Run, fmt_seconds, machine, replace_section, run_timed, versiecheck_cmd

#: Target: the seed compare within this many times ``python3 -c pass``.
TARGET_VS_PYTHON = 15


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="runs per command (median)")
    parser.add_argument("--no-write", action="store_true", help="do not touch BENCHMARKS.md")
    args = parser.parse_args()
    pair = ROOT / "fixtures" / "kst-32317-994"
    a, b = str(pair / "typeset.txt"), str(pair / "plain.txt")
    commands = {
        "versiecheck compare": [*versiecheck_cmd(), "compare", a, b],
        "versiecheck compare --format json": [*versiecheck_cmd(), "compare", a, b, "-f", "json"],
        "git diff --no-index --word-diff": ["git", "diff", "--no-index", "--word-diff", a, b],
        "python3 -c pass": [sys.executable, "-c", "pass"],
    }
    for cmd in commands.values():  # warm the file cache and the bytecode
        run_timed(cmd)
    # Round-robin, so that a burst of other work on the machine hits every command alike.
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, cmd in commands.items():
            runs[name].append(run_timed(cmd))
    results = {
        name: Run(
            statistics.median(r.seconds for r in rs),
            max(r.peak_kb for r in rs),
            rs[-1].returncode,
            cpu=statistics.median(r.cpu for r in rs),
            median=min(r.seconds for r in rs),  # (here: the best run)
        )
        for name, rs in runs.items()
    }
    vc = results["versiecheck compare"].seconds
    py = results["python3 -c pass"].seconds
    git = results["git diff --no-index --word-diff"].seconds
    rows = [
        "| command | median wall time | best | median CPU | peak memory | "
        "ratio to `python3 -c pass` |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, r in results.items():
        rows.append(
            f"| `{name}` | {fmt_seconds(r.seconds)} | {fmt_seconds(r.median)} | "
            f"{fmt_seconds(r.cpu)} | {r.peak_kb / 1024:.0f} MB | {r.seconds / py:.1f}× |"
        )
    verdict = "met" if vc <= TARGET_VS_PYTHON * py else "NOT met"
    body = "\n".join(
        [
            "`python bench/seed.py` — the seed pair (`fixtures/kst-32317-994`, A = typeset.txt, "
            f"B = plain.txt), end to end in a subprocess, start-up included, median of "
            f"{args.runs} runs each, interleaved, all in the same run.",
            "",
            f"Machine: {machine()}; load average {os.getloadavg()[0]:.1f}.",
            "",
            *rows,
            "",
            f"`versiecheck compare` takes **{vc / py:.1f}×** the time of `python3 -c pass` "
            f"(target ≤ {TARGET_VS_PYTHON}×: {verdict}) and **{vc / git:.0f}×** the time of "
            "`git diff --no-index --word-diff`, which does far less (a word diff of the raw "
            "text, with every re-wrapped line reported as changed).",
        ]
    )
    print(body)
    if not args.no_write:
        replace_section("Seed pair", body)
        print("\nwrote the 'Seed pair' section of BENCHMARKS.md", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
