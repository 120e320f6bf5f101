"""Fuzzy alignment inside a gap between anchors.

Dynamic programming over the gap: each step pairs a group of up to :data:`MAX_GROUP`
blocks of A with a group of B (1:1, 1:n, n:1), or leaves a block unmatched. A pairing
scores the words it matches (rapidfuzz's normalised Indel similarity over word codes,
times the length of both sides) less a penalty for the words it leaves unmatched, so that
an unrelated block is never pulled into a merge; it counts only above
:data:`MIN_SIMILARITY`. Large gaps are searched in a band around the diagonal, so the
work stays proportional to the gap.

Where paragraph boundaries disagree badly (a typeset annex that runs ten paragraphs
together, say) groups of four are not enough: what the DP leaves unmatched next to a poor
pairing is aligned again sentence by sentence (:func:`sentence_fallback`), and blocks that
share sentences are grouped however many there are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import AlignedGroup, AlignKind
from .anchors import longest_increasing

#: Most blocks on one side of a merged group.
MAX_GROUP = 4
#: Below this similarity (0–1) two groups are not paired.
MIN_SIMILARITY = 0.55
#: A merged group is scored only if one of its blocks is at least this similar to the
#: other side (a group of four at MIN_SIMILARITY has a part above 0.22).
MERGE_GATE = 0.2
#: What an unmatched word of a pairing costs, against 1 for a matched one.
UNMATCHED_PENALTY = 1.0
#: Gaps with more cells than this are searched in a band.
FULL_SEARCH_CELLS = 40_000
#: Half-width of the band, in blocks, added to the difference of the gap's sides.
BAND = 40
#: Gaps whose band still holds more cells than this are not searched cell by cell.
MAX_CELLS = 2_000_000
#: Pairings at least this similar are trusted; the sentence fallback works between them.
SOLID_SIMILARITY = 0.8
#: Blocks linked by a sentence are paired only if at least this similar (a paragraph that
#: lost half its sentences still pairs; one that merely shares a stock sentence does not).
FALLBACK_SIMILARITY = 0.3
#: Sentences shorter than this (key characters) do not link blocks in the fallback.
MIN_SENTENCE = 20

_SHAPES = (
    [(1, 1)] + [(1, n) for n in range(2, MAX_GROUP + 1)] + [(n, 1) for n in range(2, MAX_GROUP + 1)]
)
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")


def align_gap(
    a: Sequence[str],
    b: Sequence[str],
    lo_a: int,
    hi_a: int,
    lo_b: int,
    hi_b: int,
    codes: WordCodes | None = None,
) -> list[AlignedGroup]:
    """Align ``a[lo_a:hi_a]`` with ``b[lo_b:hi_b]`` (comparison keys); ``codes`` shares
    the word coding between the gaps of one alignment."""
    if _band_cells(hi_a - lo_a, hi_b - lo_b) > MAX_CELLS:
        # Sides too unequal for a band to stay small (a gap of 50 blocks against 50,000):
        # group by shared sentences, which is linear, instead.
        return sentence_fallback(a, b, lo_a, hi_a, lo_b, hi_b)
    codes = codes if codes is not None else WordCodes()
    wa = [codes.encode(a[i]) for i in range(lo_a, hi_a)]
    wb = [codes.encode(b[j]) for j in range(lo_b, hi_b)]
    groups = _dp(a, b, lo_a, hi_a, lo_b, hi_b, wa, wb)
    return _refine(groups, a, b)


def _band_cells(p: int, q: int) -> int:
    """How many cells the DP visits for a gap of ``p`` by ``q`` blocks."""
    if p * q <= FULL_SEARCH_CELLS:
        return p * q
    return min(p * q, (p + 1) * (2 * (abs(p - q) + BAND) * max(p, q) // max(p, 1) + 1))


class WordCodes:
    """One character per distinct word, so that similarity is measured in words.

    Character-level similarity of two unrelated Dutch paragraphs is about 0.4 (the same
    letters, the same short words), which lets an unrelated paragraph ride along in a
    merge; word-level similarity of unrelated paragraphs is under 0.15.
    """

    __slots__ = ("_codes", "_memo")

    def __init__(self) -> None:
        self._codes: dict[str, str] = {}
        self._memo: dict[str, str] = {}

    def encode(self, key: str) -> str:
        hit = self._memo.get(key)
        if hit is None:
            codes = self._codes
            hit = self._memo[key] = "".join(
                codes.get(w) or codes.setdefault(w, chr(0x10000 + len(codes))) for w in key.split()
            )
        return hit


def _dp(
    a: Sequence[str],
    b: Sequence[str],
    lo_a: int,
    hi_a: int,
    lo_b: int,
    hi_b: int,
    wa: Sequence[str],
    wb: Sequence[str],
) -> list[AlignedGroup]:
    from rapidfuzz.fuzz import ratio

    p, q = hi_a - lo_a, hi_b - lo_b
    banded = p * q > FULL_SEARCH_CELLS
    band = abs(p - q) + BAND
    # Row i covers columns [first[i], last[i]]; cells outside the band do not exist.
    first = [0] * (p + 1)
    last = [q] * (p + 1)
    if banded:
        scale = band * max(p, q)
        for i in range(p + 1):
            # abs(i*q - j*p) <= band*max(p, q)  <=>  (i*q - scale)/p <= j <= (i*q + scale)/p
            first[i] = max(0, -((scale - i * q) // p))
            last[i] = min(q, (i * q + scale) // p)
    neg = float("-inf")
    score: list[list[float]] = []
    moves: list[list[tuple[int, int, float]]] = []
    keep = 1.0 + UNMATCHED_PENALTY
    joined_a: dict[tuple[int, int], str] = {}
    joined_b: dict[tuple[int, int], str] = {}

    def cell(i: int, j: int) -> float:
        if i < 0 or j < first[i] or j > last[i]:
            return neg
        return score[i][j - first[i]]

    pair_sims: dict[tuple[int, int], float] = {}

    def pair(i: int, j: int) -> float:
        """Similarity of block i-1 of the gap's A with block j-1 of its B (the 1:1 cell)."""
        hit = pair_sims.get((i, j))
        if hit is None:
            hit = pair_sims[(i, j)] = ratio(wa[i - 1], wb[j - 1]) / 100
        return hit

    for i in range(p + 1):
        row: list[float] = []
        row_moves: list[tuple[int, int, float]] = []
        for j in range(first[i], last[i] + 1):
            if i == 0 and j == 0:
                row.append(0.0)
                row_moves.append((0, 0, 0.0))
                continue
            best, best_move = neg, (0, 0, 0.0)
            if i:
                up = cell(i - 1, j)
                if up > best:
                    best, best_move = up, (1, 0, 0.0)
            if j > first[i]:
                left = row[-1]
                if left > best:
                    best, best_move = left, (0, 1, 0.0)
            for k, m in _SHAPES:
                if k > i or m > j:
                    continue
                base = cell(i - k, j - m)
                if base == neg:
                    continue
                ka, kb = (i - k, i), (j - m, j)
                left_text = joined_a.get(ka)
                if left_text is None:
                    left_text = joined_a[ka] = "".join(wa[i - k : i])
                right_text = joined_b.get(kb)
                if right_text is None:
                    right_text = joined_b[kb] = "".join(wb[j - m : j])
                size = len(left_text) + len(right_text)
                if not size:
                    continue
                # Even a perfect match could not beat the best so far: skip the scorer.
                if base + size <= best:
                    continue
                if k == m == 1:
                    sim = pair(i, j)
                    if sim < MIN_SIMILARITY:
                        continue
                else:
                    # A merge this similar has a part that is like the whole: where no
                    # part is, skip the scorer (most cells of an unrelated stretch).
                    parts = (
                        [pair(i, j - x) for x in range(m)]
                        if k == 1
                        else [pair(i - x, j) for x in range(k)]
                    )
                    if max(parts) < MERGE_GATE:
                        continue
                    sim = ratio(left_text, right_text, score_cutoff=MIN_SIMILARITY * 100) / 100
                    if not sim:
                        continue
                value = base + (sim * keep - UNMATCHED_PENALTY) * size
                if value > best:
                    best, best_move = value, (k, m, sim)
            row.append(best)
            row_moves.append(best_move)
        score.append(row)
        moves.append(row_moves)
    if cell(p, q) == neg:  # the band missed the corner: give up on fuzziness here
        return _one_sided(lo_a, hi_a, lo_b, hi_b)
    out: list[AlignedGroup] = []
    i, j = p, q
    while i or j:
        k, m, sim = moves[i][j - first[i]]
        ga = tuple(range(lo_a + i - k, lo_a + i))
        gb = tuple(range(lo_b + j - m, lo_b + j))
        if k and m:
            # Report the similarity of the texts (characters), as the rules expect.
            left_text = " ".join(a[x] for x in ga)
            right_text = " ".join(b[x] for x in gb)
            sim = ratio(left_text, right_text) / 100
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


