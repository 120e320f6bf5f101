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


def test_a_series_that_starts_again_is_one_finding_and_shared_restarts_are_quiet() -> None:
    from versiecheck.model import FootnoteMarker
    from versiecheck.read import read_text
    from versiecheck.rules._footnotes import Notes
    from versiecheck.rules.footnote_numbering import _problems
    from versiecheck.segment import segment

    def notes(numbers: list[int]) -> Notes:
        doc = segment(read_text("Tekst.\n", "A"))
        doc.markers = [FootnoteMarker(n, 0, 0, 0, f"w{n}", "w") for n in numbers]
        return Notes.of(doc)

    problems = _problems(notes([1, 2, 3, 1, 2, 4]))
    assert [text for _, _, text in problems] == [
        "footnote numbering starts again at 1 (‘w1’) after 3",
        "footnote 4 (‘w4’) follows 2: 3 is missing",
    ]
    assert _problems(notes([8, 9, 1, 2]))[1][2].startswith("footnote numbering starts again")
