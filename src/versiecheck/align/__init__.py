"""Aligning: blocks of A to blocks of B, monotone, with 1:n and n:1 groups and moves.

The method keeps the work near-linear: blocks whose comparison keys are equal and unique
on both sides are anchors (as in patience diff, with the longest increasing run of them
kept); only the gaps between anchors are aligned fuzzily, by dynamic programming over
groups of up to :data:`MAX_GROUP` blocks a side, scored with rapidfuzz, in a band around
the diagonal when a gap is large. Unmatched runs stay together (an annex missing is one
group), unless the run beside it on the other side is the same text paragraphed
differently; unmatched blocks equal to an unmatched block on the other side become moves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import AlignedGroup, AlignKind, Document
from .anchors import mutual_best, near_anchors, unique_anchors
from .gaps import FULL_SEARCH_CELLS, WordCodes, align_gap

__all__ = ["align", "align_keys"]

#: Blocks this similar (0–1) that were not aligned in order count as moved.
MOVE_SIMILARITY = 0.9
#: Blocks shorter than this (in key characters) are never reported as moved.
MOVE_MIN_CHARS = 24


def align(a: Document, b: Document) -> list[AlignedGroup]:
    """Align the blocks of two segmented documents."""
    return align_keys(a.block_keys(), b.block_keys())


def align_keys(a: Sequence[str], b: Sequence[str]) -> list[AlignedGroup]:
    """Align two sequences of comparison keys (the testable core of :func:`align`).

    Symmetric: aligning B with A gives the same groups with the sides swapped, because
    the work is always done in one canonical direction.
    """
    if list(a) > list(b):
        return [_swapped(g) for g in _align_keys(b, a)]
    return _align_keys(a, b)


_SWAP_KIND = {AlignKind.ONLY_A: AlignKind.ONLY_B, AlignKind.ONLY_B: AlignKind.ONLY_A}


def _swapped(g: AlignedGroup) -> AlignedGroup:
    return AlignedGroup(_SWAP_KIND.get(g.kind, g.kind), g.b, g.a, g.similarity)


def _align_keys(a: Sequence[str], b: Sequence[str]) -> list[AlignedGroup]:
    groups: list[AlignedGroup] = []
    codes = WordCodes()
    prev_a = prev_b = 0
    for ia, ib in [*unique_anchors(a, b), (len(a), len(b))]:
        groups.extend(_align_region(a, b, prev_a, ia, prev_b, ib, codes))
        if ia < len(a) and ib < len(b):
            groups.append(AlignedGroup(AlignKind.MATCH, (ia,), (ib,), 1.0))
        prev_a, prev_b = ia + 1, ib + 1
    groups = _absorb(_pair_short(_merge_runs(groups), a, b), a, b, codes)
    return _find_moves(_pair_heads(_pair_neighbours(groups, a, b), a, b), a, b)


#: Blocks this short (key characters) left unmatched on both sides of one gap are paired
#: when this similar by characters: one word of a name or a heading changed is half its
#: words, too few for the word-level search (``Suzanne Bonamici.``, ``Suzanna Bonamici.``).
SHORT_BLOCK = 60
SHORT_SIMILARITY = 0.8


def _pair_short(
    groups: list[AlignedGroup], a: Sequence[str], b: Sequence[str]
) -> list[AlignedGroup]:
    """Pair a short block of A with one of B where both are left unmatched next to each
    other (one-sided runs of both sides in one gap), at the same end of their runs."""
    from rapidfuzz.fuzz import ratio

    one_sided = (AlignKind.ONLY_A, AlignKind.ONLY_B)

    def alike(i: int, j: int) -> float:
        if len(a[i]) > SHORT_BLOCK or len(b[j]) > SHORT_BLOCK:
            return 0.0
        return ratio(a[i], b[j], score_cutoff=SHORT_SIMILARITY * 100) / 100

    out: list[AlignedGroup] = []
    k = 0
    while k < len(groups):
        g = groups[k]
        n = groups[k + 1] if k + 1 < len(groups) else None
        if n is None or g.kind not in one_sided or n.kind not in one_sided or g.kind is n.kind:
            out.append(g)
            k += 1
            continue
        ra = list(g.a or n.a)
        rb = list(g.b or n.b)
        head: list[AlignedGroup] = []
        tail: list[AlignedGroup] = []
        while ra and rb and (sim := alike(ra[0], rb[0])):
            head.append(AlignedGroup(AlignKind.CHANGE, (ra.pop(0),), (rb.pop(0),), round(sim, 4)))
        while ra and rb and (sim := alike(ra[-1], rb[-1])):
            tail.insert(0, AlignedGroup(AlignKind.CHANGE, (ra.pop(),), (rb.pop(),), round(sim, 4)))
        out.extend(head)
        if ra:
            out.append(AlignedGroup(AlignKind.ONLY_A, tuple(ra), (), 0.0))
        if rb:
            out.append(AlignedGroup(AlignKind.ONLY_B, (), tuple(rb), 0.0))
        out.extend(tail)
        k += 2
    return out


def _absorb(
    groups: list[AlignedGroup], a: Sequence[str], b: Sequence[str], codes: WordCodes
) -> list[AlignedGroup]:
    """Fold a short one-sided run into the pairing next to it where the pairing gains by
    it: a paragraph split on one side and merged on the other (2:2, 2:3) is one group."""
    from rapidfuzz.fuzz import ratio

    def score(ga: tuple[int, ...], gb: tuple[int, ...]) -> float:
        wa = "".join(codes.encode(a[i]) for i in ga)
        wb = "".join(codes.encode(b[j]) for j in gb)
        return (2 * ratio(wa, wb) / 100 - 1) * (len(wa) + len(wb))

    fold = (AlignKind.CHANGE, AlignKind.MERGE)
    out = list(groups)
    k = 0
    while k < len(out):
        g = out[k]
        if g.kind not in (AlignKind.ONLY_A, AlignKind.ONLY_B) or len(g.a) + len(g.b) > 4:
            k += 1
            continue
        best: tuple[float, int, AlignedGroup] | None = None
        for n in (k - 1, k + 1):
            if not 0 <= n < len(out) or out[n].kind not in fold:
                continue
            p = out[n]
            ga = tuple(sorted(p.a + g.a))
            gb = tuple(sorted(p.b + g.b))
            gain = score(ga, gb) - score(p.a, p.b)
            if gain > 0 and (best is None or gain > best[0]):
                sim = ratio(" ".join(a[i] for i in ga), " ".join(b[j] for j in gb)) / 100
                best = (gain, n, AlignedGroup(AlignKind.MERGE, ga, gb, round(sim, 4)))
        if best is None:
            k += 1
            continue
        _, n, merged = best
        out[min(k, n)] = merged
        del out[max(k, n)]
        k = min(k, n)
    return out


#: One-sided runs side by side this many times longer one than the other are never one
#: text paragraphed differently (the similarity test is not even tried).
NEIGHBOUR_LENGTHS = 1.25


def _pair_neighbours(
    groups: list[AlignedGroup], a: Sequence[str], b: Sequence[str]
) -> list[AlignedGroup]:
    """A run only in A next to a run only in B, at the same place between the same
    pairings, whose joined texts are :data:`MOVE_SIMILARITY` alike, is one text that the
    renderings paragraph differently: one group, however many blocks a side (a list of
    names one line each in B, one paragraph in A; longer than the groups of
    :data:`~.gaps.MAX_GROUP` that the gap alignment tries)."""
    from rapidfuzz.fuzz import ratio

    one_sided = (AlignKind.ONLY_A, AlignKind.ONLY_B)
    out: list[AlignedGroup] = []
    for g in groups:
        prev = out[-1] if out else None
        if prev is not None and {prev.kind, g.kind} == set(one_sided):
            ga, gb = prev.a + g.a, prev.b + g.b
            left = " ".join(a[i] for i in ga)
            right = " ".join(b[j] for j in gb)
            short, long_ = sorted((len(left), len(right)))
            if short and long_ <= NEIGHBOUR_LENGTHS * short:
                sim = ratio(left, right, score_cutoff=MOVE_SIMILARITY * 100) / 100
                if sim:
                    out[-1] = AlignedGroup(AlignKind.MERGE, ga, gb, round(sim, 4))
                    continue
        out.append(g)
    return out


#: Blocks of one side whose text, joined, is the start (or end) of one long block of the
#: other side at least this alike (0–1), and at least HEAD_MIN_CHARS long, are paired.
HEAD_SIMILARITY = 0.9
HEAD_MIN_CHARS = 40


def _pair_heads(
    groups: list[AlignedGroup], a: Sequence[str], b: Sequence[str]
) -> list[AlignedGroup]:
    """A run only in A next to a run only in B where the first blocks of one run, joined,
    are the start of the first block of the other (or the last blocks its end): one
    rendering holds a paragraph in one block that the other splits into several and
    shortens (an excerpt, a paragraph cut off). That part is one group; the text rules
    then report what one block has beyond the other's, and the rest stays one-sided."""
    one_sided = (AlignKind.ONLY_A, AlignKind.ONLY_B)
    out: list[AlignedGroup] = []
    for g in groups:
        prev = out[-1] if out else None
        if prev is None or {prev.kind, g.kind} != set(one_sided):
            out.append(g)
            continue
        ra, rb = list(prev.a or g.a), list(prev.b or g.b)
        head = _head_pair(ra, rb, a, b, from_end=False)
        tail = _head_pair(ra, rb, a, b, from_end=True) if head is None else None
        if head is None and tail is None:
            out.append(g)
            continue
        pair = head or tail
        assert pair is not None
        rest_a = [i for i in ra if i not in pair.a]
        rest_b = [j for j in rb if j not in pair.b]
        out.pop()
        rest = [
            *([AlignedGroup(AlignKind.ONLY_A, tuple(rest_a), (), 0.0)] if rest_a else []),
            *([AlignedGroup(AlignKind.ONLY_B, (), tuple(rest_b), 0.0)] if rest_b else []),
        ]
        out.extend([pair, *rest] if head is not None else [*rest, pair])
    return out


