"""Tests for versiecheck.normalize: what counts as the same text."""

from __future__ import annotations

import pytest

from versiecheck.diff import word_changes
from versiecheck.normalize import comparison_key, word_key


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("2d Session", "2nd Session"),
        ("the 3d day", "the 3rd day"),
        ("103d Congress", "103rd Congress"),
        ("(22d)", "(22nd)"),
        ("2D SESSION", "2nd Session"),
    ],
)
def test_old_english_ordinals_are_the_current_ones(old: str, new: str) -> None:
    """GPO's style writes ``2d``, ``3d``; its XML editions often ``2nd``, ``3rd``."""
    assert comparison_key(old) == comparison_key(new)
    assert word_changes(old, new) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [("12d", "12th"), ("3d", "3th"), ("1.2d", "1.2nd"), ("x2d", "x2nd"), ("2d", "2")],
)
def test_what_is_not_an_old_ordinal_stays(a: str, b: str) -> None:
    assert comparison_key(a) != comparison_key(b)


def test_a_case_variant_of_a_digit_and_d_is_no_difference() -> None:
    """``3D`` in a heading set in capitals and ``3d`` elsewhere: as any case variant."""
    assert comparison_key("3D printing") == comparison_key("3d printing")
    assert [c.kind.value for c in word_changes("3D printing", "3d printing")] == []


def test_word_key_keeps_case() -> None:
    assert word_key("2d") == "2nd"
    assert word_key("2D") == "2ND"


@pytest.mark.parametrize("bullet", list("•◦○●▪▫■◾◽‣⁃"))
def test_list_bullets_of_any_shape_are_one(bullet: str) -> None:
    assert comparison_key(f"{bullet} the right to review") == comparison_key(
        "• the right to review"
    )
    assert word_changes(f"{bullet} the right", "• the right") == []
