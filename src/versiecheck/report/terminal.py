"""The terminal report: a header with both sources and counts, then the findings grouped
by category, each with both sides' places and excerpts, the differing characters
highlighted. Colour only on a terminal without ``NO_COLOR``; in plain output, deletions
and insertions are marked ``[-…-]`` and ``{+…+}`` as ``git diff --word-diff`` does.
"""

from __future__ import annotations

import io
import textwrap
from typing import Any

from rich.console import Console
from rich.text import Text

from .. import __version__
from ..model import Category, Document, Finding, Location, Report, Severity

_ORDER = [Category.FOOTNOTE, Category.SIGNATORY, Category.DATE, Category.TEXT, Category.STRUCTURE]
_TITLES = {
    Category.FOOTNOTE: "Footnotes",
    Category.SIGNATORY: "Signatories",
    Category.DATE: "Dates",
    Category.TEXT: "Text",
    Category.STRUCTURE: "Structure",
}
_STYLE = {
    Severity.ERROR: "bold white on red",
    Severity.WARNING: "bold black on yellow",
    Severity.INFO: "bold white on blue",
}
#: Excerpts less alike than this are shown without character highlights.
HIGHLIGHT_MIN_SIMILARITY = 0.3


def render(report: Report, *, color: bool = False, width: int | None = None, **opts: Any) -> str:
    del opts
    buf = io.StringIO()
    console = _console(buf, color, width)
    _header(console, report)
    categories = sorted(
        {f.category for f in report.findings},
        key=lambda c: _ORDER.index(c) if c in _ORDER else len(_ORDER),
    )
    for cat in categories:
        items = sorted(
            (f for f in report.findings if f.category == cat), key=lambda f: -f.severity.rank
        )
        console.print()
        console.rule(
            Text(f"{_TITLES.get(cat, cat.value.title())} ({len(items)})", style="bold"),
            align="left",
            characters="─",
        )
        for f in items:
            _finding(console, f, color)
    if not report.findings:
        console.print()
        console.print(Text("No differences found.", style="bold green"))
    return buf.getvalue()


def _console(
    buf: io.StringIO, color: bool, width: int | None, *, soft_wrap: bool = False
) -> Console:
    return Console(
        file=buf,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        width=width or 100,
        highlight=False,
        emoji=False,
        soft_wrap=soft_wrap,
    )


def _header(console: Console, report: Report) -> None:
    console.print(Text(f"versiecheck {__version__}", style="bold"))
    for doc in (report.a, report.b):
        console.print(_source_line(doc))
        for w in doc.source.warnings:
            console.print(Text(f"     warning: {w}", style="yellow"))
    s = report.summary()
    line = Text("   ")
    for sev in Severity:
        n = s[sev.value]
        word = sev.value if n == 1 or sev is Severity.INFO else f"{sev.value}s"
        line.append(f"{n} {word}", style=_STYLE[sev].replace("on ", "") if n else "dim")
        if sev is not Severity.INFO:
            line.append(" · ")
    if report.suppressed:
        left_out = ", ".join(f"{n} {why}d" for why, n in sorted(report.suppressed.items()))
        line.append(f"   (not shown: {left_out})", style="dim")
    console.print(line)


def _source_line(doc: Document) -> Text:
    s = doc.source
    notes = len(doc.footnotes)
    t = Text(f" {s.label}  ", style="bold")
    t.append(s.path, style="cyan")
    t.append(
        f"  ({s.format}, {len(doc.blocks)} blocks, {notes} footnote{'s' if notes != 1 else ''})",
        style="dim",
    )
    return t


