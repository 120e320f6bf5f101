"""The JSON report: the contract other tools depend on (``versiecheck/report/1``).

Fields are only ever added, never renamed or removed. Output is deterministic: the same
inputs give byte-identical JSON (no clock, no machine).

Example (shortened)::

    {"schema": "versiecheck/report/1",
     "tool": {"name": "versiecheck", "version": "0.1.0"},
     "sources": [{"label": "A", "path": "typeset.txt", "format": "text", ...}, ...],
     "alignment": [{"kind": "match", "a": [{"block": 4, "kind": "paragraph", "line": 15,
                    "end_line": 17}], "b": [...], "similarity": 1.0}, ...],
     "findings": [{"rule": "footnote-body-missing", "category": "footnote",
                   "severity": "error", "message": "Footnote 1 is referenced in A ...",
                   "a": {"line": 28, "column": 26, "excerpt": "brief1"},
                   "b": {"line": 32, "column": 1, "excerpt": "1 Tweede Kamer, ..."},
                   "fingerprint": "..."}],
     "summary": {"error": 2, "warning": 5, "info": 3}}
"""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..model import Document, Report

SCHEMA = "versiecheck/report/1"


def to_dict(report: Report) -> dict[str, object]:
    return {
        "schema": SCHEMA,
        "tool": {"name": "versiecheck", "version": __version__},
        "sources": [_source(report.a), _source(report.b)],
        "alignment": [
            {
                "kind": g.kind.value,
                "a": [_span(report.a, i) for i in g.a],
                "b": [_span(report.b, j) for j in g.b],
                "similarity": round(g.similarity, 4),
            }
            for g in report.alignment
        ],
        "findings": [f.to_json() for f in report.findings],
        "summary": report.summary(),
        # Present only when findings were left out (``--baseline``, ignore patterns).
        **({"suppressed": dict(sorted(report.suppressed.items()))} if report.suppressed else {}),
    }


def render(report: Report, *, color: bool = False, width: int | None = None, **opts: Any) -> str:
    del color, width, opts  # JSON has neither
    return json.dumps(to_dict(report), ensure_ascii=False, indent=2) + "\n"


def render_batch(batch: dict[str, Any], **opts: Any) -> str:
    """A batch document (``versiecheck/batch/1``) as JSON, keys in the order given."""
    del opts
    return json.dumps(batch, ensure_ascii=False, indent=2) + "\n"


def _source(doc: Document) -> dict[str, object]:
    s = doc.source
    return {
        "label": s.label,
        "path": s.path,
        "format": s.format,
        "encoding": s.encoding,
        "blocks": len(doc.blocks),
        "footnotes": len(doc.footnotes),
        "warnings": list(s.warnings),
    }


def _span(doc: Document, index: int) -> dict[str, object]:
    block = doc.blocks[index]
    start = doc.source.line_column(block.source_offset)[0]
    end = doc.source.line_column(block.origin.source_offset(max(0, len(block.text) - 1)))[0]
    return {
        "block": index,
        "kind": block.kind.value,
        "region": block.region.value,
        "line": start,
        "end_line": end,
    }