def _head_pair(
    ra: list[int], rb: list[int], a: Sequence[str], b: Sequence[str], *, from_end: bool
) -> AlignedGroup | None:
    """The pairing of one long block at the start (end) of one run with the most blocks
    at the start (end) of the other run that, joined, are its beginning (its end)."""
    from rapidfuzz.fuzz import ratio

    for long_side in ("a", "b"):
        run_long, run_short = (ra, rb) if long_side == "a" else (rb, ra)
        keys_long, keys_short = (a, b) if long_side == "a" else (b, a)
        x = keys_long[run_long[-1] if from_end else run_long[0]]
        best = 0
        for k in range(1, len(run_short) + 1):
            part = run_short[-k:] if from_end else run_short[:k]
            joined = " ".join(keys_short[i] for i in part)
            if len(joined) >= len(x):
                break
            edge = x[-len(joined) :] if from_end else x[: len(joined)]
            # The block added must be the next piece of x itself (not a placeholder that
            # a long enough start would carry along).
            added = keys_short[part[0] if from_end else part[-1]]
            piece = edge[: len(added)] if from_end else edge[-len(added) :]
            if not (
                ratio(joined, edge, score_cutoff=HEAD_SIMILARITY * 100)
                and ratio(added, piece, score_cutoff=HEAD_SIMILARITY * 100)
            ):
                break
            best = k
        if not best:
            continue
        part = run_short[-best:] if from_end else run_short[:best]
        joined = " ".join(keys_short[i] for i in part)
        if len(joined) < HEAD_MIN_CHARS:
            continue
        one = (run_long[-1] if from_end else run_long[0],)
        ga, gb = (one, tuple(part)) if long_side == "a" else (tuple(part), one)
        sim = ratio(" ".join(a[i] for i in ga), " ".join(b[j] for j in gb)) / 100
        return AlignedGroup(AlignKind.MERGE, ga, gb, round(sim, 4))
    return None


