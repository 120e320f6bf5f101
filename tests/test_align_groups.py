"""Aligning where paragraph boundaries disagree: n:m groups, the sentence fallback,
moves of several blocks, unrelated blocks kept out of merges, banded gaps."""

from __future__ import annotations

import itertools
import random

from versiecheck.align import align_keys
from versiecheck.align.gaps import FULL_SEARCH_CELLS, sentence_fallback
from versiecheck.model import AlignedGroup, AlignKind

_WORDS = (
    "beleid uitvoering minister kamer brief verslag raad lidstaten commissie overleg "
    "samenwerking terugkeer migratie toezicht onderzoek voorstel richtlijn regelgeving "
    "financiering strategie werkgroep gemeenten provincies begroting evaluatie aanpak "
    "veiligheid justitie handhaving rechtspraak politie grenzen asiel procedure"
).split()


def para(seed: int, sentences: int = 3) -> str:
    rng = random.Random(seed)
    out = []
    for _ in range(sentences):
        ws = [rng.choice(_WORDS) for _ in range(rng.randint(8, 14))]
        out.append(" ".join(ws) + ".")
    return " ".join(out)


P = [para(i) for i in range(40)]


def kinds(groups: list[AlignedGroup]) -> list[tuple[AlignKind, tuple[int, ...], tuple[int, ...]]]:
    return [(g.kind, g.a, g.b) for g in groups]


def covers_each_block_once(groups: list[AlignedGroup], na: int, nb: int) -> bool:
    a = sorted(i for g in groups for i in g.a)
    b = sorted(j for g in groups for j in g.b)
    return a == list(range(na)) and b == list(range(nb))


def test_paragraphs_run_together_are_one_group_however_many() -> None:
    # A typeset annex that runs eight paragraphs together: more than the DP's groups of 4.
    a = [P[0], " ".join(P[1:9]), P[9]]
    b = P[:10]
    groups = align_keys(a, b)
    assert (AlignKind.MERGE, (1,), tuple(range(1, 9))) in kinds(groups)
    assert not [g for g in groups if g.kind in (AlignKind.ONLY_A, AlignKind.ONLY_B)]


def test_a_list_without_sentences_run_together_is_one_group_however_many() -> None:
    """align._pair_neighbours: a list of names one line each in B and one paragraph in A
    (no sentence ends to link them, more lines than the DP's groups) is one group where it
    stands, not text moved; unlike text beside it stays one-sided."""
    names = [f"MEMBER {n} OF THE COMMITTEE, State {n * 3}" for n in range(12)]
    a = [P[0], " ".join(names), P[1]]
    b = [P[0], *names, P[1]]
    groups = align_keys(a, b)
    assert (AlignKind.MERGE, (1,), tuple(range(1, 13))) in kinds(groups)
    assert align_keys(b, a)[1].a == tuple(range(1, 13))
    other = [f"OTHER PERSON {n}, Another Place {n * 5}" for n in range(12)]
    groups = align_keys([P[0], " ".join(other), P[1]], b)
    assert not [g for g in groups if g.kind in (AlignKind.MERGE, AlignKind.MOVE)]


def test_sentence_fallback_groups_blocks_sharing_sentences() -> None:
    a = [" ".join(P[1:7])]
    b = [*P[1:7], P[30]]
    groups = sentence_fallback(a, b, 0, 1, 0, 7)
    assert kinds(groups) == [
        (AlignKind.MERGE, (0,), (0, 1, 2, 3, 4, 5)),
        (AlignKind.ONLY_B, (), (6,)),
    ]


