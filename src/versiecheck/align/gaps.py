"""Fuzzy alignment inside a gap between anchors.

Dynamic programming over the gap: each step pairs a group of up to :data:`MAX_GROUP`
blocks of A with a group of B (1:1, 1:n, n:1), or leaves a block unmatched. A pairing
scores the characters it matches (rapidfuzz's normalised Indel similarity times the
length of both sides), and counts only above :data:`MIN_SIMILARITY`. Large gaps are
searched in a band around the diagonal, so the work stays proportional to the gap.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import AlignedGroup, AlignKind

#: Most blocks on one side of a merged group.
MAX_GROUP = 4
#: Below this similarity (0–1) two groups are not paired.
MIN_SIMILARITY = 0.55
#: Gaps with more cells than this are searched in a band.
FULL_SEARCH_CELLS = 40_000
#: Half-width of the band, in blocks, added to the difference of the gap's sides.
BAND = 40

_SHAPES = (
    [(1, 1)] + [(1, n) for n in range(2, MAX_GROUP + 1)] + [(n, 1) for n in range(2, MAX_GROUP + 1)]
)


def align_gap(
    a: Sequence[str], b: Sequence[str], lo_a: int, hi_a: int, lo_b: int, hi_b: int
) -> list[AlignedGroup]:
    from rapidfuzz.fuzz import ratio

    p, q = hi_a - lo_a, hi_b - lo_b
    banded = p * q > FULL_SEARCH_CELLS
    band = abs(p - q) + BAND

    def in_band(i: int, j: int) -> bool:
        return not banded or abs(i * q - j * p) <= band * max(p, q)

    neg = -1.0
    score: dict[tuple[int, int], float] = {(0, 0): 0.0}
    move: dict[tuple[int, int], tuple[int, int, float]] = {}
    for i in range(p + 1):
        for j in range(q + 1):
            if (i or j) and not in_band(i, j):
                continue
            if i == 0 and j == 0:
                continue
            best, best_move = neg, (0, 0, 0.0)
            if i and (i - 1, j) in score:
                best, best_move = score[(i - 1, j)], (1, 0, 0.0)
            if j and (i, j - 1) in score and score[(i, j - 1)] > best:
                best, best_move = score[(i, j - 1)], (0, 1, 0.0)
            for k, m in _SHAPES:
                if k > i or m > j or (i - k, j - m) not in score:
                    continue
                left = " ".join(a[lo_a + i - k : lo_a + i])
                right = " ".join(b[lo_b + j - m : lo_b + j])
                size = len(left) + len(right)
                if not size:
                    continue
                base = score[(i - k, j - m)]
                # Even a perfect match could not beat the best so far: skip the scorer.
                if base + size <= best:
                    continue
                sim = ratio(left, right, score_cutoff=MIN_SIMILARITY * 100) / 100
                if sim and base + sim * size > best:
                    best, best_move = base + sim * size, (k, m, sim)
            score[(i, j)] = best
            move[(i, j)] = best_move
    if (p, q) not in score:  # the band missed the corner: give up on fuzziness here
        return _one_sided(lo_a, hi_a, lo_b, hi_b)
    out: list[AlignedGroup] = []
    i, j = p, q
    while i or j:
        k, m, sim = move[(i, j)]
        ga = tuple(range(lo_a + i - k, lo_a + i))
        gb = tuple(range(lo_b + j - m, lo_b + j))
        if k and m:
            equal = k == m == 1 and a[ga[0]] == b[gb[0]]
            kind = (
                AlignKind.MATCH if equal else AlignKind.CHANGE if k == m == 1 else AlignKind.MERGE
            )
            out.append(AlignedGroup(kind, ga, gb, 1.0 if equal else round(sim, 4)))
        elif k:
            out.append(AlignedGroup(AlignKind.ONLY_A, ga, (), 0.0))
        else:
            out.append(AlignedGroup(AlignKind.ONLY_B, (), gb, 0.0))
        i, j = i - k, j - m
    return out[::-1]


def _one_sided(lo_a: int, hi_a: int, lo_b: int, hi_b: int) -> list[AlignedGroup]:
    return [
        AlignedGroup(AlignKind.ONLY_A, tuple(range(lo_a, hi_a)), (), 0.0),
        AlignedGroup(AlignKind.ONLY_B, (), tuple(range(lo_b, hi_b)), 0.0),
    ]
