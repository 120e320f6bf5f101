"""Markdown: for a pull-request comment or ``$GITHUB_STEP_SUMMARY``.

A heading with the counts, the two files, then a table of findings (severity, rule, the
place in A and in B, the message). A batch gets a table of pairs and one collapsible
section per pair with findings. Every piece of document text is escaped, so nothing in a
document can become markup, a link or HTML in the comment. Long reports are cut at
``max_findings`` (default 200) rows per pair, and a batch at ``max_chars`` (default
60,000) in all, to stay under GitHub's comment size.

Example::

    ### versiecheck: 2 errors · 5 warnings · 3 info

    **A** `fixtures/kst-32317-994/typeset.txt` · **B** `fixtures/kst-32317-994/plain.txt`

    | | rule | A | B | message |
    |---|---|---|---|---|
    | 🔴 error | `footnote-body-missing` | 28:26 | 32:1 | Footnote 1 is referenced in A … |
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..model import Report
from . import results

ICONS = {"error": "🔴 error", "warning": "🟡 warning", "info": "🔵 info"}
MAX_FINDINGS = 200
#: A pull-request comment holds at most 65,536 characters; stay well under it.
MAX_CHARS = 60_000
# Characters that start markup anywhere in a table cell (GitHub flavoured), with ``@`` so
# no document text mentions a person; escaped with a backslash. ``<``, ``>``, ``&`` become
# entities. (``(`` after an escaped ``[`` and ``-`` or ``#`` inside a cell mean nothing.)
_SPECIAL = re.compile(r"([\\`*_\[\]|~@#])")


def render(report: Report, *, color: bool = False, width: int | None = None, **opts: Any) -> str:
    from .json import to_dict

    del color, width
    return render_batch(results.as_batch(to_dict(report, alignment=False)), **opts)


def render_batch(
    batch: dict[str, Any],
    *,
    max_findings: int = MAX_FINDINGS,
    max_chars: int = MAX_CHARS,
    **opts: Any,
) -> str:
    del opts
    lines: list[str] = []
    totals = results.totals(batch)
    if results.is_single(batch):
        pair = results.pairs(batch)[0]
        lines.append(f"### versiecheck: {results.counts_text(totals)}")
        lines.append("")
        lines.append(f"**A** {_code(str(pair.get('a')))} · **B** {_code(str(pair.get('b')))}")
        lines.append("")
        lines.extend(_findings(pair, max_findings))
        return "\n".join(lines).rstrip("\n") + "\n"
    all_pairs = results.pairs(batch)
    failed = sum(1 for p in all_pairs if p.get("exit_code") or p.get("status") == "error")
    lines.append(
        f"### versiecheck: {len(all_pairs)} pairs, {failed} failed · {results.counts_text(totals)}"
    )
    lines.append("")
    rows = [_pair_row(p) for p in all_pairs]
    if sum(len(r) for r in rows) > max_chars // 2:  # thousands of pairs: the failing ones
        rows = [_pair_row(p) for p in all_pairs if p.get("exit_code") or p.get("status")
                == "error"]  # fmt: skip
        lines.append(f"{len(all_pairs) - len(rows)} pairs passed and are not listed.")
        lines.append("")
        kept, used = 0, 0
        while kept < len(rows) and used + len(rows[kept]) <= max_chars // 2:
            used += len(rows[kept])
            kept += 1
        if kept < len(rows):
            lines.append(f"{len(rows) - kept} more failing pairs are not listed.")
            lines.append("")
            rows = rows[:kept]
    lines.append("| pair | status | errors | warnings | info |")
    lines.append("|---|---|---|---|---|")
    lines.extend(rows)
    size = sum(len(line) + 1 for line in lines)
    left_out = 0
    for pair in all_pairs:
        section = _pair_section(pair, max_findings)
        if not section:
            continue
        length = sum(len(line) + 1 for line in section)
        if size + length > max_chars:
            left_out += 1
            continue
        lines.extend(section)
        size += length
    if left_out:
        lines.append("")
        lines.append(
            f"… the findings of {left_out} more pair{'s' if left_out != 1 else ''} are left "
            "out to keep this short enough for a comment; see the full report."
        )
    return "\n".join(lines).rstrip("\n") + "\n"


def _pair_row(pair: Mapping[str, Any]) -> str:
    counts = _counts(pair)
    status = (
        "⚠️ error"
        if pair.get("status") == "error"
        else ("❌ failed" if pair.get("exit_code") else "✅ passed")
    )
    return (
        f"| {_text(str(pair.get('name')))} | {status} | {counts['error']} "
        f"| {counts['warning']} | {counts['info']} |"
    )


def _pair_section(pair: Mapping[str, Any], max_findings: int) -> list[str]:
    name = _text(str(pair.get("name")))
    if pair.get("status") == "error":
        return ["", f"**{name}**: could not be compared: {_text(str(pair.get('error')))}"]
    if not results.findings(pair):
        return []
    return [
        "",
        "<details>",
        f"<summary>{name}: {results.counts_text(_counts(pair))}</summary>",
        "",
        f"**A** {_code(str(pair.get('a')))} · **B** {_code(str(pair.get('b')))}",
        "",
        *_findings(pair, max_findings),
        "",
        "</details>",
    ]


def _counts(pair: Mapping[str, Any]) -> dict[str, int]:
    counts = dict.fromkeys(results.SEVERITIES, 0)
    for f in results.findings(pair):
        sev = str(f.get("severity"))
        if sev in counts:
            counts[sev] += 1
    return counts


def _findings(pair: Mapping[str, Any], max_findings: int) -> list[str]:
    found = sorted(
        results.findings(pair), key=lambda f: -results.RANK.get(str(f.get("severity")), 0)
    )
    if not found:
        return ["No differences found."]
    out = ["| | rule | A | B | message |", "|---|---|---|---|---|"]
    for f in found[:max_findings]:
        out.append(
            f"| {ICONS.get(str(f.get('severity')), _text(str(f.get('severity'))))} "
            f"| {_code(str(f.get('rule')))} | {results.place(f.get('a'))} "
            f"| {results.place(f.get('b'))} | {_text(str(f.get('message')))} |"
        )
    if len(found) > max_findings:
        out.append("")
        out.append(f"… and {len(found) - max_findings} more (see the full report).")
    return out


def _text(text: str) -> str:
    """Document text as inert Markdown: HTML-escaped, specials backslash-escaped, one line."""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", text)


def _code(text: str) -> str:
    """A path or id in a code span that no backtick in it can break out of."""
    text = " ".join(text.split())
    if "`" not in text:
        return f"`{text}`"
    return _text(text)
