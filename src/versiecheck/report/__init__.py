"""Reporting: one module per output format, each fed the same result.

Every format module exposes ``render(report, *, color=False, width=None, **opts) -> str``
for one comparison (a :class:`~versiecheck.model.Report`) and ``render_batch(batch,
**opts) -> str`` for many (a ``versiecheck/batch/1`` dict). None of them changes what it is
fed. SARIF, JUnit, Markdown and GitHub render from the serialised dicts (see
:mod:`.results`), so merged JSON reports re-render exactly as a live run does.
"""

from __future__ import annotations

import importlib
from typing import Any, Protocol

from ..model import Report

FORMATS = ("terminal", "json", "sarif", "junit", "markdown", "html", "github")

#: File name suffix of each format, for ``--output-dir`` (``versiecheck.<suffix>``).
EXTENSIONS = {
    "terminal": "txt",
    "json": "json",
    "sarif": "sarif",
    "junit": "junit.xml",
    "markdown": "md",
    "html": "html",
    "github": "github.txt",
}


class Renderer(Protocol):
    def __call__(
        self, report: Report, *, color: bool = ..., width: int | None = ..., **opts: Any
    ) -> str: ...


class BatchRenderer(Protocol):
    def __call__(self, batch: dict[str, Any], **opts: Any) -> str: ...


def _module(name: str) -> Any:
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}; choose from {', '.join(FORMATS)}")
    return importlib.import_module(f"{__name__}.{name}")


def renderer(name: str) -> Renderer:
    """The ``render`` function of a format (its module is imported on demand)."""
    render: Renderer = _module(name).render
    return render


def batch_renderer(name: str) -> BatchRenderer:
    """The ``render_batch`` function of a format, for a ``versiecheck/batch/1`` dict."""
    render: BatchRenderer = _module(name).render_batch
    return render