def _solid(g: AlignedGroup) -> bool:
    return g.kind is AlignKind.MATCH or (
        g.kind in (AlignKind.CHANGE, AlignKind.MERGE) and g.similarity >= SOLID_SIMILARITY
    )


def _refine(groups: list[AlignedGroup], a: Sequence[str], b: Sequence[str]) -> list[AlignedGroup]:
    """Re-align, sentence by sentence, each run of weak groups that leaves blocks unmatched."""
    if all(_solid(g) for g in groups):
        return groups
    out: list[AlignedGroup] = []
    run: list[AlignedGroup] = []
    for g in [*groups, None]:
        if g is not None and not _solid(g):
            run.append(g)
            continue
        if run:
            out.extend(_maybe_fallback(run, a, b))
            run = []
        if g is not None:
            out.append(g)
    return out


def _unmatched_chars(groups: Sequence[AlignedGroup], a: Sequence[str], b: Sequence[str]) -> float:
    total = 0.0
    for g in groups:
        size = sum(len(a[i]) for i in g.a) + sum(len(b[j]) for j in g.b)
        total += (
            size if g.kind in (AlignKind.ONLY_A, AlignKind.ONLY_B) else size * (1 - g.similarity)
        )
    return total


def _maybe_fallback(
    run: list[AlignedGroup], a: Sequence[str], b: Sequence[str]
) -> list[AlignedGroup]:
    one_sided = any(g.kind in (AlignKind.ONLY_A, AlignKind.ONLY_B) for g in run)
    ia = [i for g in run for i in g.a]
    jb = [j for g in run for j in g.b]
    if not one_sided or not ia or not jb:
        return run
    alt = sentence_fallback(a, b, ia[0], ia[-1] + 1, jb[0], jb[-1] + 1)
    if _unmatched_chars(alt, a, b) < _unmatched_chars(run, a, b):
        return alt
    return run


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if len(s) >= MIN_SENTENCE]