def test_split_on_one_side_and_merged_on_the_other_is_one_group() -> None:
    # A: [x1] [x2 + y]; B: [x1 + x2] [y]  (2:2)
    x1, x2 = P[3][: len(P[3]) // 2], P[3][len(P[3]) // 2 :]
    a = [P[0], x1, x2 + " " + P[4], P[5]]
    b = [P[0], x1 + x2, P[4], P[5]]
    groups = align_keys(a, b)
    assert (AlignKind.MERGE, (1, 2), (1, 2)) in kinds(groups)
    assert covers_each_block_once(groups, 4, 4)


def test_unrelated_paragraph_is_not_pulled_into_a_merge() -> None:
    # A deleted paragraph next to a split: the deletion stays a deletion.
    a = [P[0], P[1], P[2], P[3], P[5]]
    b = [P[0], P[1] + " " + P[2], P[20], P[3], P[5]]
    groups = align_keys(a, b)
    assert (AlignKind.MERGE, (1, 2), (1,)) in kinds(groups)
    assert (AlignKind.ONLY_B, (), (2,)) in kinds(groups)


def test_paragraph_moved_and_split_on_the_way_is_one_move() -> None:
    half = len(P[10]) // 2
    cut = P[10].index(". ", half // 2) + 1
    first, second = P[10][:cut], P[10][cut + 1 :]
    b = P[:20]
    a = P[:10] + P[11:16] + [first, second] + P[16:20]
    groups = align_keys(a, b)
    moves = [g for g in groups if g.kind is AlignKind.MOVE]
    assert [(g.a, g.b) for g in moves] == [((15, 16), (10,))]
    assert not [g for g in groups if g.kind in (AlignKind.ONLY_A, AlignKind.ONLY_B)]


def test_moves_are_found_among_thousands_of_paragraphs() -> None:
    body = [para(1000 + i) for i in range(3000)]
    a = list(body)
    moved = [a.pop(100), a.pop(1500), a.pop(2500)]
    a[200:200] = [moved[0]]
    a[10:10] = [moved[1]]
    a.append(moved[2])
    groups = align_keys(a, body)
    moves = {g.b for g in groups if g.kind is AlignKind.MOVE}
    assert moves == {(100,), (1501,), (2502,)}
    assert not [g for g in groups if g.kind in (AlignKind.ONLY_A, AlignKind.ONLY_B)]


def test_empty_and_repeated_keys_at_gap_ends_match() -> None:
    assert kinds(align_keys([""], [""])) == [(AlignKind.MATCH, (0,), (0,))]
    boiler = "zie de bijlage."
    a = [P[0], boiler, boiler, P[1], boiler]
    assert all(g.kind is AlignKind.MATCH for g in align_keys(a, list(a)))


def test_a_large_gap_is_banded_and_still_aligned() -> None:
    # No unique anchors at all (every paragraph doubled), so one gap of 400 x 400 cells.
    body = [para(5000 + i) for i in range(200)]
    a = [x for p in body for x in (p, p)]
    b = list(a)
    b[101] = b[101].replace("beleid", "plan")
    assert len(a) * len(b) > FULL_SEARCH_CELLS
    groups = align_keys(a, b)
    assert covers_each_block_once(groups, len(a), len(b))
    paired = [g for g in groups if g.kind in (AlignKind.MATCH, AlignKind.CHANGE)]
    assert len(paired) == len(a)


def test_a_gap_too_unequal_for_a_band_is_grouped_by_sentences() -> None:
    from versiecheck.align import gaps

    big = [para(20000 + i, 2) for i in range(3000)]
    small = [big[10], big[1500] + " met een zin erbij over iets anders.", big[2900]]
    small = [s.replace("beleid", "plan", 1) for s in small]  # no exact anchors at all
    assert gaps._band_cells(len(small) * 400, len(big)) > gaps.MAX_CELLS
    groups = gaps.align_gap(small * 400, big, 0, len(small) * 400, 0, len(big))
    assert covers_each_block_once(groups, len(small) * 400, len(big))


def test_every_paragraph_edited_still_pairs_one_to_one_at_scale() -> None:
    # No equal blocks at all, so no exact anchors: near-exact ones (shared word trigrams)
    # split the gap before the DP.
    body = [para(30000 + i, 4) for i in range(600)]
    edited = [p.replace(" ", " nieuw ", 1) for p in body]
    groups = align_keys(edited, body)
    assert kinds(groups) == [(AlignKind.CHANGE, (i,), (i,)) for i in range(600)]


def test_unrelated_stretches_are_one_sided_without_a_search() -> None:
    a = [para(40000 + i) for i in range(400)]
    b = [para(50000 + i) for i in range(400)]
    groups = align_keys(a, b)
    assert {g.kind for g in groups} == {AlignKind.ONLY_A, AlignKind.ONLY_B}
    assert covers_each_block_once(groups, 400, 400)


def test_near_anchors_are_mutual_best_and_monotone() -> None:
    from versiecheck.align.anchors import near_anchors
    from versiecheck.align.gaps import WordCodes

    codes = WordCodes()
    body = [para(60000 + i, 3) for i in range(30)]
    a = [codes.encode(p.replace(" ", " x ", 1)) for p in body]
    b = [codes.encode(p) for p in body[:10] + body[20:] + body[10:20]]
    pairs, alike = near_anchors(a, b)
    assert alike
    assert pairs == sorted(pairs) and all(b2 > b1 for (_, b1), (_, b2) in itertools.pairwise(pairs))
    assert len(pairs) == 20


def test_moved_and_edited_paragraphs_are_found_among_many_unmatched() -> None:
    # 600 paragraphs only in A and 600 only in B: too many for an all-against-all search
    # of moves, so candidates come from shared word trigrams.
    shared = [para(70000 + i) for i in range(60)]
    only_a = [para(80000 + i) for i in range(600)]
    only_b = [para(90000 + i) for i in range(600)]
    moved = [para(99000 + i, 5) for i in range(3)]
    a = shared[:20] + only_a[:300] + moved + shared[20:40] + only_a[300:] + shared[40:]
    edited = [m.replace(" ", " ook ", 1) for m in moved]
    b = shared[:20] + only_b[:300] + shared[20:40] + only_b[300:] + shared[40:] + edited
    groups = align_keys(a, b)
    moves = [g for g in groups if g.kind is AlignKind.MOVE]
    assert [(g.a, g.b) for g in moves] == [((320 + k,), (len(b) - 3 + k,)) for k in range(3)]
    assert all(0.9 <= g.similarity < 1 for g in moves)


def test_short_blocks_left_unmatched_side_by_side_pair_by_characters() -> None:
    """A name with one word changed is half its words: too few for the word-level search,
    so both were one-sided (two findings); alike by characters, they pair."""
    a = ["joe courtney.", "frederica wilson.", "suzanne bonamici.", "mark takano."]
    b = ["joe courtney.", "frederica wilson.", "suzanna bonamici.", "mark takano."]
    for x, y in ((a, b), (b, a)):
        groups = align_keys(x, y)
        assert (AlignKind.CHANGE, (2,), (2,)) in kinds(groups)
        assert not [g for g in groups if g.kind in (AlignKind.ONLY_A, AlignKind.ONLY_B)]
    # At the far end of longer runs too: B's signature line before the name stays its own.
    a2 = ["joe courtney.", P[0], "raul grijalva.", "mark takano."]
    b2 = ["joe courtney.", "bobby scott, ranking member.", "raúl grijalva.", "mark takano."]
    groups = align_keys(a2, b2)
    assert (AlignKind.CHANGE, (2,), (2,)) in kinds(groups)
    # Unlike short blocks stay one-sided.
    c = ["joe courtney.", "frederica wilson.", "alma adams.", "mark takano."]
    assert (AlignKind.ONLY_A, (2,), ()) in kinds(align_keys(a, c))


def test_a_block_cut_short_and_split_on_the_other_side_pairs_with_its_start() -> None:
    """An excerpt keeps the start of a long paragraph as several short blocks (more than
    the gap alignment's groups of four, sharing no whole sentence with it: the clauses of
    a list) and leaves out the rest: those blocks pair with the long block (the text rules
    then say what it has beyond them); what follows stays one-sided."""
    clauses = [P[k].replace(".", "") for k in range(6)]
    long_block = " ".join(clauses)
    kept = long_block[:400]
    cuts = [0, 70, 150, 230, 310, 400]
    pieces = [kept[cuts[k] : cuts[k + 1]].strip() for k in range(5)]
    a = [P[20], long_block, P[7], P[8], P[21]]
    b = [P[20], *pieces, "[content is elided in this sample]", P[21]]
    groups = align_keys(a, b)
    assert covers_each_block_once(groups, len(a), len(b))
    assert (AlignKind.MERGE, (1,), (1, 2, 3, 4, 5)) in kinds(groups)
    assert (AlignKind.ONLY_A, (2, 3), ()) in kinds(groups)
    assert (AlignKind.ONLY_B, (), (6,)) in kinds(groups)  # the placeholder
    assert (AlignKind.MERGE, (1, 2, 3, 4, 5), (1,)) in kinds(align_keys(b, a))  # swapped
    # The same at the end: the other side keeps only the end of the long block.
    end = long_block[-400:]
    pieces_end = [end[cuts[k] : cuts[k + 1]].strip() for k in range(5)]
    b_end = [P[20], "[content is elided in this sample]", *pieces_end, P[21]]
    a_end = [P[20], P[7], P[8], long_block, P[21]]
    assert (AlignKind.MERGE, (3,), (2, 3, 4, 5, 6)) in kinds(align_keys(a_end, b_end))
