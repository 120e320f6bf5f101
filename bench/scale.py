"""Time versiecheck at book scale against the generic diffs a user would otherwise run.

For each size (pages) a realistic pair is generated (bench/gen.py: typeset A with page
furniture, hyphenation and footnotes at page bottoms; the letter as written as B; planted
edits, moves, splits, merges, deletions) and timed end to end in subprocesses, in the same
run: ``versiecheck compare A B --format json``, ``git diff --no-index --word-diff A B``,
and a difflib word diff (``difflib.unified_diff`` over the words of both files, as a
Python user would write it). Wall time (median of --runs) and peak memory (the child's
maximum RSS) per size, the doubling ratios and the scaling exponent (least-squares slope
of log time against log pages, sizes of 10 pages and more) go to the "Scale" section of
BENCHMARKS.md.

    python bench/scale.py [--sizes 1,10,50,100,500,1000] [--runs 3] [--difflib-max 100]
                          [--timeout 900] [--no-write]
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import Run, best_run, fmt_seconds, machine, replace_section, versiecheck_cmd
from gen import write_pair

DIFFLIB = """
import difflib, sys
a = open(sys.argv[1], encoding="utf-8").read().split()
b = open(sys.argv[2], encoding="utf-8").read().split()
out = sys.stdout
for line in difflib.unified_diff(a, b, "a", "b", lineterm=""):
    out.write(line + "\\n")
