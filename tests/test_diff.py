"""Word-level differences."""

from __future__ import annotations

from versiecheck.diff import ChangeKind, word_changes


def test_equal_after_normalisation() -> None:
    assert (
        word_changes("De ‘law shopping’ – zo heet het.", "De 'law shopping' - zo  heet het.") == []
    )
    assert word_changes("EU-agentschappen en Oos-tenrijk", "EUagentschappen en Oostenrijk") == []


def test_changed_word() -> None:
    (c,) = word_changes(
        "De Raad stemde in met het voorstel.", "De Raad stemde niet in met het voorstel."
    )
    assert c.kind is ChangeKind.WORDS and c.a_text == "" and c.b_text == "niet"
    (c,) = word_changes("een miljoen euro", "een miljard euro")
    assert (c.a_text, c.b_text) == ("miljoen", "miljard")


def test_punctuation_and_case_are_told_apart() -> None:
    (c,) = word_changes("Het was een mooie dag.", "Het was een mooie dag..")
    assert c.kind is ChangeKind.PUNCTUATION
    (c,) = word_changes("De Minister antwoordt", "De minister antwoordt")
    assert c.kind is ChangeKind.CASE
    assert word_changes("IN GENERAL.— The act", "In General.— The act") == []


def test_en_dash_inside_a_word_is_a_hyphen() -> None:
    assert word_changes("the D–OH act and Covid–19 rules", "the D-OH act and Covid-19 rules") == []
    assert word_changes("het vergaderjaar 2025–2026", "het vergaderjaar 2025-2026") == []


def test_a_word_broken_by_a_source_line_break_is_layout() -> None:
    assert word_changes("sound decisionmaking here", "sound decision- making here") == []
    assert word_changes("a God-given right", "a God- given right") == []
    assert word_changes("SECTION-BY-SECTION", "SECTION- BY- SECTION") == []
    (c,) = word_changes("sound decision making", "sound decision baking")
    assert (c.a_text, c.b_text) == ("making", "baking")
