"""Reporting: one module per output format, each with ``render(report, **options) -> str``.

All reporters are fed the same :class:`~versiecheck.model.Report`; none of them changes it.
"""

from __future__ import annotations

import importlib
from typing import Protocol

from ..model import Report

FORMATS = ("terminal", "json")


class Renderer(Protocol):
    def __call__(self, report: Report, *, color: bool = ..., width: int | None = ...) -> str: ...


def renderer(name: str) -> Renderer:
    """The ``render`` function of a format (its module is imported on demand)."""
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}; choose from {', '.join(FORMATS)}")
    module = importlib.import_module(f"{__name__}.{name}")
    render: Renderer = module.render
    return render
