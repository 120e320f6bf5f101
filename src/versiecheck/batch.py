"""Batch: compare many pairs in parallel, one slice per machine, and merge the slices.

Pairs come from two directories (matched by path without suffix, searched recursively,
hidden files skipped) or from a CSV manifest with a header ``a,b[,name]`` (paths relative
to the manifest; the name defaults to the stem of ``a``). Each pair runs in a worker
process; the result is one batch document (schema ``versiecheck/batch/1``), its pairs
sorted by name, byte-identical however many workers or shards made it (no clock, no
machine, no timing in it).

A pair that cannot be compared (a file missing or unreadable, a file with no counterpart,
two files with the same name on one side) is reported with ``status: "error"`` and the
batch goes on. Exit codes of a batch: 0 every pair passed; 1 some pair has a finding at or
above ``fail-on`` or could not be compared; 2 a usage error of the batch itself. Each
pair's own ``exit_code`` is what ``versiecheck compare`` would have returned for it.

``--shard i/n`` keeps the i-th of n contiguous slices of the sorted pairs (1-based, sizes
differing by at most one, as Playwright's ``--shard``); ``merge`` joins slices' JSON into
the document one unsharded run gives.
"""

from __future__ import annotations

import csv
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .errors import UsageError

if TYPE_CHECKING:
    from .baseline import Baseline
    from .config import Config

SCHEMA = "versiecheck/batch/1"
REPORT_SCHEMA = "versiecheck/report/1"


@dataclass(frozen=True, slots=True, order=True)
class Pair:
    """Two files to compare under a name; ``problem`` says why they cannot be."""

    name: str
    a: str | None
    b: str | None
    problem: str | None = None


# --- finding the pairs ------------------------------------------------------------------


def pairs_from_dirs(dir_a: Path, dir_b: Path) -> list[Pair]:
    """Pairs of files with the same relative path without suffix, sorted by that name."""
    side_a, side_b = _files_by_name(dir_a), _files_by_name(dir_b)
    pairs = []
    for name in sorted(side_a.keys() | side_b.keys()):
        fa, fb = side_a.get(name, []), side_b.get(name, [])
        problem = None
        if len(fa) > 1 or len(fb) > 1:
            many = fa if len(fa) > 1 else fb
            problem = f"ambiguous: several files named {name!r}: {', '.join(many)}"
        elif not fa:
            problem = f"no counterpart in {dir_a} for {fb[0]}"
        elif not fb:
            problem = f"no counterpart in {dir_b} for {fa[0]}"
        pairs.append(
            Pair(name, fa[0] if len(fa) == 1 else None, fb[0] if len(fb) == 1 else None, problem)
        )
    return pairs


def _files_by_name(root: Path) -> dict[str, list[str]]:
    if not root.is_dir():
        raise UsageError(f"{root}: not a directory")
    found: dict[str, list[str]] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for fn in sorted(filenames):
            if fn.startswith("."):
                continue
            path = Path(dirpath, fn)
            name = path.relative_to(root).with_suffix("").as_posix()
            found.setdefault(name, []).append(str(path))
    return found


def pairs_from_manifest(manifest: Path) -> list[Pair]:
    """Pairs listed in a CSV file with a header ``a,b`` and optionally ``name``.

    Paths are relative to the manifest's directory; ``-`` reads the manifest from standard
    input, paths relative to the current directory.
    """
    try:
        if str(manifest) == "-":
            text, manifest = sys.stdin.read().removeprefix("\ufeff"), Path("<stdin>")
        else:
            text = manifest.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"--manifest {manifest}: cannot be read ({exc})") from None
    rows = csv.DictReader(text.splitlines())
    header = [h.strip() for h in rows.fieldnames or []]
    if "a" not in header or "b" not in header or set(header) - {"a", "b", "name"}:
        raise UsageError(
            f"{manifest}: the header must be a,b or a,b,name (found {','.join(header)})"
        )
    base = Path(".") if str(manifest) == "<stdin>" else manifest.parent
    pairs: dict[str, Pair] = {}
    for line, row in enumerate(rows, start=2):
        row = {(k or "").strip(): (v or "").strip() for k, v in row.items()}
        if not row.get("a") or not row.get("b"):
            raise UsageError(f"{manifest}:{line}: a and b must both be given")
        a, b = str(base / row["a"]), str(base / row["b"])
        name = row.get("name") or Path(row["a"]).stem
        if name in pairs:
            raise UsageError(
                f"{manifest}:{line}: pair name {name!r} is used twice (give a name column)"
            )
        pairs[name] = Pair(name, a, b)
    return sorted(pairs.values())


def parse_shard(spec: str) -> tuple[int, int]:
    """``"2/3"`` → ``(2, 3)``; 1-based."""
    index, sep, total = spec.partition("/")
    try:
        i, n = int(index), int(total)
    except ValueError:
        i = n = 0
    if not sep or n < 1 or not 1 <= i <= n:
        raise UsageError(f"--shard {spec!r}: expected i/n with 1 <= i <= n, e.g. 1/4")
    return i, n


def shard(pairs: Sequence[Pair], index: int, total: int) -> list[Pair]:
    """The ``index``-th of ``total`` contiguous slices (1-based); sizes differ by at most one."""
    size, extra = divmod(len(pairs), total)
    k = index - 1
    start = size * k + min(extra, k)
    return list(pairs[start : start + size + (1 if k < extra else 0)])


# --- running ----------------------------------------------------------------------------


