"""The roles in the document's title do not match its signature blocks.

Catches a typeset title ``Brief van de minister van Justitie en Veiligheid en de
staatssecretaris van Financiën`` over signature blocks of the minister of Justitie en
Veiligheid and the minister of Asiel en Migratie: an office named in the title that no
signature block (or ``Mede namens …`` line) has, or a signature block whose office the
title leaves out. Each rendering is checked on its own, so the mismatch is found even when
the other rendering has no title at all. Ministries are compared exactly (capitals, article
and dash style aside).

Deliberately ignores: the same mismatch in both renderings (not a difference between
them), renderings without a title (a Word letter has none) or without
signature blocks, the order in which the title names the roles, and titles that name no
role at all (``Brief van de regering``).

Example::

    A: Nr. 12  Brief van de minister van Financiën

       Den Haag, 3 februari 2026

       Hierbij bied ik u het verslag aan.

       De minister van Justitie en Veiligheid,
       F. van Oosten
    B: Nr. 12  Brief van de minister van Justitie en Veiligheid

       Den Haag, 3 februari 2026

       Hierbij bied ik u het verslag aan.

       De minister van Justitie en Veiligheid,
       F. van Oosten
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..check import Context
from ..lang.names import Role, parse_role, role_key, roles_in_title
from ..model import BlockKind, Category, Document, Finding, Location, Region, Severity

ID = "signatory-title-roles"
CATEGORY = Category.SIGNATORY
SEVERITY = Severity.WARNING
EXAMPLE = (
    "Nr. 12  Brief van de minister van Financiën\n\nDen Haag, 3 februari 2026\n\n"
    "Hierbij bied ik u het verslag aan.\n\nDe minister van Justitie en Veiligheid,\n"
    "F. van Oosten\n",
    "Nr. 12  Brief van de minister van Justitie en Veiligheid\n\nDen Haag, 3 februari 2026\n\n"
    "Hierbij bied ik u het verslag aan.\n\nDe minister van Justitie en Veiligheid,\n"
    "F. van Oosten\n",
)
_TITLE = re.compile(r"\b(?:Brief|Nota|Memorie|Letter)\s+(?:van|from)\s+(?:de|het|the)\s", re.I)
_NOT_TITLE = re.compile(r"^(?:Aan|To|Nr\.|\d{2}\s?\d{3}\b|Den Haag|The Hague|Datum|Date)", re.I)
_ON_BEHALF = re.compile(r"^(?:Mede\s+namens|Namens|(?:Also\s+)?on\s+behalf\s+of)\s", re.I)


def _title(doc: Document) -> tuple[list[Role], Location] | None:
    header = [
        b for b in doc.blocks if b.region is Region.HEADER and b.kind is not BlockKind.DATELINE
    ]
    for k, block in enumerate(header):
        m = _TITLE.search(block.text)
        if m:
            text = block.text
            for nxt in header[k + 1 :]:  # a long title may be cut into several blocks
                if _NOT_TITLE.match(nxt.text):
                    break
                text += " " + nxt.text
            roles = roles_in_title(text[m.start() :])
            if roles:
                length = len(block.text) - m.start()
                return roles, doc.block_location(block.index, m.start(), length)
    return None


def _signed(doc: Document) -> list[Role]:
    roles = [r for s in doc.signatures if (r := parse_role(s.role)) is not None]
    for block in doc.blocks:
        if _ON_BEHALF.match(block.text) and (r := parse_role(block.text.rstrip(" ,"))):
            roles.append(r)
    return roles


def _mismatch(doc: Document) -> tuple[str, Location] | None:
    title = _title(doc)
    signed = _signed(doc)
    if title is None or not doc.signatures or not signed:
        return None
    roles, loc = title
    in_title = {role_key(r): r for r in roles}
    in_blocks = {role_key(r): r for r in signed}
    missing = [r.raw.strip() for k, r in in_title.items() if k not in in_blocks]
    extra = [r.raw.strip().rstrip(",") for k, r in in_blocks.items() if k not in in_title]
    if not missing and not extra:
        return None
    parts = []
    if missing:
        parts.append(
            "the title names " + ", ".join(f"‘{x}’" for x in missing) + " but no "
            "signature block has that role"
        )
    if extra:
        parts.append(
            "signed by " + ", ".join(f"‘{x}’" for x in extra) + ", whom the title does not name"
        )
    return "; ".join(parts), loc


def check(ctx: Context) -> Iterator[Finding]:
    ma, mb = _mismatch(ctx.a), _mismatch(ctx.b)
    if ma and mb and ma[0] == mb[0]:
        return  # the same in both renderings: not a difference between them
    if ma:
        message = f"Title and signatures disagree in A: {ma[0]}"
        yield Finding.make(ID, CATEGORY, SEVERITY, message, ma[1], None)
    if mb:
        message = f"Title and signatures disagree in B: {mb[0]}"
        yield Finding.make(ID, CATEGORY, SEVERITY, message, None, mb[1])
