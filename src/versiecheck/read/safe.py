"""Opening untrusted containers and XML without letting them take the machine.

Zip archives (DOCX, ODT) are checked before anything is inflated: member count, total
declared size, compression ratio; and a member is read in chunks that stop at the limit,
so a member that lies about its size is caught too. XML is parsed with defusedxml over
the standard library's expat parser: a document that declares entities (the
billion-laughs bomb) or refers to external ones (XXE) is refused, never expanded; a
DOCTYPE without entity declarations is allowed, as official XML often has one.
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from typing import TYPE_CHECKING

from ..errors import InputError

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

#: Members in one archive (a DOCX has a few dozen).
MAX_MEMBERS = 10_000
#: Total uncompressed size of the members read (bytes).
MAX_UNCOMPRESSED = 256 * 1024 * 1024
#: Uncompressed / compressed for one member; text XML compresses 5-20x, bombs 1000x.
MAX_RATIO = 200
#: Members smaller than this are never refused for their ratio.
RATIO_FLOOR = 1024 * 1024


class SafeZip:
    """A zip archive opened with limits; read members with :meth:`read`."""

    def __init__(self, data: bytes, name: str) -> None:
        self.name = name
        self._read_total = 0
        try:
            self._zip = zipfile.ZipFile(BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise InputError(name, f"corrupt archive ({exc})") from None
        if len(infos) > MAX_MEMBERS:
            raise InputError(
                name, f"archive has {len(infos):,} members (the limit is {MAX_MEMBERS:,})"
            )
        declared = sum(i.file_size for i in infos)
        if declared > MAX_UNCOMPRESSED:
            raise InputError(
                name,
                f"archive would inflate to {declared:,} bytes (the limit is "
                f"{MAX_UNCOMPRESSED:,}); refused as a possible zip bomb",
            )
        self._infos = {i.filename: i for i in infos}

    def names(self) -> list[str]:
        return list(self._infos)

    def has(self, member: str) -> bool:
        return member in self._infos

    def read(self, member: str) -> bytes:
        """The member's bytes, stopping at the limits whatever its header claims."""
        info = self._infos.get(member)
        if info is None:
            raise InputError(self.name, f"archive has no {member}")
        if info.flag_bits & 0x1:
            raise InputError(self.name, "encrypted document; save it without a password")
        budget = MAX_UNCOMPRESSED - self._read_total
        ratio_cap = max(RATIO_FLOOR, info.compress_size * MAX_RATIO)
        cap = min(budget, ratio_cap)
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zip.open(info) as fh:
                while True:
                    chunk = fh.read(1 << 20)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > cap:
                        raise InputError(
                            self.name,
                            f"{member} inflates beyond {cap:,} bytes "
                            f"(compressed {info.compress_size:,}); refused as a possible zip bomb",
                        )
                    chunks.append(chunk)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise InputError(self.name, f"corrupt archive member {member} ({exc})") from None
        self._read_total += size
        return b"".join(chunks)


def parse_xml(data: bytes, name: str, what: str = "XML") -> Element:
    """Parse untrusted XML; refuse entity declarations and external references."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root: Element = fromstring(data, forbid_dtd=False, forbid_entities=True)
        return root
    except DefusedXmlException as exc:
        raise InputError(
            name, f"{what} declares or references entities ({exc}); refused for safety"
        ) from None
    except ParseError as exc:
        raise InputError(name, f"not well-formed {what} ({exc})") from None
