"""footnote-text-changed: the same footnote with other words."""

from __future__ import annotations

RULE = "footnote-text-changed"
TEXT = "Zie de brief1 aan de Kamer over dit onderwerp.\n\n"


def test_shows_the_change_word_by_word(fire) -> None:  # type: ignore[no-untyped-def]
    found = fire(
        TEXT + "1 Kamerstuk 32 317, nr. 987.\n", TEXT + "1 Kamerstuk 32 317, nr. 978.\n", RULE
    )
    assert len(found) == 1 and "‘987’ → ‘978’" in found[0].message


def test_quiet_on_layout_inside_the_body(fire) -> None:  # type: ignore[no-untyped-def]
    a = TEXT + "1 Tweede Kamer, vergaderjaar 2025-2026, Kamer-\nstuk 32 317, nr. 987.\n"
    b = TEXT + "1 Tweede Kamer, vergaderjaar 2025–2026, Kamerstuk 32 317, nr. 987.\n"
    assert fire(a, b, RULE) == []


MAJORITY = (
    "Parents have the right to know what is taught in their schools.¹ They want to be "
    "heard by the board.²\n\n¹ Press release of the majority.\n² Statement of the majority.\n"
)
MINORITY = (
    "\fMINORITY VIEWS\n\nThe Majority claims that this bill helps parents and pupils.¹ It "
    "duplicates the law.²\n\n¹ Press release of the minority.\n² 20 U.S.C. 1232h(c)(1).\n"
)


def test_notes_are_compared_within_their_series(fire) -> None:  # type: ignore[no-untyped-def]
    # Both renderings number the minority views' notes from 1 again: note 1 of the
    # majority views is compared with note 1 of the majority views, not of the minority.
    assert fire(MAJORITY + MINORITY, MAJORITY + MINORITY, RULE) == []
    changed = MAJORITY.replace("release of the majority", "release of the committee")
    found = fire(MAJORITY + MINORITY, changed + MINORITY, RULE)
    assert len(found) == 1 and found[0].message.startswith("Footnote 1 differs")
    changed = MINORITY.replace("1232h(c)(1)", "1232h(c)(2)")
    found = fire(MAJORITY + MINORITY, MAJORITY + changed, RULE)
    assert len(found) == 1 and found[0].message.startswith("Footnote 2 (series 2) differs")


def test_an_excerpt_without_the_first_series_compares_the_series_it_has() -> None:
    import versiecheck

    # B leaves out the majority views: its notes 1 and 2 are A's second series. (That
    # A's numbering starts again where B's does not is footnote-numbering's finding.)
    report = versiecheck.compare_text(MAJORITY + MINORITY, MINORITY.lstrip("\f"))
    rules = {f.rule for f in report.findings}
    assert not rules & {RULE, "footnote-missing", "footnote-position"}
    assert not rules & {"footnote-marker-missing", "footnote-body-missing"}
    changed = MINORITY.replace("1232h(c)(1)", "1232h(c)(2)").lstrip("\f")
    report = versiecheck.compare_text(MAJORITY + MINORITY, changed)
    found = [f for f in report.findings if f.rule == RULE]
    assert len(found) == 1 and found[0].message.startswith("Footnote 2 (series 2) differs")
