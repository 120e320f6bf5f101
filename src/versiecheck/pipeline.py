"""The whole comparison: read → segment → align → check, as one library call."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from .align import align
from .check import Context, run_rules
from .model import Report, Severity, Source
from .read import DEFAULT_MAX_BYTES, read_path, read_text
from .segment import segment
from .segment.join import words


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
) -> Report:
    """Compare two files. Raises :class:`~versiecheck.errors.InputError` on bad input.

    ``language`` (``auto``, ``nl``, ``en``) is a hint rules may use (``Context.language``).
    Formats are detected from the content; ``format_a``/``format_b`` override that.
    """
    a = read_path(path_a, "A", max_bytes, format_a)
    b = read_path(path_b, "B", max_bytes, format_b)
    return compare_sources(a, b, rules=rules, severities=severities, language=language)


def compare_text(
    text_a: str,
    text_b: str,
    *,
    rules: Iterable[str] | None = None,
    severities: Mapping[str, Severity] | None = None,
) -> Report:
    """Compare two texts already in memory (plain-text renderings)."""
    return compare_sources(
        read_text(text_a, "A"), read_text(text_b, "B"), rules=rules, severities=severities
    )


def compare_sources(
    a: Source,
    b: Source,
    *,
    rules: Iterable[str] | None = None,
    severities: Mapping[str, Severity] | None = None,
    language: str = "auto",
) -> Report:
    """Compare two sources that have been read."""
    lexicon = words([a.text, b.text])
    doc_a = segment(a, lexicon)
    doc_b = segment(b, lexicon)
    alignment = align(doc_a, doc_b)
    ctx = Context(doc_a, doc_b, alignment, language=language)
    findings = run_rules(ctx, rules, severities)
    return Report(doc_a, doc_b, alignment, findings)
