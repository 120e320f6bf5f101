"""Alignment at scale: long generated documents (bench/gen.py) with planted moves, splits,
merges, deletions, insertions and edits; the alignment must find every one of them."""

from __future__ import annotations

import itertools
import re
import sys
from collections import Counter

import pytest

from generated import gen
from versiecheck.align import align
from versiecheck.check import PAIRED
from versiecheck.model import AlignedGroup, AlignKind
from versiecheck.normalize import comparison_key
from versiecheck.read import read_text
from versiecheck.segment import segment
from versiecheck.segment.join import words

_SENTENCE = re.compile(r"(?<=[.!?])\s+")


class Sides:
    """A generated pair segmented and aligned, with ways to find a paragraph's blocks."""

    def __init__(self, pages: int, seed: int) -> None:
        self.pair = gen.generate(pages, seed)
        a, b = read_text(self.pair.a, "A"), read_text(self.pair.b, "B")
        lexicon = words([a.text, b.text])
        self.a, self.b = segment(a, lexicon), segment(b, lexicon)
        self.groups = align(self.a, self.b)
        self.of_a = {i: g for g in self.groups for i in g.a}
        self.of_b = {j: g for g in self.groups for j in g.b}
        self.keys_a = [comparison_key(x.text) for x in self.a.blocks]
        self.keys_b = [comparison_key(x.text) for x in self.b.blocks]

    def where(self, side: str, text: str) -> set[int]:
        """The blocks of ``side`` holding the sentences of ``text`` (long ones only)."""
        keys = self.keys_a if side == "a" else self.keys_b
        found: set[int] = set()
        for s in _SENTENCE.split(text):
            k = comparison_key(s)
            if len(k) < 40:
                continue
            hits = [i for i, key in enumerate(keys) if k in key]
            assert len(hits) == 1, f"sentence not found once in {side}: {s[:60]}"
            found.add(hits[0])
        assert found, text[:60]
        return found

    def group(self, side: str, blocks: set[int]) -> AlignedGroup:
        of = self.of_a if side == "a" else self.of_b
        groups = {of[i] for i in blocks}
        assert len(groups) == 1, f"{side} blocks {sorted(blocks)} in {len(groups)} groups"
        return groups.pop()


def _misses(s: Sides) -> Counter[str]:
    """Planted differences the alignment did not report as such, by kind."""
    t = s.pair.truth
    miss: Counter[str] = Counter()

    def paired(a_blocks: set[int], b_blocks: set[int], kinds: tuple[AlignKind, ...]) -> bool:
        try:
            g = s.group("a", a_blocks)
        except AssertionError:
            return False
        return g.kind in kinds and b_blocks <= set(g.b) and a_blocks <= set(g.a)

    for at, bt in t.edits:
        if not paired(s.where("a", at), s.where("b", bt), (AlignKind.CHANGE, AlignKind.MERGE)):
            miss["edit"] += 1
    for text in t.moves:
        if not paired(s.where("a", text), s.where("b", text), (AlignKind.MOVE,)):
            miss["move"] += 1
    for at, bt in t.moved_edits:
        if not paired(s.where("a", at), s.where("b", bt), (AlignKind.MOVE,)):
            miss["moved-edit"] += 1
    for parts, bt in t.splits:
        a_blocks = set().union(*(s.where("a", x) for x in parts))
        if len(a_blocks) < 2 or not paired(a_blocks, s.where("b", bt), (AlignKind.MERGE,)):
            miss["split"] += 1
    for at, parts in t.merges:
        b_blocks = set().union(*(s.where("b", x) for x in parts))
        if len(b_blocks) < 2 or not paired(s.where("a", at), b_blocks, (AlignKind.MERGE,)):
            miss["merge"] += 1
    for text in t.deletions:
        if any(s.of_b[j].kind is not AlignKind.ONLY_B for j in s.where("b", text)):
            miss["deletion"] += 1
    for text in t.insertions:
        if any(s.of_a[i].kind is not AlignKind.ONLY_A for i in s.where("a", text)):
            miss["insertion"] += 1
    boiler = comparison_key(t.boilerplate)
    for i, key in enumerate(s.keys_a):
        if key == boiler and s.of_a[i].kind is not AlignKind.MATCH:
            miss["boilerplate"] += 1
    return miss


def _planted(s: Sides) -> int:
    t = s.pair.truth
    kinds = (t.edits, t.moves, t.moved_edits, t.splits, t.merges, t.deletions, t.insertions)
    return sum(len(x) for x in kinds)


@pytest.mark.parametrize(("pages", "seed"), [(20, 1), (20, 2), (60, 3)])
def test_planted_differences_are_all_found(pages: int, seed: int) -> None:
    s = Sides(pages, seed)
    assert _planted(s) >= 6
    assert _misses(s) == Counter()


def test_three_hundred_pages_find_every_move_split_merge_and_deletion() -> None:
    s = Sides(300, 4)
    t = s.pair.truth
    assert len(t.moves) >= 10 and len(t.moved_edits) >= 5
    assert len(t.splits) >= 20 and len(t.deletions) >= 20
    assert _misses(s) == Counter()


def test_a_move_is_never_also_a_deletion_and_an_insertion() -> None:
    s = Sides(100, 5)
    for text in s.pair.truth.moves:
        for i in s.where("a", text):
            assert s.of_a[i].kind is AlignKind.MOVE
        for j in s.where("b", text):
            assert s.of_b[j].kind is AlignKind.MOVE


def test_every_block_is_in_exactly_one_group_and_pairs_are_monotone() -> None:
    s = Sides(100, 6)
    seen_a = Counter(i for g in s.groups for i in g.a)
    seen_b = Counter(j for g in s.groups for j in g.b)
    assert sorted(seen_a) == list(range(len(s.a.blocks))) and set(seen_a.values()) == {1}
    assert sorted(seen_b) == list(range(len(s.b.blocks))) and set(seen_b.values()) == {1}
    in_order = [g for g in s.groups if g.kind in PAIRED and g.kind is not AlignKind.MOVE]
    firsts = [(g.a[0], g.b[0]) for g in in_order]
    assert firsts == sorted(firsts)
    assert all(b2 > b1 for (_, b1), (_, b2) in itertools.pairwise(firsts))


if __name__ == "__main__":  # python tests/test_scale_alignment.py PAGES [SEED]
    pages = int(sys.argv[1])
    sides = Sides(pages, int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    print(pages, "pages;", _planted(sides), "planted;", "misses:", dict(_misses(sides)))
