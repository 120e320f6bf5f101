"""Aligning blocks: anchors, 1:n and n:1 groups, one-sided runs, moves."""

from __future__ import annotations

from versiecheck.align import align_keys
from versiecheck.align.anchors import longest_increasing, unique_anchors
from versiecheck.model import AlignKind

P = [f"alinea nummer {i} met een eigen inhoud over onderwerp {i * 7}" for i in range(8)]


def kinds(groups):  # type: ignore[no-untyped-def]
    return [(g.kind, g.a, g.b) for g in groups]


def test_identical_sequences_match_one_to_one() -> None:
    assert kinds(align_keys(P, P)) == [(AlignKind.MATCH, (i,), (i,)) for i in range(8)]


def test_longest_increasing_keeps_monotone_anchors() -> None:
    assert longest_increasing([(0, 2), (1, 0), (2, 1), (3, 3)]) == [(1, 0), (2, 1), (3, 3)]
    assert unique_anchors(["x", "y", "x"], ["y", "x"]) == [(1, 0)]


def test_split_paragraph_is_one_to_many() -> None:
    a = [P[0], P[1] + " " + P[2], P[3]]
    b = [P[0], P[1], P[2], P[3]]
    groups = align_keys(a, b)
    assert (AlignKind.MERGE, (1,), (1, 2)) in kinds(groups)
    assert align_keys(b, a)[1].a == (1, 2)


def test_unmatched_run_is_one_group() -> None:
    annex = [f"bijlage alinea {i} over een heel ander onderwerp {i}" for i in range(20)]
    groups = align_keys(P[:3] + annex, P[:3])
    only = [g for g in groups if g.kind is AlignKind.ONLY_A]
    assert len(only) == 1 and only[0].a == tuple(range(3, 23))


def test_changed_paragraph_pairs_as_change() -> None:
    b = list(P)
    b[4] = P[4].replace("eigen", "andere")
    groups = align_keys(P, b)
    assert (AlignKind.CHANGE, (4,), (4,)) in kinds(groups)


def test_moved_paragraph_is_a_move() -> None:
    b = [P[0], P[2], P[3], P[4], P[1], P[5], P[6], P[7]]
    groups = align_keys(P, b)
    moves = [g for g in groups if g.kind is AlignKind.MOVE]
    assert len(moves) == 1
    assert (moves[0].a, moves[0].b) == ((1,), (4,))
    assert not [g for g in groups if g.kind in (AlignKind.ONLY_A, AlignKind.ONLY_B)]


def test_repeated_boilerplate_still_aligns() -> None:
    boiler = "zie ook de bijlage bij deze brief"
    a = [P[0], boiler, P[1], boiler, P[2]]
    b = [P[0], boiler, P[1], boiler, P[2]]
    assert all(g.kind is AlignKind.MATCH for g in align_keys(a, b))
