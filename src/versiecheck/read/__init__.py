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

#: Formats a reader exists for (``--format-a``/``--format-b`` choose among them).
FORMATS = ("text", "pdf", "docx", "odt", "html", "xml")

__all__ = ["DEFAULT_MAX_BYTES", "FORMATS", "detect_format", "read_bytes", "read_path", "read_text"]


def read_path(
    path: str | Path, label: str, max_bytes: int = DEFAULT_MAX_BYTES, fmt: str | None = None
) -> Source:
    """Read one rendering from disk; raise :class:`InputError` with a one-line reason.

    The format is detected from the content unless ``fmt`` names it."""
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
    return read_bytes(data, name, label, fmt)


def read_bytes(data: bytes, name: str, label: str, fmt: str | None = None) -> Source:
    """Read one rendering from its bytes; ``fmt`` overrides detection (one of FORMATS)."""
    if fmt is None:
        fmt = detect_format(data, name)
    elif fmt not in FORMATS:
        raise InputError(name, f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if fmt == "zip":
        from .safe import SafeZip

        SafeZip(data, name)  # a corrupt or truncated archive says so here
        raise InputError(name, "a zip archive that is neither a DOCX nor an ODT document")
    if fmt == "text":
        text, encoding, warnings = decode_text(data, name)
        return Source.from_text(label, name, text, fmt, encoding=encoding, warnings=warnings)
    if not data.strip():
        raise InputError(name, f"empty file (no {fmt.upper()})")
    # Readers are imported only when needed: start-up for text input stays light.
    if fmt == "docx":
        from .docx import read_docx

        return read_docx(data, name, label)
    if fmt == "odt":
        from .odt import read_odt

        return read_odt(data, name, label)
    if fmt == "pdf":
        from .pdf import read_pdf

        return read_pdf(data, name, label)
    if fmt == "html":
        from .html import read_html

        return read_html(data, name, label)
    from .xml import read_xml

    return read_xml(data, name, label)


def read_text(text: str, label: str, path: str = "<text>") -> Source:
    """Wrap text already in memory as a source (the library's text API)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Source.from_text(label, path, text, "text")