def _align_region(
    a: Sequence[str],
    b: Sequence[str],
    lo_a: int,
    hi_a: int,
    lo_b: int,
    hi_b: int,
    codes: WordCodes,
) -> list[AlignedGroup]:
    # Equal keys at both ends of a gap match (repeated boilerplate, empty blocks).
    head: list[AlignedGroup] = []
    tail: list[AlignedGroup] = []
    while lo_a < hi_a and lo_b < hi_b and a[lo_a] == b[lo_b]:
        head.append(AlignedGroup(AlignKind.MATCH, (lo_a,), (lo_b,), 1.0))
        lo_a, lo_b = lo_a + 1, lo_b + 1
    while lo_a < hi_a and lo_b < hi_b and a[hi_a - 1] == b[hi_b - 1]:
        hi_a, hi_b = hi_a - 1, hi_b - 1
        tail.append(AlignedGroup(AlignKind.MATCH, (hi_a,), (hi_b,), 1.0))
    if head or tail:
        return [*head, *_align_region(a, b, lo_a, hi_a, lo_b, hi_b, codes), *tail[::-1]]
    if lo_a >= hi_a and lo_b >= hi_b:
        return []
    if lo_a >= hi_a:
        return [AlignedGroup(AlignKind.ONLY_B, (), tuple(range(lo_b, hi_b)), 0.0)]
    if lo_b >= hi_b:
        return [AlignedGroup(AlignKind.ONLY_A, tuple(range(lo_a, hi_a)), (), 0.0)]
    # Inside a gap, keys unique within the gap are anchors too (patience recursion).
    inner = unique_anchors(a[lo_a:hi_a], b[lo_b:hi_b])
    if not inner and (hi_a - lo_a) * (hi_b - lo_b) > FULL_SEARCH_CELLS:
        # A large gap with no equal blocks at all: split it at near-exact pairs (blocks
        # sharing most of their words), so the DP only sees small gaps.
        wa = [codes.encode(a[i]) for i in range(lo_a, hi_a)]
        wb = [codes.encode(b[j]) for j in range(lo_b, hi_b)]
        near, alike = near_anchors(wa, wb)
        if not near and not alike:
            # Nothing on one side is like anything on the other (unrelated stretches).
            return [
                AlignedGroup(AlignKind.ONLY_A, tuple(range(lo_a, hi_a)), (), 0.0),
                AlignedGroup(AlignKind.ONLY_B, (), tuple(range(lo_b, hi_b)), 0.0),
            ]
        if near:
            from rapidfuzz.fuzz import ratio

            out_near: list[AlignedGroup] = []
            pa, pb = lo_a, lo_b
            for ia, ib in near:
                ia, ib = ia + lo_a, ib + lo_b
                out_near.extend(_align_region(a, b, pa, ia, pb, ib, codes))
                if a[ia] == b[ib]:
                    out_near.append(AlignedGroup(AlignKind.MATCH, (ia,), (ib,), 1.0))
                else:
                    sim = round(ratio(a[ia], b[ib]) / 100, 4)
                    out_near.append(AlignedGroup(AlignKind.CHANGE, (ia,), (ib,), sim))
                pa, pb = ia + 1, ib + 1
            out_near.extend(_align_region(a, b, pa, hi_a, pb, hi_b, codes))
            return out_near
    if inner:
        out: list[AlignedGroup] = []
        pa, pb = lo_a, lo_b
        for ia, ib in inner:
            ia, ib = ia + lo_a, ib + lo_b
            out.extend(_align_region(a, b, pa, ia, pb, ib, codes))
            out.append(AlignedGroup(AlignKind.MATCH, (ia,), (ib,), 1.0))
            pa, pb = ia + 1, ib + 1
        out.extend(_align_region(a, b, pa, hi_a, pb, hi_b, codes))
        return out
    return align_gap(a, b, lo_a, hi_a, lo_b, hi_b, codes)