def run(
    pairs: Sequence[Pair],
    cfg: Config,
    *,
    jobs: int | None = None,
    max_bytes: int | None = None,
    baseline: Baseline | None = None,
    progress: bool = False,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Run every pair; the batch document and the baseline entries of all findings."""
    from . import pipeline  # noqa: F401  (imported before forking: workers inherit it)

    jobs = max(1, min(jobs or cores(), len(pairs) or 1))
    results: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
    with _Progress(len(pairs), progress) as advance:
        if jobs == 1:
            for p in pairs:
                results.append(run_pair(p, cfg, max_bytes, baseline))
                advance()
        else:
            from concurrent.futures import ProcessPoolExecutor, as_completed

            with ProcessPoolExecutor(max_workers=jobs) as pool:
                futures = {pool.submit(run_pair, p, cfg, max_bytes, baseline): p for p in pairs}
                for fut in as_completed(futures):
                    try:
                        results.append(fut.result())
                    except Exception as exc:  # a worker died (memory, a signal): say so, go on
                        p = futures[fut]
                        entry = {"name": p.name, "a": p.a, "b": p.b}
                        why = f"worker process failed ({type(exc).__name__}: {exc})"
                        results.append(({**entry, **_error(why)}, []))
                    advance()
    entries = [r[0] for r in results]
    accepted = [e for r in results for e in r[1]]
    return document(entries), accepted


def cores() -> int:
    """The cores this process may run on (its CPU affinity), the default for ``--jobs``."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def run_pair(
    pair: Pair, cfg: Config, max_bytes: int | None, baseline: Baseline | None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """One pair's entry in the batch document, and baseline entries for its findings."""
    from . import baseline as bl
    from . import config
    from .errors import VersiecheckError
    from .report.json import to_dict

    entry: dict[str, Any] = {"name": pair.name, "a": pair.a, "b": pair.b}
    if pair.problem is not None or pair.a is None or pair.b is None:
        return {**entry, **_error(pair.problem or "incomplete pair")}, []
    try:
        report = config.compare(pair.a, pair.b, cfg, max_bytes=max_bytes)
    except VersiecheckError as exc:
        return {**entry, **_error(str(exc))}, []
    except Exception as exc:  # a bug on one pair must not lose the other pairs' results
        return {**entry, **_error(f"internal error ({type(exc).__name__}: {exc})")}, []
    accepted = bl.entries(report.findings, pair.name)
    if baseline is not None:
        report = baseline.filter(report, pair.name)
    status = {"status": "ok", "error": None, "exit_code": 1 if cfg.fails(report.findings) else 0}
    return {**entry, **status, "report": to_dict(report)}, accepted


def _error(message: str) -> dict[str, Any]:
    return {"status": "error", "error": message, "exit_code": 2, "report": None}


class _Progress:
    """A rich progress bar on stderr, only when it is a terminal and not a CI log."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self._bar: Any = None

    def __enter__(self) -> Callable[[], None]:
        if not self.enabled:
            return lambda: None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self._bar = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._bar.__enter__()
        task = self._bar.add_task("comparing", total=self.total)
        return lambda: self._bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)


def show_progress() -> bool:
    """Whether to draw a progress bar: stderr is a terminal and this is not CI."""
    if os.environ.get("CI") or os.environ.get("GITHUB_ACTIONS"):
        return False
    return sys.stderr.isatty() and os.environ.get("TERM") != "dumb"


# --- the batch document -----------------------------------------------------------------


def document(entries: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """The batch document of these pair entries: sorted by name, summed up."""
    pairs = sorted(entries, key=lambda e: e["name"])
    summary = {"error": 0, "warning": 0, "info": 0, "pairs": len(pairs), "failed_pairs": 0}
    for e in pairs:
        if e["exit_code"] != 0:
            summary["failed_pairs"] += 1
        counts = (e.get("report") or {}).get("summary", {})
        for sev in ("error", "warning", "info"):
            summary[sev] += int(counts.get(sev, 0))
    return {
        "schema": SCHEMA,
        "tool": {"name": "versiecheck", "version": __version__},
        "pairs": pairs,
        "summary": summary,
    }


def exit_code(batch: dict[str, Any]) -> int:
    """0 every pair passed, 1 otherwise (findings at or above fail-on, or an error)."""
    return 1 if batch["summary"]["failed_pairs"] else 0


# --- output -----------------------------------------------------------------------------


def batch_formats() -> list[str]:
    """The formats that can render a batch document."""
    import importlib

    from . import report

    names = []
    for name in report.FORMATS:
        try:
            module = importlib.import_module(f"{report.__name__}.{name}")
        except ImportError:  # a format listed before its module has landed
            continue
        if hasattr(module, "render_batch"):
            names.append(name)
    return names


def render(batch: dict[str, Any], fmt: str, **opts: Any) -> str:
    """The batch document in one format (``opts`` go to the format's ``render_batch``)."""
    import importlib

    from . import report

    if fmt not in batch_formats():
        raise UsageError(f"format {fmt!r} cannot show a batch; use {', '.join(batch_formats())}")
    lookup = getattr(report, "batch_renderer", None)
    fn = (
        lookup(fmt)
        if lookup is not None
        else importlib.import_module(f"{report.__name__}.{fmt}").render_batch
    )
    if fmt != "terminal":
        opts.pop("color", None)
        opts.pop("width", None)
    text: str = fn(batch, **opts)
    return text
