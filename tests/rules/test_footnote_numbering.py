"""footnote-numbering: gaps, duplicates and numbers running backwards."""

from __future__ import annotations

RULE = "footnote-numbering"
A = "Eerste punt1 en tweede punt2 en derde punt3.\n\n1 Noot een.\n2 Noot twee.\n3 Noot drie.\n"


def test_gap(fire) -> None:  # type: ignore[no-untyped-def]
    b = "Eerste punt1 en tweede punt3 en derde punt4.\n\n1 Noot een.\n3 Noot twee.\n4 Noot drie.\n"
    found = fire(A, b, RULE)
    assert found and all(f.b is not None and f.a is None for f in found)


def test_numbers_running_backwards(fire) -> None:  # type: ignore[no-untyped-def]
    b = A.replace("punt1", "puntX").replace("punt2", "punt1").replace("puntX", "punt2")
    found = fire(A, b, RULE)
    assert any("backwards" in f.message for f in found)


def test_quiet_on_a_shared_problem_and_on_renumbering(fire) -> None:  # type: ignore[no-untyped-def]
    b = "Eerste punt1 en tweede punt3.\n\n1 Noot een.\n3 Noot twee.\n"
    assert fire(b, b, RULE) == []
    shifted = A.replace("punt1", "punt4").replace("punt2", "punt5").replace("punt3", "punt6")
    shifted = (
        shifted.replace("1 Noot", "4 Noot").replace("2 Noot", "5 Noot").replace("3 Noot", "6 Noot")
    )
    assert fire(A, shifted, RULE) == []
