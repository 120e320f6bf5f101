"""SARIF 2.1.0: for GitHub code scanning and any SARIF viewer.

One run. ``tool.driver.rules`` holds every rule's metadata (id, descriptions, help, default
level, category). Each finding is one result: its primary location is the place in A (or
in B when A has none), the other rendering's place is a related location that the message
links to, and the finding's fingerprint is a partial fingerprint, so an alert survives
lines moving. Paths are relative to the working directory when they lie under it (code
scanning resolves them against the repository root). Columns count Unicode code points
(``columnKind``), as versiecheck's do. Deterministic: no clock, no machine, no timing.

Example (shortened)::

    {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
     "runs": [{"tool": {"driver": {"name": "versiecheck", "rules": [{"id":
       "footnote-body-missing", "defaultConfiguration": {"level": "error"}, ...}]}},
       "columnKind": "unicodeCodePoints",
       "results": [{"ruleId": "footnote-body-missing", "ruleIndex": 3, "level": "error",
         "message": {"text": "Footnote 1 is referenced in A ... (B: [32:1](1))"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri":
           "fixtures/kst-32317-994/typeset.txt"}, "region": {"startLine": 28,
           "startColumn": 26, "snippet": {"text": "brief1"}}}}],
         "relatedLocations": [{"id": 1, "physicalLocation": {...}}],
         "partialFingerprints": {"versiecheck/v1": "..."}}]}]}
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Mapping
from typing import Any

from ..model import Report
from . import results

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def render(report: Report, *, color: bool = False, width: int | None = None, **opts: Any) -> str:
    from .json import to_dict

    del color, width
    return render_batch(results.as_batch(to_dict(report, alignment=False)), **opts)


def render_batch(batch: dict[str, Any], **opts: Any) -> str:
    return json.dumps(to_sarif(batch), ensure_ascii=False, indent=2) + "\n"


def to_sarif(batch: Mapping[str, Any]) -> dict[str, Any]:
    """The SARIF log of a batch (or of one report, via :func:`results.as_batch`)."""
    rules, index = _rules(batch)
    out_results = []
    for pair, f in results.pair_findings(batch):
        out_results.append(_result(pair, f, index, multi=not results.is_single(batch)))
    tool = batch.get("tool") or {}
    driver: dict[str, Any] = {"name": "versiecheck", "rules": rules}
    if tool.get("version"):
        driver["version"] = str(tool["version"])
        driver["semanticVersion"] = str(tool["version"])
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "results": out_results,
    }
    artifacts = _artifacts(batch)
    if artifacts:
        run["artifacts"] = artifacts
    notifications = _pair_errors(batch)
    if notifications:
        run["invocations"] = [
            {"executionSuccessful": False, "toolExecutionNotifications": notifications}
        ]
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _rules(batch: Mapping[str, Any]) -> tuple[list[dict[str, Any]], dict[str, int]]:
    from ..rules import registry

    out: list[dict[str, Any]] = []
    for rule in registry().values():
        doc = inspect.cleandoc(rule.doc) if rule.doc else rule.id
        paragraphs = [p for p in doc.split("\n\n") if p.strip()]
        full = " ".join(paragraphs[1].split()) if len(paragraphs) > 1 else rule.summary
        out.append(
            {
                "id": rule.id,
                "name": _camel(rule.id),
                "shortDescription": {"text": rule.summary or rule.id},
                "fullDescription": {"text": full or rule.summary or rule.id},
                "help": {"text": doc, "markdown": _help_markdown(rule.id, doc)},
                "defaultConfiguration": {"level": LEVELS[rule.severity.value]},
                "properties": {"category": rule.category.value, "tags": [rule.category.value]},
            }
        )
    known = {r["id"] for r in out}
    # A merged report may name a rule this version does not have: describe it minimally.
    for _, f in results.pair_findings(batch):
        rid = str(f.get("rule"))
        if rid not in known:
            known.add(rid)
            out.append(
                {
                    "id": rid,
                    "shortDescription": {"text": rid},
                    "properties": {"category": str(f.get("category", "")), "tags": []},
                }
            )
    return out, {r["id"]: i for i, r in enumerate(out)}


def _result(
    pair: Mapping[str, Any], f: Mapping[str, Any], index: Mapping[str, int], *, multi: bool
) -> dict[str, Any]:
    sides = [("A", pair.get("a"), f.get("a")), ("B", pair.get("b"), f.get("b"))]
    placed = [(label, path, loc) for label, path, loc in sides if loc]
    message = str(f.get("message", ""))
    res: dict[str, Any] = {
        "ruleId": str(f.get("rule")),
        "ruleIndex": index[str(f.get("rule"))],
        "level": LEVELS.get(str(f.get("severity")), "warning"),
        "message": {"text": message},
    }
    if placed:
        label, path, loc = placed[0]
        res["locations"] = [_location(str(path), loc, f"{label}: {results.place(loc)}")]
        if len(placed) > 1:
            other_label, other_path, other = placed[1]
            text = f"{other_label}: {results.place(other)}"
            res["relatedLocations"] = [{"id": 1, **_location(str(other_path), other, text)}]
            # Embedded link: viewers (and code scanning) make it jump to the other file.
            res["message"] = {"text": f"{message} ({other_label}: [{results.place(other)}](1))"}
    fingerprint = f.get("fingerprint")
    if fingerprint:
        res["partialFingerprints"] = {"versiecheck/v1": str(fingerprint)}
    props: dict[str, Any] = {"category": str(f.get("category", ""))}
    if multi:
        props["pair"] = str(pair.get("name", ""))
    res["properties"] = props
    return res


def _location(path: str, loc: Mapping[str, Any], text: str) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": max(1, int(loc.get("line", 1))),
        "startColumn": max(1, int(loc.get("column", 1))),
    }
    if loc.get("excerpt"):
        region["snippet"] = {"text": str(loc["excerpt"])}
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": results.artifact_uri(path)},
            "region": region,
        },
        "message": {"text": text},
    }


def _artifacts(batch: Mapping[str, Any]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for pair in results.pairs(batch):
        report = pair.get("report") or {}
        encodings = {str(s.get("path")): s.get("encoding") for s in report.get("sources", []) if s}
        for key in ("a", "b"):
            path = pair.get(key)
            if not path:
                continue
            uri = results.artifact_uri(str(path))
            if uri in seen:
                continue
            art: dict[str, Any] = {"location": {"uri": uri}}
            if encodings.get(str(path)):
                art["encoding"] = str(encodings[str(path)])
            seen[uri] = art
    return list(seen.values())


def _pair_errors(batch: Mapping[str, Any]) -> list[dict[str, Any]]:
    out = []
    for pair in results.pairs(batch):
        if pair.get("status") == "error":
            out.append(
                {
                    "level": "error",
                    "message": {"text": f"{pair.get('name')}: {pair.get('error') or 'failed'}"},
                }
            )
    return out


def _camel(rule_id: str) -> str:
    return "".join(part.capitalize() for part in rule_id.split("-"))


def _help_markdown(rule_id: str, doc: str) -> str:
    lines = doc.splitlines()
    title = lines[0] if lines else rule_id
    rest = "\n".join(lines[1:]).strip()
    return f"**{rule_id}**: {title}\n\n{rest}\n\n`versiecheck explain {rule_id}` prints this."
