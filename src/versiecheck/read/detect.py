"""Format detection from the first bytes of a file (magic numbers), then the name."""

from __future__ import annotations

import zipfile
from io import BytesIO


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
        if "content.xml" in names:
            return "odt"
        return "zip"
    probe = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if probe.startswith((b"<!doctype html", b"<html")):
        return "html"
    if probe.startswith(b"<?xml"):
        return "html" if b"<html" in data[:4096].lower() else "xml"
    return "text"
