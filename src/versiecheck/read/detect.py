"""Format detection from the first bytes of a file (magic numbers), then the name."""

from __future__ import annotations

import re
import zipfile
from io import BytesIO

# An element start at the top of a file: ``<name`` with an optional namespace prefix.
_XML_TAG = re.compile(rb"<[a-z_][\w.-]*(?::[\w.-]+)?[\s>/]")


def detect_format(data: bytes, name: str = "") -> str:
    """Return "pdf", "docx", "odt", "zip", "html", "xml" or "text" (the fallback)."""
    head = data[:1024]
    if head.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if head[:4] == b"PK\x03\x04":
        try:
            names = set(zipfile.ZipFile(BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            return "zip"
        if "word/document.xml" in names:
            return "docx"
        if "content.xml" in names or "mimetype" in names:
            return "odt"
        return "zip"
    if head.startswith((b"\xff\xfe<\x00", b"\xfe\xff\x00<")):
        return _markup(data[:8192].decode("utf-16", "replace").encode("utf-8", "replace"))
    return _markup(data[:8192])


def _markup(head: bytes) -> str:
    """HTML, XML (flat ODT counts as ODT) or, failing both, text."""
    probe = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if probe.startswith((b"<!doctype html", b"<html")):
        return "html"
    if probe.startswith((b"<?xml", b"<!doctype", b"<!--")) or _XML_TAG.match(probe):
        low = head[:4096].lower()
        if b"<html" in low:
            return "html"
        if b"<office:document" in low:
            return "odt"
        return "xml"
    return "text"
