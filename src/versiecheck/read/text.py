"""Decoding plain-text renderings.

Accepted: UTF-8 with or without a byte-order mark, UTF-16 with a byte-order mark.
Text that is not valid UTF-8 but is clean Windows-1252 (the legacy encoding of Word's
"save as text" on Dutch Windows) is read with a warning rather than refused. Anything
with NUL bytes or many control characters is binary and refused.
"""

from __future__ import annotations

import codecs

from ..errors import InputError

_CONTROL = frozenset(range(0, 32)) - {9, 10, 12, 13}
# Bytes that Windows-1252 leaves undefined: their presence means it is not cp1252 text.
_CP1252_UNDEFINED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})


def decode_text(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
    """Decode bytes to text with normalised newlines; return text, encoding, warnings."""
    warnings: list[str] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputError(name, "invalid UTF-16 text") from None
    else:
        if b"\x00" in data[:8192]:
            raise InputError(name, "binary file (contains NUL bytes), not text")
        try:
            text, encoding = data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError as exc:
            if any(b in _CP1252_UNDEFINED for b in data) or _control_ratio(data) > 0.01:
                raise InputError(
                    name, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
                ) from None
            text, encoding = data.decode("cp1252"), "cp1252"
            warnings.append(f"{name}: not valid UTF-8; read as Windows-1252")
    if _control_ratio(text[:65536].encode("utf-8", "replace")) > 0.01:
        raise InputError(name, "binary file (control characters), not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(name, "empty file (no text)")
    return text, encoding, tuple(warnings)


def _control_ratio(data: bytes) -> float:
    if not data:
        return 0.0
    sample = data[:65536]
    return sum(1 for b in sample if b in _CONTROL) / len(sample)
