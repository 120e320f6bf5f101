"""The whole comparison: read → segment → align → check, as one library call."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from .align import align
from .check import Context, run_rules
from .model import Report, Severity, Source
from .parallel import allowing, segment_both
from .read import DEFAULT_MAX_BYTES, read_path, read_text
from .segment import collector_paused
from .segment.join import words

#: ``progress(stage, fraction)``: stage is "reading", "aligning" or "checking", fraction
#: 0–1 within it. The library calls it and draws nothing; the CLI draws a progress bar.
Progress = Callable[[str, float], None]

_PROGRESS: ContextVar[Progress | None] = ContextVar("versiecheck_progress", default=None)


@contextmanager
def progress_to(callback: Progress | None) -> Iterator[None]:
    """Report the progress of every comparison run inside the ``with`` block (for
    callers that reach :func:`compare` through other layers)."""
    token = _PROGRESS.set(callback)
    try:
        yield
    finally:
        _PROGRESS.reset(token)


def _progress(callback: Progress | None) -> Progress:
    found = callback or _PROGRESS.get()
    return found if found is not None else _no_progress


def _no_progress(stage: str, fraction: float) -> None:
    return None


def compare(
    path_a: str | Path,
    path_b: str | Path,
    *,
    rules: Iterable[str] | None = None,
    severities: Mapping[str, Severity] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    language: str = "auto",
    format_a: str | None = None,
    format_b: str | None = None,
    progress: Progress | None = None,
    parallel: bool = False,
) -> Report:
    """Compare two files. Raises :class:`~versiecheck.errors.InputError` on bad input.

    ``language`` (``auto``, ``nl``, ``en``) is a hint rules may use (``Context.language``).
    Formats are detected from the content; ``format_a``/``format_b`` override that.
    ``parallel=True`` lets long renderings be segmented, and the rules run, in two
    processes where that is safe (see :mod:`versiecheck.parallel`); the result is the same.
    """
    report = _progress(progress)
    report("reading", 0.0)
    with allowing(parallel):
        a = read_path(path_a, "A", max_bytes, format_a)
        report("reading", 0.25)
        b = read_path(path_b, "B", max_bytes, format_b)
    return compare_sources(
        a,
        b,
        rules=rules,
        severities=severities,
        language=language,
        progress=progress,
        parallel=parallel,
    )


def compare_text(
    text_a: str,
    text_b: str,
    *,
    rules: Iterable[str] | None = None,
    severities: Mapping[str, Severity] | None = None,
    progress: Progress | None = None,
) -> Report:
    """Compare two texts already in memory (plain-text renderings)."""
    return compare_sources(
        read_text(text_a, "A"),
        read_text(text_b, "B"),
        rules=rules,
        severities=severities,
        progress=progress,
    )


def compare_sources(
    a: Source,
    b: Source,
    *,
    rules: Iterable[str] | None = None,
    severities: Mapping[str, Severity] | None = None,
    language: str = "auto",
    progress: Progress | None = None,
    parallel: bool = False,
) -> Report:
    """Compare two sources that have been read (``parallel``: see :func:`compare`)."""
    report = _progress(progress)
    # The comparison makes many small objects and no reference cycles worth collecting:
    # the cyclic collector's passes would only walk them (see ``collector_paused``).
    with collector_paused():
        report("reading", 0.5)
        lexicon = words([a.text, b.text])
        doc_a, doc_b = segment_both(a, b, lexicon, parallel=parallel)
        report("aligning", 0.0)
        alignment = align(doc_a, doc_b)
        report("checking", 0.0)
        ctx = Context(doc_a, doc_b, alignment, language=language)
        findings = run_rules(
            ctx, rules, severities, lambda done: report("checking", done), parallel=parallel
        )
        report("checking", 1.0)
    return Report(doc_a, doc_b, alignment, findings)
