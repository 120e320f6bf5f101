"""A baseline: the findings accepted today, so that CI fails only on new ones.

``--write-baseline FILE`` records the fingerprints of the current findings;
``--baseline FILE`` leaves out every finding whose fingerprint the file holds and counts
them as ``baselined``. A fingerprint hashes the rule and the quoted text on both sides,
never line numbers or messages, so a baseline survives text added above a finding.

The file is JSON (schema ``versiecheck/baseline/1``), sorted, one entry per finding, with
the rule and the excerpts it was made from so a reviewer can read it in a diff::

    {"schema": "versiecheck/baseline/1",
     "findings": [{"pair": null, "rule": "signatory-name-variant",
                   "fingerprint": "4be1…", "a": "F. van Oosten", "b": "Foort van Oosten"}]}

``pair`` is the batch pair name, or null for ``versiecheck compare``; an entry with a null
pair applies to every pair. Findings are matched as a multiset: two equal findings need
two entries, so a second copy of an accepted difference is still new.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import UsageError

if TYPE_CHECKING:
    from .model import Finding, Report

SCHEMA = "versiecheck/baseline/1"


@dataclass(frozen=True, slots=True)
class Baseline:
    """Accepted fingerprints, counted, per pair name (None: any pair)."""

    counts: Counter[tuple[str | None, str]]

    def filter(self, report: Report, pair: str | None = None) -> Report:
        """``report`` without its baselined findings; their number goes to ``suppressed``."""
        left = Counter(self.counts)
        kept: list[Finding] = []
        for f in report.findings:
            fp = f.fingerprint
            for key in ((pair, fp), (None, fp)):
                if left[key] > 0:
                    left[key] -= 1
                    break
            else:
                kept.append(f)
        dropped = len(report.findings) - len(kept)
        if not dropped:
            return report
        suppressed = {
            **report.suppressed,
            "baseline": report.suppressed.get("baseline", 0) + dropped,
        }
        return dataclasses.replace(report, findings=kept, suppressed=suppressed)


def entries(findings: Iterable[Finding], pair: str | None = None) -> list[dict[str, Any]]:
    """Baseline entries for findings (of one pair)."""
    return [
        {
            "pair": pair,
            "rule": f.rule,
            "fingerprint": f.fingerprint,
            "a": f.a.excerpt if f.a else None,
            "b": f.b.excerpt if f.b else None,
        }
        for f in findings
    ]


def entries_from_json(findings: Iterable[dict[str, Any]], pair: str | None) -> list[dict[str, Any]]:
    """Baseline entries from the findings of a JSON report (``report/1``)."""
    return [
        {
            "pair": pair,
            "rule": f["rule"],
            "fingerprint": f["fingerprint"],
            "a": f["a"]["excerpt"] if f.get("a") else None,
            "b": f["b"]["excerpt"] if f.get("b") else None,
        }
        for f in findings
    ]


def dumps(items: Iterable[dict[str, Any]]) -> str:
    """The baseline file's text: deterministic, sorted."""
    ordered = sorted(items, key=lambda e: (e["pair"] or "", e["rule"], e["fingerprint"]))
    doc = {"schema": SCHEMA, "findings": ordered}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def write(path: Path, items: Iterable[dict[str, Any]], inputs: Iterable[str | None] = ()) -> None:
    """Write a baseline file atomically, never over one of the compared ``inputs``."""
    target = path.resolve()
    for name in inputs:
        if name is not None and Path(name).exists() and Path(name).resolve() == target:
            raise UsageError(
                f"--write-baseline {path} is one of the inputs; refusing to overwrite it"
            )
    tmp = path.with_name(f".{path.name}.versiecheck-tmp")
    try:
        tmp.write_text(dumps(items), encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UsageError(f"cannot write baseline {path}: {exc.strerror or exc}") from None


def load(path: Path) -> Baseline:
    """Read a baseline file; a missing or malformed file is a usage error (exit 2)."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(
            f"--baseline {path}: no such file (make one with --write-baseline)"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"--baseline {path}: cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise UsageError(f"--baseline {path}: not JSON ({exc.msg}, line {exc.lineno})") from None
    if not isinstance(doc, dict) or doc.get("schema") != SCHEMA:
        raise UsageError(f"--baseline {path}: not a versiecheck baseline (schema {SCHEMA})")
    items = doc.get("findings", [])
    if not isinstance(items, list) or not all(
        isinstance(e, dict) and isinstance(e.get("fingerprint"), str) for e in items
    ):
        raise UsageError(f"--baseline {path}: an entry has no fingerprint")
    return Baseline(count(items))


def count(items: Iterable[dict[str, Any]]) -> Counter[tuple[str | None, str]]:
    """Baseline entries counted by (pair, fingerprint)."""
    counts: Counter[tuple[str | None, str]] = Counter()
    for e in items:
        pair = e.get("pair")
        counts[(pair if isinstance(pair, str) else None, e["fingerprint"])] += 1
    return counts