"""

#: Targets from issue 6.
TARGET_VS_GIT = 10  # 1,000 pages within 10x git diff --word-diff
TARGET_PEAK_MB = 1024
TARGET_DOUBLING = 2.3
TARGET_VS_DIFFLIB = 50  # at 100 pages at least 50x faster than difflib


def exponent(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of log(seconds) against log(pages)."""
    xs = [math.log(p) for p, _ in points]
    ys = [math.log(s) for _, s in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    num = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    den = sum((x - mx) ** 2 for x in xs)
    return num / den if den else float("nan")


def cell(r: Run | None, timeout: float) -> str:
    if r is None:
        return "not run"
    if r.timed_out:
        return f"> {fmt_seconds(timeout)}"
    return (
        f"{fmt_seconds(r.seconds)} ({fmt_seconds(r.median)}; CPU {fmt_seconds(r.cpu)}) / "
        f"{r.peak_kb / 1024:.0f} MB"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,50,100,500,1000")
    parser.add_argument("--runs", type=int, default=5, help="runs per command (best of)")
    parser.add_argument(
        "--difflib-max", type=int, default=100, help="largest size the difflib diff is run at"
    )
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per command")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-write", action="store_true", help="do not touch BENCHMARKS.md")
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    vc = versiecheck_cmd()
    load_before = f"{os.getloadavg()[0]:.1f}"
    rows: list[tuple[int, int, int, Run, Run, Run | None]] = []
    with tempfile.TemporaryDirectory(prefix="versiecheck-bench-") as tmp:
        for pages in sizes:
            a, b = write_pair(pages, Path(tmp) / f"p{pages}", args.seed)
            n_pages = a.read_text(encoding="utf-8").count("Tweede Kamer, vergaderjaar") + 1
            sa, sb = str(a), str(b)
            cmds = {
                "vc": [*vc, "compare", sa, sb, "--format", "json"],
                "git": ["git", "diff", "--no-index", "--word-diff", sa, sb],
                "difflib": [sys.executable, "-c", DIFFLIB, sa, sb],
            }
            best_run(cmds["git"], 1)  # warm the file cache
            r_vc = best_run(cmds["vc"], args.runs, args.timeout)
            r_git = best_run(cmds["git"], args.runs, args.timeout)
            r_dl = (
                best_run(cmds["difflib"], 1 if pages >= 50 else args.runs, args.timeout)
                if pages <= args.difflib_max
                else None
            )
            size = a.stat().st_size
            rows.append((pages, n_pages, size, r_vc, r_git, r_dl))
            print(
                f"{pages:>5} pages ({n_pages} typeset, {size / 1e6:.1f} MB a side): "
                f"versiecheck {cell(r_vc, args.timeout)}; git {cell(r_git, args.timeout)}; "
                f"difflib {cell(r_dl, args.timeout)}",
                file=sys.stderr,
            )
    table = [
        "| pages | size of A | versiecheck (time / peak) | git diff --word-diff | "
        "difflib word diff | versiecheck ÷ git | difflib ÷ versiecheck |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for pages, n_pages, size, r_vc, r_git, r_dl in rows:
        vs_git = f"{r_vc.seconds / r_git.seconds:.1f}×"
        vs_dl = (
            "—"
            if r_dl is None
            else f"> {args.timeout / r_vc.seconds:.0f}×"
            if r_dl.timed_out
            else f"{r_dl.seconds / r_vc.seconds:.1f}×"
        )
        table.append(
            f"| {pages} ({n_pages}) | {size / 1e6:.2f} MB | {cell(r_vc, args.timeout)} | "
            f"{cell(r_git, args.timeout)} | {cell(r_dl, args.timeout)} | {vs_git} | {vs_dl} |"
        )
    times = {p: r_vc.seconds for p, _, _, r_vc, _, _ in rows if not r_vc.timed_out}
    cpus = {p: r_vc.cpu for p, _, _, r_vc, _, _ in rows if not r_vc.timed_out}
    fit = [(p, s) for p, s in times.items() if p >= 10]
    slope = exponent(fit) if len(fit) >= 2 else float("nan")
    fit_cpu = [(p, s) for p, s in cpus.items() if p >= 10]
    slope_cpu = exponent(fit_cpu) if len(fit_cpu) >= 2 else float("nan")
    doublings = [
        f"{p}→{2 * p} pages: {times[2 * p] / times[p]:.2f}× (CPU {cpus[2 * p] / cpus[p]:.2f}×)"
        for p in sorted(times)
        if 2 * p in times
    ]
    smallest = min(times, default=None)
    fixed_cost = (
        f"start-up and fixed costs, {fmt_seconds(times[smallest])} for {smallest} page"
        f"{'s' if smallest != 1 else ''},"
        if smallest is not None
        else "start-up"
    )
    notes: list[str] = []
    by = {p: (r_vc, r_git, r_dl) for p, _, _, r_vc, r_git, r_dl in rows}
    if 1000 in by:
        r_vc, r_git, _ = by[1000]
        ratio = r_vc.seconds / r_git.seconds
        ratio_cpu = r_vc.cpu / max(r_git.cpu, 1e-3)
        notes.append(
            f"- 1,000 pages within {TARGET_VS_GIT}× `git diff --no-index --word-diff`: "
            f"{ratio:.1f}× wall time, {ratio_cpu:.1f}× CPU time — "
            f"{'met' if ratio <= TARGET_VS_GIT else 'NOT met'}."
        )
        mb = r_vc.peak_kb / 1024
        notes.append(
            f"- 1,000 pages under {TARGET_PEAK_MB} MB peak memory: {mb:.0f} MB — "
            f"{'met' if mb < TARGET_PEAK_MB else 'NOT met'}."
        )
    worst = max((times[2 * p] / times[p] for p in times if 2 * p in times and p >= 50), default=0)
    worst_cpu = max((cpus[2 * p] / cpus[p] for p in cpus if 2 * p in cpus and p >= 50), default=0)
    if worst:
        notes.append(
            f"- Doubling the pages (from 50 pages up) at most {TARGET_DOUBLING}× the time: "
            f"worst {worst:.2f}× wall time — {'met' if worst <= TARGET_DOUBLING else 'NOT met'}; "
            f"worst {worst_cpu:.2f}× CPU time — "
            f"{'met' if worst_cpu <= TARGET_DOUBLING else 'NOT met'}."
        )
    if 100 in by and by[100][2] is not None:
        r_vc, _, r_dl = by[100]
        assert r_dl is not None
        if r_dl.timed_out:
            notes.append(
                f"- 100 pages at least {TARGET_VS_DIFFLIB}× faster than difflib: difflib did "
                f"not finish in {fmt_seconds(args.timeout)} — met."
            )
        else:
            ratio = r_dl.seconds / r_vc.seconds
            notes.append(
                f"- 100 pages at least {TARGET_VS_DIFFLIB}× faster than difflib: {ratio:.1f}× — "
                f"{'met' if ratio >= TARGET_VS_DIFFLIB else 'NOT met'}."
            )
    body = "\n".join(
        [
            "`python bench/scale.py` — generated pairs (`bench/gen.py`, seed "
            f"{args.seed}): A typeset (≈ 62-character lines, hyphenation, running heads and "
            "page numbers, footnotes at page bottoms), B as written; each kind of planted "
            "difference (edit, move, move with an edit, split, merge, deletion, insertion) "
            "about once per 40 paragraphs. "
            "Each command end to end in a subprocess (start-up included): the best wall "
            f"time of {args.runs} runs (difflib: one run from 50 pages), in parentheses the "
            "median and the CPU time (user + system) of the best run; peak memory is the "
            "child's maximum RSS. The best of several runs is the one least disturbed by other "
            "work on the machine; ratios, doublings and the exponent use it. Pages in "
            "parentheses: typeset pages actually generated. From about 55 pages (400,000 "
            "characters together) versiecheck works in two processes on Linux (B segmented, "
            "and the text rules run, in a forked child: `versiecheck.parallel`), so its CPU "
            "time, both processes together, can exceed its wall time; the peak memory is "
            "that of the larger process.",
            "",
            f"Machine: {machine()}; load average before the run {load_before}, after "
            f"{os.getloadavg()[0]:.1f} (other work on the machine slows every column alike).",
            "",
            *table,
            "",
            "Scaling exponent of versiecheck (log-log slope, 10 pages and up): "
            f"**{slope:.2f}** on wall time, **{slope_cpu:.2f}** on CPU time ({fixed_cost} "
            "flattens both at the small end)."
            + (f" Doubling: {'; '.join(doublings)}." if doublings else ""),
            "",
            *notes,
        ]
    )
    print(body)
    if not args.no_write:
        replace_section("Scale", body)
        print("\nwrote the 'Scale' section of BENCHMARKS.md", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
