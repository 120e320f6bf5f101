"""Unique anchors, as in patience diff: keys that occur once in A and once in B, kept
where they form the longest increasing run (so anchors never cross)."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence


def unique_anchors(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int]]:
    """Index pairs (i, j) with ``a[i] == b[j]`` unique on both sides, monotone in both."""
    count_a = Counter(a)
    count_b = Counter(b)
    where_b = {k: j for j, k in enumerate(b) if count_b[k] == 1 and k}
    pairs = [(i, where_b[k]) for i, k in enumerate(a) if count_a[k] == 1 and k in where_b]
    return longest_increasing(pairs)


def longest_increasing(
    pairs: list[tuple[int, int]], *, strict: bool = True
) -> list[tuple[int, int]]:
    """The longest subsequence of pairs (sorted by first item) increasing in the second;
    with ``strict=False``, non-decreasing (one block may then link to several)."""
    if not pairs:
        return []
    search = bisect.bisect_left if strict else bisect.bisect_right
    tails: list[int] = []  # smallest tail value of an increasing run of each length
    tail_idx: list[int] = []
    back: list[int] = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = search(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_idx.append(k)
        else:
            tails[pos] = j
            tail_idx[pos] = k
        back[k] = tail_idx[pos - 1] if pos else -1
    out: list[tuple[int, int]] = []
    k = tail_idx[-1]
    while k != -1:
        out.append(pairs[k])
        k = back[k]
    return out[::-1]


#: Word trigrams found in more blocks than this are too common to point anywhere.
COMMON_GRAM = 8
#: Near anchors share at least this part of the word trigrams of the longer block.
NEAR_SHARE = 0.5
#: Fewer trigrams than this in common is chance (two short headings), never a pair.
MIN_SHARED = 3
#: Below this share of trigrams in common with any block, a block has no counterpart.
WEAK_SHARE = 0.15


def near_anchors(wa: Sequence[str], wb: Sequence[str]) -> tuple[list[tuple[int, int]], bool]:
    """Pairs (i, j) of blocks that share most of their word trigrams, each the other's
    best, monotone: near-exact anchors for a gap too large to search cell by cell. And
    whether any block shares a fair part (:data:`WEAK_SHARE`) of its trigrams with a
    block on the other side: if none does, no pairing in the gap can reach the aligner's
    similarity threshold and the gap is one-sided.

    ``wa`` and ``wb`` hold one character per word (see ``gaps.WordCodes``), so a trigram
    is a three-character slice. Linear in the number of words.
    """
    pairs, alike = mutual_best(wa, wb)
    return longest_increasing(pairs), alike


def mutual_best(wa: Sequence[str], wb: Sequence[str]) -> tuple[list[tuple[int, int]], bool]:
    """Pairs (i, j), sorted, of blocks that are each other's best by shared word trigrams
    and share at least :data:`NEAR_SHARE` of them (in any order: candidates for moves
    too); and whether any block shares :data:`WEAK_SHARE` with one on the other side."""
    grams_a = [_grams(w) for w in wa]
    grams_b = [_grams(w) for w in wb]
    best_b = _best(grams_a, grams_b)
    best_a = _best(grams_b, grams_a)
    alike = any(share >= WEAK_SHARE for _, share in [*best_b.values(), *best_a.values()])
    pairs = [
        (i, j)
        for i, (j, share) in best_b.items()
        if share >= NEAR_SHARE and best_a.get(j, (-1, 0.0))[0] == i
    ]
    return sorted(pairs), alike


def _grams(w: str) -> set[str]:
    return {w[k : k + 3] for k in range(len(w) - 2)}


def _best(src: list[set[str]], dst: list[set[str]]) -> dict[int, tuple[int, float]]:
    """For each block of ``src``, the block of ``dst`` sharing most trigrams, and the share
    (of the longer block's trigrams)."""
    index: dict[str, list[int]] = {}
    for j, grams in enumerate(dst):
        for g in grams:
            index.setdefault(g, []).append(j)
    out: dict[int, tuple[int, float]] = {}
    for i, grams in enumerate(src):
        if not grams:
            continue
        counts: Counter[int] = Counter()
        for g in grams:
            hits = index.get(g)
            if hits and len(hits) <= COMMON_GRAM:
                counts.update(hits)
        if not counts:
            continue
        j, shared = counts.most_common(1)[0]
        if shared >= MIN_SHARED:
            out[i] = (j, shared / max(len(grams), len(dst[j])))
    return out
