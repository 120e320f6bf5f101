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
    ],
)
def test_old_english_ordinals_are_the_current_ones(old: str, new: str) -> None:
    """GPO's style writes ``2d``, ``3d``; its XML editions often ``2nd``, ``3rd``."""
    assert comparison_key(old) == comparison_key(new)
    assert word_changes(old, new) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [("12d", "12th"), ("2D print", "2nd print"), ("3d", "3th"), ("1.2d", "1.2nd"), ("x2d", "x2nd")],
)
def test_what_is_not_an_old_ordinal_stays(a: str, b: str) -> None:
    assert comparison_key(a) != comparison_key(b)


def test_word_key_keeps_case() -> None:
    assert word_key("2d") == "2nd"
    assert word_key("2D") == "2D"