def _finding(console: Console, f: Finding, color: bool) -> None:
    head = Text(" ")
    head.append(f" {f.severity.value.upper()} ", style=_STYLE[f.severity])
    head.append(f"  {f.rule}", style="bold")
    console.print(head)
    wrapped = textwrap.fill(
        f.message, width=console.width, initial_indent="   ", subsequent_indent="   "
    )
    console.print(Text(wrapped))
    a_text, b_text = _highlighted(f.a, f.b, color)
    for label, loc, text in (("A", f.a, a_text), ("B", f.b, b_text)):
        line = Text(f"   {label} ", style="bold")
        if loc is None:
            line.append("—", style="dim")
        else:
            line.append(f"{loc.line}:{loc.column}".ljust(8), style="cyan")
            line.append_text(text)
        console.print(line, overflow="fold")


def _highlighted(a: Location | None, b: Location | None, color: bool) -> tuple[Text, Text]:
    if a is None or b is None:
        return Text(a.excerpt if a else ""), Text(b.excerpt if b else "")
    from rapidfuzz.fuzz import ratio

    if a.excerpt == b.excerpt or ratio(a.excerpt, b.excerpt) < HIGHLIGHT_MIN_SIMILARITY * 100:
        return Text(a.excerpt), Text(b.excerpt)
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    diffs = dmp.diff_main(a.excerpt, b.excerpt)
    dmp.diff_cleanupSemantic(diffs)
    ta, tb = Text(), Text()
    for op, chunk in diffs:
        if op == 0:
            ta.append(chunk)
            tb.append(chunk)
        elif op == -1:
            ta.append(chunk if color else f"[-{chunk}-]", style="bold red underline")
        else:
            tb.append(chunk if color else f"{{+{chunk}+}}", style="bold green underline")
    return ta, tb


def render_batch(
    batch: dict[str, object], *, color: bool = False, width: int | None = None, **options: object
) -> str:
    """A batch document as a summary: one line per pair with its exit code and counts,
    then that pair's findings one per line (rule, places, message), then the totals."""
    del options
    buf = io.StringIO()
    console = _console(buf, color, width, soft_wrap=True)
    pairs: list[dict[str, object]] = batch["pairs"]  # type: ignore[assignment]
    summary: dict[str, int] = batch["summary"]  # type: ignore[assignment]
    console.print(
        Text(f"versiecheck {__version__} · batch of {summary['pairs']} pairs", style="bold")
    )
    for p in pairs:
        code = int(p["exit_code"])  # type: ignore[call-overload]
        label, style = (
            ("ERROR", "bold red")
            if p["status"] == "error"
            else (("FAIL", "bold yellow") if code else ("ok", "green"))
        )
        line = Text(f" {label:<5} ", style=style)
        line.append(str(p["name"]), style="bold")
        line.append(f"  exit {code}  ", style="dim")
        report = p.get("report")
        if isinstance(report, dict):
            line.append(_counts(report["summary"]))
            baselined = report.get("suppressed", {}).get("baseline", 0)
            if baselined:
                line.append(f" ({baselined} baselined)", style="dim")
        else:
            line.append(str(p["error"]), style="red")
        console.print(line)
        if isinstance(report, dict):
            for f in report["findings"]:
                places = "  ".join(
                    f"{side.upper()} {f[side]['line']}:{f[side]['column']}"
                    for side in ("a", "b")
                    if f.get(side)
                )
                row = Text("        ")
                row.append(
                    f"{f['severity']:<7}", style=_STYLE[Severity(f["severity"])].split(" on ")[0]
                )
                row.append(f" {f['rule']}  ", style="bold")
                row.append(f"{places}  ", style="cyan")
                row.append(str(f["message"]))
                console.print(row)
    total = Text("   total: ", style="bold")
    total.append(_counts(summary))
    total.append(f" · {summary['failed_pairs']} of {summary['pairs']} pairs failed")
    console.print(total)
    return buf.getvalue()


def _counts(summary: dict[str, int]) -> str:
    parts = []
    for sev in Severity:
        n = summary.get(sev.value, 0)
        parts.append(f"{n} {sev.value}{'s' if n != 1 and sev is not Severity.INFO else ''}")
    return " · ".join(parts)
