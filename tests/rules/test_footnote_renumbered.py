"""footnote-renumbered: one finding for a consistently renumbered series."""

from __future__ import annotations

RULE = "footnote-renumbered"
A = (
    "Zie de brief1 en verder de nota2 over dit onderwerp.\n\n"
    "1 Kamerstuk 32 317, nr. 987.\n2 Kamerstuk 32 317, nr. 990.\n"
)


def test_renumbered_series_is_one_finding(loud) -> None:  # type: ignore[no-untyped-def]
    b = A.replace("brief1", "brief5").replace("nota2", "nota6")
    b = b.replace("\n1 Kamer", "\n5 Kamer").replace("\n2 Kamer", "\n6 Kamer")
    found = loud(A, b)
    assert [f.rule for f in found] == [RULE]
    assert "1–2 in A are 5–6 in B" in found[0].message


def test_renumbered_and_a_body_changed(fire) -> None:  # type: ignore[no-untyped-def]
    b = A.replace("brief1", "brief3").replace("nota2", "nota4")
    b = b.replace("\n1 Kamer", "\n3 Kamer")
    b = b.replace("\n2 Kamerstuk 32 317, nr. 990", "\n4 Kamerstuk 32 317, nr. 999")
    assert len(fire(A, b, RULE)) == 1
    changed = fire(A, b, "footnote-text-changed")
    assert len(changed) == 1 and "999" in changed[0].message


def test_quiet_when_numbering_is_the_same_or_not_consistent(fire) -> None:  # type: ignore[no-untyped-def]
    assert fire(A, A, RULE) == []
    b = A.replace("nota2", "nota3").replace("\n2 Kamer", "\n3 Kamer")
    assert fire(A, b, RULE) == []


def test_renumbered_with_a_footnote_dropped_besides(fire) -> None:  # type: ignore[no-untyped-def]
    """Found by eval (several differences at once): every footnote renumbered +3 and one
    marker dropped; the renumbering is still one finding, the dropped marker its own."""
    a = (
        "Zie de brief1 en verder de nota2 over dit onderwerp en het verslag3 erbij.\n\n"
        "1 Kamerstuk 32 317, nr. 987.\n2 Kamerstuk 32 317, nr. 990.\n3 Kamerstuk 32 317, nr. 991.\n"
    )
    b = (
        "Zie de brief4 en verder de nota5 over dit onderwerp en het verslag erbij.\n\n"
        "4 Kamerstuk 32 317, nr. 987.\n5 Kamerstuk 32 317, nr. 990.\n6 Kamerstuk 32 317, nr. 991.\n"
    )
    assert len(fire(a, b, RULE)) == 1
    assert fire(a, b, "footnote-missing") == [] or all(
        "3" in f.message for f in fire(a, b, "footnote-missing")
    )
