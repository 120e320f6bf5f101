"""Where reports go: which formats, to which files, and writing them safely.

``--format`` takes one format or several (repeated or comma-separated); ``--output`` pairs
files with them in order (``-`` is stdout; a format left without a file goes to stdout,
which only one may do); ``--output-dir DIR`` writes ``DIR/versiecheck.<suffix>`` for each.
Without ``--format``: ``github`` when running in GitHub Actions (``GITHUB_ACTIONS`` and
``GITHUB_WORKFLOW`` set, as yamllint checks) and writing to stdout, else ``terminal``.
A file is written atomically (a reader never sees half a report); a device such as
``/dev/null`` or ``/dev/stdout`` is written in place, never replaced.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from . import EXTENSIONS, FORMATS

STDOUT = "-"


@dataclass(frozen=True, slots=True)
class Output:
    """One report to make: a format and its file (``None``: stdout)."""

    format: str
    path: Path | None


def parse_formats(values: Iterable[str] | None) -> list[str]:
    """``["json,sarif", "html"]`` → ``["json", "sarif", "html"]``, each checked once."""
    out: list[str] = []
    for value in values or ():
        for name in value.split(","):
            name = name.strip().lower()
            if not name:
                continue
            if name not in FORMATS:
                raise UsageError(f"--format {name!r}: choose from {', '.join(FORMATS)}")
            if name in out:
                raise UsageError(f"--format {name!r} given twice")
            out.append(name)
    return out


def in_github_actions(environ: Mapping[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    return bool(env.get("GITHUB_ACTIONS")) and bool(env.get("GITHUB_WORKFLOW"))


def plan(
    formats: Iterable[str] | None,
    files: Sequence[Path] | None = None,
    output_dir: Path | None = None,
    *,
    inputs: Iterable[Path] = (),
    environ: Mapping[str, str] | None = None,
) -> list[Output]:
    """The reports to make, checked: known formats, one stdout at most, no input or file
    written twice."""
    names = parse_formats(formats)
    files = list(files or [])
    if output_dir is not None and files:
        raise UsageError("give --output files or --output-dir, not both")
    if not names:
        to_stdout = output_dir is None and (not files or all(str(f) == STDOUT for f in files))
        names = ["github" if to_stdout and in_github_actions(environ) else "terminal"]
    if output_dir is not None:
        if output_dir.exists() and not output_dir.is_dir():
            raise UsageError(f"--output-dir {output_dir} is not a directory")
        outputs = [Output(n, output_dir / f"versiecheck.{EXTENSIONS[n]}") for n in names]
    else:
        if len(files) > len(names):
            raise UsageError(
                f"{len(files)} --output files for {len(names)} format(s); give one per --format"
            )
        outputs = [
            Output(n, files[i] if i < len(files) and str(files[i]) != STDOUT else None)
            for i, n in enumerate(names)
        ]
    if sum(1 for o in outputs if o.path is None) > 1:
        raise UsageError(
            "only one format can go to stdout; give --output per format or --output-dir"
        )
    seen: set[Path] = set()
    resolved_inputs = {p.resolve() for p in inputs if p.exists()}
    for o in outputs:
        if o.path is None:
            continue
        target = o.path.resolve()
        if target in resolved_inputs:
            raise UsageError(f"--output {o.path} is one of the inputs; refusing to overwrite it")
        if target in seen and not _is_device(o.path):
            raise UsageError(f"--output {o.path} is given for two formats")
        seen.add(target)
    return outputs


def write(path: Path, text: str) -> None:
    """Write a report: atomically for a file, in place for a device or pipe."""
    if _is_device(path):
        with path.open("w", encoding="utf-8") as fh:
            fh.write(text)
        return
    tmp = path.with_name(f".{path.name}.versiecheck-tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):  # (its directory may be what failed)
            tmp.unlink(missing_ok=True)
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None


def _is_device(path: Path) -> bool:
    """A character device, FIFO or socket: replacing it would break the machine
    (``/dev/null`` replaced by a file) or the reader at its other end."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)
