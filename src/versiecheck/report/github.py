"""GitHub annotations: workflow commands that GitHub Actions shows on the changed files.

One ``::error``, ``::warning`` or ``::notice`` line per finding, at its place in A (in B
when A has none), the other rendering's place in the message; each pair's findings in a
``::group::``, as yamllint does. The CLI picks this format by default when it runs in
GitHub Actions (``GITHUB_ACTIONS`` and ``GITHUB_WORKFLOW`` set) and writes to stdout.
Values are escaped as the runner requires (``%``, CR, LF; in properties also ``:`` and
``,``), so no document text can start a command of its own.

Example::

    ::group::versiecheck typeset.txt ↔ plain.txt
    ::error file=fixtures/kst-32317-994/typeset.txt,line=28,col=26,title=footnote-body-missing::Footnote 1 … (B 32:1)
    ::endgroup::
"""  # noqa: E501

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..model import Report
from . import results

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def render(report: Report, *, color: bool = False, width: int | None = None, **opts: Any) -> str:
    from .json import to_dict

    del color, width
    return render_batch(results.as_batch(to_dict(report, alignment=False)), **opts)


def render_batch(batch: dict[str, Any], **opts: Any) -> str:
    del opts
    lines: list[str] = []
    for pair in results.pairs(batch):
        name = str(pair.get("name", ""))
        if pair.get("status") == "error":
            message = f"{name}: could not be compared: {pair.get('error') or 'failed'}"
            lines.append(f"::error title=versiecheck::{_data(message)}")
            continue
        found = results.findings(pair)
        if not found:
            continue
        lines.append(f"::group::versiecheck {_data(name)}")
        lines.extend(_annotation(pair, f) for f in found)
        lines.append("::endgroup::")
    return "".join(f"{line}\n" for line in lines)


def _annotation(pair: Mapping[str, Any], f: Mapping[str, Any]) -> str:
    sides = [("A", pair.get("a"), f.get("a")), ("B", pair.get("b"), f.get("b"))]
    placed = [(label, path, loc) for label, path, loc in sides if loc]
    props: list[tuple[str, str]] = []
    message = str(f.get("message", ""))
    if placed:
        _, path, loc = placed[0]
        props += [
            ("file", results.repo_path(str(path))),
            ("line", str(loc.get("line"))),
            ("col", str(loc.get("column"))),
        ]
        for label, _, other in placed[1:]:
            message += f" ({label} {results.place(other)})"
    props.append(("title", f"{f.get('rule')} ({f.get('category')})"))
    command = COMMANDS.get(str(f.get("severity")), "warning")
    prop_text = ",".join(f"{k}={_property(v)}" for k, v in props)
    return f"::{command} {prop_text}::{_data(message)}"


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
