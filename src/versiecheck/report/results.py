"""Reading serialised results: the ``versiecheck/report/1`` and ``versiecheck/batch/1`` dicts.

The SARIF, JUnit, Markdown and GitHub formats render from these dicts rather than from a
live :class:`~versiecheck.model.Report`, so that one comparison, a batch of many, and JSON
reports merged from several machines all render the same way. This module only reads the
dicts: it never changes them and never touches the file system.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

BATCH_SCHEMA = "versiecheck/batch/1"
SEVERITIES = ("error", "warning", "info")
RANK = {"error": 3, "warning": 2, "info": 1}
FAIL_ON = ("error", "warning", "info", "never")


def fails(severity: str, fail_on: str = "error") -> bool:
    """Whether a finding of ``severity`` is at or above the ``fail_on`` threshold."""
    if fail_on == "never":
        return False
    if fail_on not in RANK:
        raise ValueError(f"unknown fail threshold {fail_on!r}; choose from {', '.join(FAIL_ON)}")
    return RANK.get(severity, 0) >= RANK[fail_on]


def source_paths(report: Mapping[str, Any]) -> tuple[str, str]:
    """The paths of rendering A and rendering B, as the report names them."""
    sources = report.get("sources") or [{}, {}]
    return str(sources[0].get("path", "A")), str(sources[1].get("path", "B"))


def pair_name(report: Mapping[str, Any]) -> str:
    """A readable name for one comparison: ``typeset.txt ↔ plain.txt``."""
    a, b = source_paths(report)
    return f"{PurePosixPath(a).name} ↔ {PurePosixPath(b).name}"


def as_batch(report: Mapping[str, Any], *, fail_on: str = "error") -> dict[str, Any]:
    """A report/1 dict as a batch/1 dict of one pair, so one code path renders both."""
    if report.get("schema") == BATCH_SCHEMA:
        return dict(report)
    a, b = source_paths(report)
    summary = {s: int(report.get("summary", {}).get(s, 0)) for s in SEVERITIES}
    failed = any(fails(str(f.get("severity")), fail_on) for f in report.get("findings", []))
    return {
        "schema": BATCH_SCHEMA,
        "tool": report.get("tool", {"name": "versiecheck"}),
        "pairs": [
            {
                "name": pair_name(report),
                "a": a,
                "b": b,
                "status": "ok",
                "error": None,
                "exit_code": 1 if failed else 0,
                "report": report,
            }
        ],
        "summary": {**summary, "pairs": 1, "failed_pairs": 1 if failed else 0},
        "single": True,  # rendered as one comparison, without pair headings
    }


def is_single(batch: Mapping[str, Any]) -> bool:
    return bool(batch.get("single"))


def pairs(batch: Mapping[str, Any]) -> list[dict[str, Any]]:
    return list(batch.get("pairs", []))


def findings(pair: Mapping[str, Any]) -> list[dict[str, Any]]:
    report = pair.get("report") or {}
    return list(report.get("findings", []))


def pair_findings(batch: Mapping[str, Any]) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Every (pair, finding) of a batch, pairs in order, findings in report order."""
    for pair in pairs(batch):
        for f in findings(pair):
            yield pair, f


def totals(batch: Mapping[str, Any]) -> dict[str, int]:
    """Counts per severity over every pair (recounted: a merged batch may lack a summary)."""
    counts = dict.fromkeys(SEVERITIES, 0)
    for _, f in pair_findings(batch):
        sev = str(f.get("severity"))
        if sev in counts:
            counts[sev] += 1
    return counts


def place(loc: Mapping[str, Any] | None) -> str:
    """``line:column`` of a location, or an em dash when a side has no place."""
    if not loc:
        return "—"
    return f"{loc.get('line')}:{loc.get('column')}"


def counts_text(counts: Mapping[str, int]) -> str:
    """``2 errors · 5 warnings · 3 info``."""
    parts = []
    for sev in SEVERITIES:
        n = int(counts.get(sev, 0))
        word = sev if n == 1 or sev == "info" else f"{sev}s"
        parts.append(f"{n} {word}")
    return " · ".join(parts)


def repo_path(path: str, cwd: Path | None = None) -> str:
    """A path relative to the working directory (POSIX separators) when it lies under it,
    else absolute: the form code scanning and annotations resolve against the repository."""
    p = Path(path)
    if p.is_absolute():
        base = (cwd or Path.cwd()).resolve()
        try:
            return p.resolve().relative_to(base).as_posix()
        except ValueError:
            return p.resolve().as_posix()
    return (PurePosixPath(*p.parts).as_posix() if p.parts else path).removeprefix("./")


def artifact_uri(path: str, cwd: Path | None = None) -> str:
    """:func:`repo_path` as a URI reference: relative and percent-encoded, or ``file://``."""
    rel = repo_path(path, cwd)
    if rel.startswith("/"):
        return Path(rel).as_uri()
    return quote(rel, safe="/")