def sentence_fallback(
    a: Sequence[str], b: Sequence[str], lo_a: int, hi_a: int, lo_b: int, hi_b: int
) -> list[AlignedGroup]:
    """Group blocks of ``a[lo_a:hi_a]`` and ``b[lo_b:hi_b]`` that share sentences.

    Blocks linked by an equal sentence form one group (however many blocks a side),
    kept monotone; blocks sharing nothing stay one-sided. For paragraph boundaries that
    disagree too much for the DP's groups of :data:`MAX_GROUP`.
    """
    from rapidfuzz.fuzz import ratio

    # Sentences that stand once on each side link blocks (boilerplate links nothing).
    where_a: dict[str, int] = {}
    for i in range(lo_a, hi_a):
        for s in _sentences(a[i]):
            where_a[s] = -1 if s in where_a else i
    where_b: dict[str, int] = {}
    for j in range(lo_b, hi_b):
        for s in _sentences(b[j]):
            where_b[s] = -1 if s in where_b else j
    links = sorted(
        (i, where_b[s]) for s, i in where_a.items() if i >= 0 and where_b.get(s, -1) >= 0
    )
    # Keep a monotone set of links: non-decreasing in B along A (ties allowed both ways).
    kept = _non_decreasing(links) if links else []
    spans: list[list[int]] = []  # [a_lo, a_hi, b_lo, b_hi], inclusive
    for i, j in kept:
        if spans and (i == spans[-1][1] or j == spans[-1][3]):
            spans[-1][1], spans[-1][3] = i, j
        else:
            spans.append([i, i, j, j])
    out: list[AlignedGroup] = []
    pa, pb = lo_a, lo_b
    for a0, a1, b0, b1 in spans:
        ga, gb = tuple(range(a0, a1 + 1)), tuple(range(b0, b1 + 1))
        left, right = " ".join(a[i] for i in ga), " ".join(b[j] for j in gb)
        if len(ga) == len(gb) == 1:
            equal = left == right
            kind = AlignKind.MATCH if equal else AlignKind.CHANGE
        else:
            equal, kind = False, AlignKind.MERGE
        sim = 1.0 if equal else round(ratio(left, right) / 100, 4)
        if sim < FALLBACK_SIMILARITY:  # a sentence in common, but little else: no pair
            continue
        if pa < a0:
            out.append(AlignedGroup(AlignKind.ONLY_A, tuple(range(pa, a0)), (), 0.0))
        if pb < b0:
            out.append(AlignedGroup(AlignKind.ONLY_B, (), tuple(range(pb, b0)), 0.0))
        out.append(AlignedGroup(kind, ga, gb, sim))
        pa, pb = a1 + 1, b1 + 1
    if pa < hi_a:
        out.append(AlignedGroup(AlignKind.ONLY_A, tuple(range(pa, hi_a)), (), 0.0))
    if pb < hi_b:
        out.append(AlignedGroup(AlignKind.ONLY_B, (), tuple(range(pb, hi_b)), 0.0))
    return out


def _non_decreasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of ``pairs`` (sorted) that is non-decreasing in the second
    item (strictly increasing would drop the links of one block to several)."""
    return longest_increasing(pairs, strict=False) if pairs else []
