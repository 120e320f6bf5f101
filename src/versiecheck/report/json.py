"""The JSON report: the contract other tools depend on (``versiecheck/report/1``).

Fields are only ever added, never renamed or removed. Output is deterministic: the same
inputs give byte-identical JSON (no clock, no machine).

Layout: indented two spaces, except that each alignment group and each finding is one
line (a finding written by the C encoder, a group written here as the C encoder would
write it: ``json.dumps(indent=2)`` would fall back to the pure-Python encoder, which takes
longer than all the reading on a long document). The document parses to exactly what
``json.dumps(to_dict(report), indent=2)`` gives; only the whitespace differs.

Example (shortened)::

    {"schema": "versiecheck/report/1",
     "tool": {"name": "versiecheck", "version": "0.1.0"},
     "sources": [{"label": "A", "path": "typeset.txt", "format": "text", ...}, ...],
     "alignment": [{"kind": "match", "a": [{"block": 4, "kind": "paragraph",
                    "region": "body", "line": 15, "end_line": 17}], "b": [...],
                    "similarity": 1.0}, ...],
     "findings": [{"rule": "footnote-body-missing", "category": "footnote",
                   "severity": "error", "message": "Footnote 1 is referenced in A ...",
                   "a": {"line": 28, "column": 21, "excerpt": "brief1"},
                   "b": {"line": 32, "column": 1, "excerpt": "1 Tweede Kamer, ..."},
                   "fingerprint": "..."}],
     "summary": {"error": 2, "warning": 5, "info": 3}}
"""

from __future__ import annotations

import json
from bisect import bisect_right
from typing import Any

from .. import __version__
from ..model import Document, Report

SCHEMA = "versiecheck/report/1"


def to_dict(report: Report, *, alignment: bool = True) -> dict[str, object]:
    """The report as JSON data. ``alignment=False`` leaves the alignment out (for the
    formats that show findings only: on a long document it is most of the work)."""
    groups = (
        [
            {
                "kind": g.kind.value,
                "a": [_span(report.a, i) for i in g.a],
                "b": [_span(report.b, j) for j in g.b],
                "similarity": round(g.similarity, 4),
            }
            for g in report.alignment
        ]
        if alignment
        else None
    )
    return _document(report, groups)


def _document(report: Report, alignment: list[Any] | None) -> dict[str, object]:
    return {
        "schema": SCHEMA,
        "tool": {"name": "versiecheck", "version": __version__},
        "sources": [_source(report.a), _source(report.b)],
        **({"alignment": alignment} if alignment is not None else {}),
        "findings": [f.to_json() for f in report.findings],
        "summary": report.summary(),
        # Present only when findings were left out (``--baseline``, ignore patterns).
        **({"suppressed": dict(sorted(report.suppressed.items()))} if report.suppressed else {}),
    }


def render(report: Report, *, color: bool = False, width: int | None = None, **opts: Any) -> str:
    del color, width, opts  # JSON has neither
    return dumps(_document(report, _alignment_lines(report)))


class _Encoded(str):
    """A value already written as JSON (one line), which :func:`dumps` copies as it is."""

    __slots__ = ()


def _alignment_lines(report: Report) -> list[_Encoded]:
    """``to_dict(report)["alignment"]``, each group written as the C encoder writes it
    (a test holds them equal), without building a dict per group and per block: a long
    document has thousands of groups."""
    spans_a, spans_b = _spans(report.a), _spans(report.b)
    out = []
    for g in report.alignment:
        a = ", ".join(spans_a[i] for i in g.a)
        b = ", ".join(spans_b[j] for j in g.b)
        similarity = _ONE_LINE.encode(round(g.similarity, 4))
        out.append(
            _Encoded(
                f'{{"kind": "{g.kind.value}", "a": [{a}], "b": [{b}], "similarity": {similarity}}}'
            )
        )
    return out


def _spans(doc: Document) -> list[str]:
    """Each block's span as JSON, as the C encoder writes ``_span(doc, i)``."""
    return [
        f'{{"block": {i}, "kind": "{block.kind.value}", "region": "{block.region.value}", '
        f'"line": {first}, "end_line": {last}}}'
        for i, (block, (first, last)) in enumerate(zip(doc.blocks, doc.block_lines(), strict=True))
    ]


def render_batch(batch: dict[str, Any], **opts: Any) -> str:
    """A batch document (``versiecheck/batch/1``) as JSON, keys in the order given."""
    del opts
    return dumps(batch)


#: Lists (values of these keys) written one element per line.
ONE_PER_LINE = frozenset({"alignment", "findings"})
_ONE_LINE = json.JSONEncoder(ensure_ascii=False)  # (no indent: the C encoder)


def dumps(value: object) -> str:
    """``value`` as indented JSON with a final newline; the elements of the lists named in
    :data:`ONE_PER_LINE` one per line (see the module docstring)."""
    out: list[str] = []
    _write(value, "", out)
    out.append("\n")
    return "".join(out)


def _encoded(value: object) -> str:
    return value if isinstance(value, _Encoded) else _ONE_LINE.encode(value)


def _write(value: object, pad: str, out: list[str]) -> None:
    """Append ``value`` as JSON indented as ``json.dumps(indent=2)`` would at ``pad``."""
    inner = pad + "  "
    if isinstance(value, dict) and value and all(isinstance(k, str) for k in value):
        sep = "{\n"
        for key, item in value.items():
            out.append(f"{sep}{inner}{_ONE_LINE.encode(key)}: ")
            sep = ",\n"
            if key in ONE_PER_LINE and isinstance(item, list | tuple) and item:
                line = ",\n" + inner + "  "
                out.append(f"[\n{inner}  " + line.join(map(_encoded, item)))
                out.append(f"\n{inner}]")
            else:
                _write(item, inner, out)
        out.append(f"\n{pad}}}")
    elif isinstance(value, list | tuple) and value:
        sep = "[\n"
        for item in value:
            out.append(sep + inner)
            sep = ",\n"
            _write(item, inner, out)
        out.append(f"\n{pad}]")
    else:  # a scalar, an empty container, or a dict with keys JSON must convert
        out.append(_ONE_LINE.encode(value))


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
    origin = block.origin
    starts = doc.source.line_starts  # (the line of an offset as Source.line_column finds it)
    return {
        "block": index,
        "kind": block.kind.value,
        "region": block.region.value,
        "line": bisect_right(starts, origin.source_offset(0)),
        "end_line": bisect_right(starts, origin.source_offset(max(0, len(block.text) - 1))),
    }
