"""The shortcuts taken for speed decide exactly as the patterns they stand in for.

Segmenting, normalising and the JSON report skip work where a cheap test shows it cannot
matter (a first character, an ASCII text, a line without digits). Each shortcut is checked
here against the pattern or encoder it replaces, over every Unicode character where the
shortcut is about characters.
"""

from __future__ import annotations

import json
import random
import re

from versiecheck.normalize import _ASCII_TRANSLATABLE, _TRANSLATE, clean
from versiecheck.read import read_text
from versiecheck.report.json import dumps
from versiecheck.segment import _lines_with_digits
from versiecheck.segment.footnotes import _ANY_DIGIT, _BODY_FIRST, _BODY_START, body_number
from versiecheck.segment.letter import _CLOSING, _CLOSING_FIRST, _closings
from versiecheck.segment.lines import split_lines
from versiecheck.segment.paragraphs import (
    _END_SENTENCE,
    _LOWER_FIRST,
    _STARTS_LOWER,
    _ends_sentence,
)

EVERY_CHARACTER = "".join(map(chr, range(0x110000)))


def test_lower_case_first_characters_are_those_of_the_pattern() -> None:
    assert set(re.findall(_STARTS_LOWER.pattern.lstrip("^"), EVERY_CHARACTER)) == _LOWER_FIRST


def test_sentence_end_without_the_pattern() -> None:
    rng = random.Random(6)
    alphabet = ".!?\"'’”)a :\n"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
        assert _ends_sentence(text) == bool(_END_SENTENCE.search(text)), repr(text)


def test_a_closing_starts_with_a_letter_the_first_character_test_lets_through() -> None:
    # The closings _CLOSING knows, one per alternative, and the letters they start with.
    closings = [
        "Yours sincerely,",
        "Kind regards",
        "Best regards",
        "Warm regards",
        "Sincerely",
        "Hoogachtend,",
        "Met vriendelijke groet",
        "Met de meeste hoogachting",
    ]
    assert all(_CLOSING.match(c) for c in closings)
    assert _CLOSING.pattern.count("|") == 10  # (a new alternative: add it above)
    letting_through = set(_CLOSING_FIRST.findall(EVERY_CHARACTER))
    for letter in {c[0].lower() for c in closings}:
        # Every character the pattern takes for this letter (the same case folding).
        assert set(re.findall(f"(?i){letter}", EVERY_CHARACTER)) <= letting_through


def test_closings_are_found_as_by_the_pattern() -> None:
    text = "Hoogachtend,\nhoogachtend\nYours sincerely,\nſincerely\nKind regards\nmet groet\n"
    lines = [ln for ln in split_lines(read_text(text, "A")) if ln.kind == "text"]
    expected = [k for k, ln in enumerate(lines) if _CLOSING.match(ln.text)]
    assert _closings(lines) == expected and expected == [0, 1, 2, 3, 4]


def test_footnote_bodies_start_with_a_character_the_first_character_test_lets_through() -> None:
    # _BODY_START opens with [, (, a superscript digit or \d, which is what isdecimal() is.
    assert _BODY_START.pattern.startswith(r"^(?:([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?![⁰¹²³⁴⁵⁶⁷⁸⁹])\s*(?=\S)|")
    assert r"|(?:\[(\d{1,3})\]|\((\d{1,3})\)|(\d{1,3})\)|(\d{1,3})(?![.\d]))" in _BODY_START.pattern
    assert set(re.findall(r"\d", EVERY_CHARACTER)) == {c for c in EVERY_CHARACTER if c.isdecimal()}
    assert {"[", "("} < _BODY_FIRST
    for text in ["12 Kamerstuk", "[3] Zie", "(4) Zie", "5) Zie", "⁶ Zie", "² 20 U.S.C.", "٧ Zie"]:
        first = text[:1]
        assert (first in _BODY_FIRST or first.isdecimal()) == (body_number(text) is not None)


def test_lines_with_digits_are_the_lines_a_digit_search_finds() -> None:
    text = "een\n2 twee\f\ndrie³\n\f4 vier\nvijf ٥\n\nzes\n7"
    lines = split_lines(read_text(text, "A"))
    found = _lines_with_digits(text, lines)
    assert found == sorted(found)
    assert {ln.index for ln in lines if _ANY_DIGIT.search(ln.raw)} <= set(found)


def test_ascii_text_needs_only_a_tab_and_a_backtick_translated() -> None:
    assert {chr(c) for c in _TRANSLATE if c < 128} == set(_ASCII_TRANSLATABLE)
    assert clean("a\t`b`  c ") == "a 'b' c"


def test_json_layout_parses_to_what_indented_json_gives() -> None:
    rng = random.Random(6)

    def value(depth: int = 0) -> object:
        r = rng.random()
        if depth > 3 or r < 0.3:
            return rng.choice([1, 2.5, -0.0, 'é"\\\n', None, True, "", 10**20])
        if r < 0.6:
            return [value(depth + 1) for _ in range(rng.randint(0, 3))]
        if r < 0.65:
            return {rng.choice([1, None, "k"]): value(depth + 1)}
        keys = ["alignment", "findings", "a", "b"]
        return {rng.choice(keys): value(depth + 1) for _ in range(rng.randint(0, 4))}

    def parsed(text: str) -> object:
        return json.loads(text, object_pairs_hook=lambda pairs: ("object", pairs))

    for _ in range(3_000):
        v = value()
        assert parsed(dumps(v)) == parsed(json.dumps(v, ensure_ascii=False, indent=2))
    plain = {"a": [1, {"b": []}], "c": {"d": "é"}}
    assert dumps(plain) == json.dumps(plain, ensure_ascii=False, indent=2) + "\n"
    assert dumps({"findings": [{"x": 1}, {"y": [2]}]}) == (
        '{\n  "findings": [\n    {"x": 1},\n    {"y": [2]}\n  ]\n}\n'
    )


def test_json_alignment_lines_are_what_the_encoder_writes_of_to_dict() -> None:
    """``render`` writes the alignment groups itself; they must be byte for byte what
    ``dumps(to_dict(report))`` gives (every kind of group: matches, splits, one-sided
    runs, moves)."""
    from generated import gen
    from versiecheck import compare_text
    from versiecheck.model import AlignKind
    from versiecheck.report.json import render, to_dict

    pair = gen.generate(30, seed=5)
    report = compare_text(pair.a, pair.b)
    kinds = {g.kind for g in report.alignment}
    assert {AlignKind.MOVE, AlignKind.ONLY_A, AlignKind.ONLY_B} <= kinds
    assert len({len(g.a) for g in report.alignment} | {len(g.b) for g in report.alignment}) > 2
    assert render(report) == dumps(to_dict(report))
    without = to_dict(report, alignment=False)
    assert "alignment" not in without
    assert without == {k: v for k, v in to_dict(report).items() if k != "alignment"}
