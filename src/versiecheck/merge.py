"""Merge: join the JSON reports of shards (``versiecheck batch --shard i/n``) and of single
comparisons into one batch document, the one an unsharded run gives, byte for byte.

As Playwright's ``merge-reports`` joins the blob reports of ``--shard`` runs. Inputs are
files or directories (every ``*.json`` under them, sorted); a pair that appears in two
inputs must be identical in both, or the merge refuses (exit 2) rather than pick one.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .batch import REPORT_SCHEMA, SCHEMA, document
from .errors import UsageError

if TYPE_CHECKING:
    from .config import Config


def merge(paths: Sequence[Path], cfg: Config) -> dict[str, Any]:
    """One batch document from batch JSONs and single reports (files or directories).

    A single report (``versiecheck/report/1``) becomes a pair named after its file A,
    with an exit code from ``cfg.fail_on``. The same pair in two inputs must be identical.
    """
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files.extend(sorted(q for q in p.rglob("*.json") if q.is_file()))
        elif p.is_file():
            files.append(p)
        else:
            raise UsageError(f"{p}: no such file or directory")
    if not files:
        raise UsageError("merge: no JSON reports given")
    seen: dict[str, tuple[dict[str, Any], Path]] = {}
    for f in files:
        for entry in _entries(f, cfg):
            prev = seen.get(entry["name"])
            if prev is not None and prev[0] != entry:
                raise UsageError(
                    f"pair {entry['name']!r} is in {prev[1]} and in {f} with different results"
                )
            seen[entry["name"]] = (entry, f)
    return document(e for e, _ in seen.values())


def _entries(path: Path, cfg: Config) -> list[dict[str, Any]]:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path}: not JSON ({exc.msg}, line {exc.lineno})") from None
    schema = doc.get("schema") if isinstance(doc, dict) else None
    if schema == SCHEMA:
        return list(doc["pairs"])
    if schema == REPORT_SCHEMA:
        a, b = (s["path"] for s in doc["sources"])
        fails = _fails(doc, cfg.fail_on)
        return [
            {
                "name": Path(a).with_suffix("").name,
                "a": a,
                "b": b,
                "status": "ok",
                "error": None,
                "exit_code": 1 if fails else 0,
                "report": doc,
            }
        ]
    raise UsageError(f"{path}: not a versiecheck report (schema {schema!r})")


def _fails(report: dict[str, Any], fail_on: str) -> bool:
    if fail_on == "never":
        return False
    order = ("info", "warning", "error")
    threshold = order.index(fail_on)
    return any(report["summary"].get(s, 0) for s in order[threshold:])
