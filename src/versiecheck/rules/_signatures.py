"""Shared by the signatory rules: signature blocks of A and B paired by role.

Blocks are paired first by role (office and portfolio, case and article ignored), in
order; what is left is paired by position when both sides have the same number left over,
so a role that changed is reported as a changed role rather than two missing blocks."""

from __future__ import annotations

from dataclasses import dataclass

from ..check import Context
from ..lang.names import Role, parse_role, role_key
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