def _merge_runs(groups: list[AlignedGroup]) -> list[AlignedGroup]:
    """Join adjacent one-sided groups of the same side into one group."""
    out: list[AlignedGroup] = []
    for g in groups:
        if out and g.kind in (AlignKind.ONLY_A, AlignKind.ONLY_B) and out[-1].kind is g.kind:
            last = out.pop()
            g = AlignedGroup(g.kind, last.a + g.a, last.b + g.b, 0.0)
        out.append(g)
    return out


def _find_moves(
    groups: list[AlignedGroup], a: Sequence[str], b: Sequence[str]
) -> list[AlignedGroup]:
    only_a = [i for g in groups if g.kind is AlignKind.ONLY_A for i in g.a]
    only_b = [j for g in groups if g.kind is AlignKind.ONLY_B for j in g.b]
    if not only_a or not only_b:
        return groups
    from rapidfuzz import fuzz, process

    pairs: dict[int, tuple[int, float]] = {}
    used_b: set[int] = set()
    by_key: dict[str, list[int]] = {}
    for j in only_b:
        by_key.setdefault(b[j], []).append(j)
    for i in only_a:
        if len(a[i]) < MOVE_MIN_CHARS:
            continue
        for j in by_key.get(a[i], []):
            if j not in used_b:
                pairs[i] = (j, 1.0)
                used_b.add(j)
                break
    # Fuzzy moves only where the search stays small; exact ones are found at any size.
    rest_a = [i for i in only_a if i not in pairs and len(a[i]) >= MOVE_MIN_CHARS]
    rest_b = [j for j in only_b if j not in used_b and len(b[j]) >= MOVE_MIN_CHARS]
    if rest_a and rest_b and len(rest_a) * len(rest_b) <= 250_000:
        choices = {j: b[j] for j in rest_b}
        for i in rest_a:
            hit = process.extractOne(
                a[i], choices, scorer=fuzz.ratio, score_cutoff=MOVE_SIMILARITY * 100
            )
            if hit is not None:
                j = hit[2]
                pairs[i] = (j, hit[1] / 100)
                del choices[j]
                used_b.add(j)
                if not choices:
                    break
    elif rest_a and rest_b:
        # Too many for an all-against-all search: candidates are the blocks that are each
        # other's best by shared word trigrams (linear), kept if alike enough.
        codes = WordCodes()
        candidates, _ = mutual_best(
            [codes.encode(a[i]) for i in rest_a], [codes.encode(b[j]) for j in rest_b]
        )
        for x, y in candidates:
            i, j = rest_a[x], rest_b[y]
            sim = fuzz.ratio(a[i], b[j], score_cutoff=MOVE_SIMILARITY * 100)
            if sim:
                pairs[i] = (j, sim / 100)
                used_b.add(j)
    moves = {i: AlignedGroup(AlignKind.MOVE, (i,), (j,), sim) for i, (j, sim) in pairs.items()}
    # Moved text that one rendering holds in several blocks (a paragraph split on the
    # way): blocks left over that share sentences, grouped, at any size (linear).
    left_a = [i for i in only_a if i not in pairs]
    left_b = [j for j in only_b if j not in used_b]
    for g in _sentence_moves(left_a, left_b, a, b):
        moves[g.a[0]] = g
        used_b.update(g.b)
    if not moves:
        return groups
    moved_a = {i for g in moves.values() for i in g.a}
    out: list[AlignedGroup] = []
    for g in groups:
        if g.kind is AlignKind.ONLY_A:
            out.extend(_split_one_sided(g, moved_a, "a"))
            out.extend(moves[i] for i in g.a if i in moves)
        elif g.kind is AlignKind.ONLY_B:
            out.extend(_split_one_sided(g, used_b, "b"))
        else:
            out.append(g)
    return out


