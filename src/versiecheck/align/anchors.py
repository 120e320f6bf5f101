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


def longest_increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of pairs (sorted by first item) increasing in the second."""
    if not pairs:
        return []
    tails: list[int] = []  # smallest tail value of an increasing run of each length
    tail_idx: list[int] = []
    back: list[int] = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect.bisect_left(tails, j)
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
