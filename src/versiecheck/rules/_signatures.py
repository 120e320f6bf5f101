"""Shared by the signatory rules: signature blocks of A and B paired by role.

Blocks are paired first by role (office and portfolio, case and article ignored), in
order; what is left is paired by position when both sides have the same number left over,
so a role that changed is reported as a changed role rather than two missing blocks."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..check import Context
from ..lang.names import NameVerdict, Role, compare_roles, parse_role, role_key
from ..model import Document, Location, Signature


@dataclass(frozen=True, slots=True)
class SignaturePair:
    a: Signature | None
    b: Signature | None


def _key(sig: Signature) -> str:
    role = parse_role(sig.role)
    return role_key(role) if role else " ".join(sig.role.casefold().split())


def role_of(sig: Signature) -> Role | None:
    return parse_role(sig.role)


def pairs(ctx: Context) -> list[SignaturePair]:
    cached = ctx.memo.get("signature_pairs")
    if cached is not None:
        return cached  # type: ignore[return-value]
    sa, sb = list(ctx.a.signatures), list(ctx.b.signatures)
    out: list[SignaturePair] = []
    used_b: set[int] = set()
    matched_a: dict[int, int] = {}
    for i, x in enumerate(sa):
        for j, y in enumerate(sb):
            if j not in used_b and _key(x) == _key(y):
                matched_a[i] = j
                used_b.add(j)
                break
    left_a = [i for i in range(len(sa)) if i not in matched_a]
    left_b = [j for j in range(len(sb)) if j not in used_b]
    if len(left_a) == len(left_b):
        for i, j in zip(left_a, left_b, strict=True):
            matched_a[i] = j
        left_a, left_b = [], []
    for i, x in enumerate(sa):
        out.append(SignaturePair(x, sb[matched_a[i]] if i in matched_a else None))
    out.extend(SignaturePair(None, sb[j]) for j in left_b)
    ctx.memo["signature_pairs"] = out
    return out


def name_location(doc: Document, sig: Signature) -> Location:
    return doc.location(sig.name_offset, sig.name)


def role_location(doc: Document, sig: Signature) -> Location:
    return doc.location(sig.role_offset, sig.role)


_ON_BEHALF = re.compile(r"^(?:Mede\s+namens|Namens|(?:Also\s+)?on\s+behalf\s+of)\s", re.I)


def on_behalf_lines(doc: Document) -> list[tuple[int, Role]]:
    """``Mede namens de minister van …,`` lines: a co-signer without a signature block."""
    out: list[tuple[int, Role]] = []
    for block in doc.blocks:
        if len(block.text) > 200 or not _ON_BEHALF.match(block.text):
            continue
        text = block.text.strip()
        if text.endswith(","):
            role = parse_role(text)
            if role is not None and role.on_behalf:
                out.append((block.index, role))
    return out


@dataclass(frozen=True, slots=True)
class CoSigner:
    block: int
    role: Role


def co_signer_pairs(ctx: Context) -> list[tuple[CoSigner | None, CoSigner | None]]:
    """``Mede namens`` lines of A and B paired by role, then what is left by position
    when both sides have as many left (a role that changed)."""
    cached = ctx.memo.get("co_signers")
    if cached is not None:
        return cached  # type: ignore[return-value]
    la = [CoSigner(i, r) for i, r in on_behalf_lines(ctx.a)]
    lb = [CoSigner(i, r) for i, r in on_behalf_lines(ctx.b)]
    out: list[tuple[CoSigner | None, CoSigner | None]] = []
    used: set[int] = set()
    left_a: list[CoSigner] = []
    for x in la:
        k = next(
            (k for k, y in enumerate(lb) if k not in used and role_key(y.role) == role_key(x.role)),
            None,
        )
        if k is None:
            left_a.append(x)
        else:
            used.add(k)
            out.append((x, lb[k]))
    left_b = [y for k, y in enumerate(lb) if k not in used]
    if len(left_a) == len(left_b):
        out.extend(zip(left_a, left_b, strict=True))
    else:
        out.extend((x, None) for x in left_a)
        out.extend((None, y) for y in left_b)
    ctx.memo["co_signers"] = out
    return out


def co_signer_blocks(ctx: Context, side: str) -> set[int]:
    """The blocks of ``side`` that are ``Mede namens`` lines (found once)."""
    key = f"co_signer_blocks_{side}"
    found = ctx.memo.get(key)
    if found is None:
        found = {i for i, _ in on_behalf_lines(ctx.doc(side))}
        ctx.memo[key] = found
    return found  # type: ignore[return-value]


def co_signer_roles(
    ctx: Context, verdict: NameVerdict
) -> Iterator[tuple[str, str, tuple[str, ...], Location, Location]]:
    """Paired ``Mede namens`` lines whose roles compare with ``verdict``: both roles as
    written, the differences, and both places."""
    for x, y in co_signer_pairs(ctx):
        if x is None or y is None:
            continue
        found, differences = compare_roles(x.role, y.role)
        if found is not verdict:
            continue
        role_a, role_b = (r.role.raw.strip().rstrip(",") for r in (x, y))
        yield (
            role_a,
            role_b,
            differences,
            ctx.a.block_location(x.block),
            ctx.b.block_location(y.block),
        )