_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")


def _sentence_moves(
    only_a: list[int], only_b: list[int], a: Sequence[str], b: Sequence[str]
) -> list[AlignedGroup]:
    """Moves of runs of blocks: unmatched blocks of A and B linked by equal sentences
    (of :data:`MOVE_MIN_CHARS` or more), grouped where each side's blocks are
    consecutive and the joined texts are at least :data:`MOVE_SIMILARITY` alike."""
    if not only_a or not only_b:
        return []
    from rapidfuzz.fuzz import ratio

    where_b: dict[str, int] = {}
    for j in only_b:
        for sentence in _SENTENCE_END.split(b[j]):
            if len(sentence) >= MOVE_MIN_CHARS:
                where_b.setdefault(sentence, j)
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def root(x: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i in only_a:
        for sentence in _SENTENCE_END.split(a[i]):
            hit = where_b.get(sentence) if len(sentence) >= MOVE_MIN_CHARS else None
            if hit is not None:
                parent[root(("a", i))] = root(("b", hit))
    members: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for x in list(parent):
        members.setdefault(root(x), []).append(x)
    out: list[AlignedGroup] = []
    for nodes in members.values():
        ga = tuple(sorted(i for side, i in nodes if side == "a"))
        gb = tuple(sorted(j for side, j in nodes if side == "b"))
        if not ga or not gb or ga[-1] - ga[0] != len(ga) - 1 or gb[-1] - gb[0] != len(gb) - 1:
            continue
        sim = ratio(" ".join(a[i] for i in ga), " ".join(b[j] for j in gb)) / 100
        if sim >= MOVE_SIMILARITY:
            out.append(AlignedGroup(AlignKind.MOVE, ga, gb, round(sim, 4)))
    return out


def _split_one_sided(g: AlignedGroup, remove: set[int], side: str) -> list[AlignedGroup]:
    """The runs of a one-sided group that are left when ``remove`` is taken out."""
    items = g.a if side == "a" else g.b
    runs: list[list[int]] = [[]]
    for x in items:
        if x in remove:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(x)
    return [
        AlignedGroup(g.kind, tuple(r) if side == "a" else (), tuple(r) if side == "b" else (), 0.0)
        for r in runs
        if r
    ]
