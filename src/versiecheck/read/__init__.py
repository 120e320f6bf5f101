"""Reading: turn a file into a :class:`~versiecheck.model.Source`.

One reader per format; the format is detected from the content (magic bytes), not only
from the file name. Readers never modify the files they are given.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..model import Source
from .detect import detect_format
from .text import decode_text

#: Files larger than this are refused (bytes); ``--max-size`` changes it.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

__all__ = ["DEFAULT_MAX_BYTES", "detect_format", "read_path", "read_text"]


def read_path(path: str | Path, label: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read one rendering from disk; raise :class:`InputError` with a one-line reason."""
    p = Path(path)
    name = str(path)
    try:
        if not p.exists():
            raise InputError(name, "no such file")
        if p.is_dir():
            raise InputError(name, "is a directory, not a file")
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(
                name,
                f"file is too large ({size:,} bytes; the limit is {max_bytes:,}, see --max-size)",
            )
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory, not a file") from None
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(name, f"file is too large (more than {max_bytes:,} bytes, see --max-size)")
    fmt = detect_format(data, p.name)
    if fmt != "text":
        raise InputError(
            name,
            f"looks like {fmt.upper()}; this version reads plain text only "
            "(extract the text first)",
        )
    text, encoding, warnings = decode_text(data, name)
    return Source.from_text(label, name, text, fmt, encoding=encoding, warnings=warnings)


def read_text(text: str, label: str, path: str = "<text>") -> Source:
    """Wrap text already in memory as a source (the library's text API)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Source.from_text(label, path, text, "text")
