"""versiecheck: compare two renderings of an official document.

The library API: :func:`compare` reads two files, :func:`compare_text` takes text;
both return a :class:`~versiecheck.model.Report`.
"""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import Report
    from .pipeline import compare, compare_sources, compare_text

__all__ = ["Report", "__version__", "compare", "compare_sources", "compare_text"]


def __getattr__(name: str) -> Any:
    # Lazy: `import versiecheck` stays cheap; the pipeline loads on first use.
    if name in ("compare", "compare_text", "compare_sources"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "Report":
        from .model import Report

        return Report
    raise AttributeError(f"module 'versiecheck' has no attribute {name!r}")
