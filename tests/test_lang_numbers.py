"""Tests for versiecheck.lang.numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from versiecheck.lang.numbers import find_numbers, parse_digits


def keys(text: str, skip: list[tuple[int, int]] | None = None) -> list[str]:
    return [n.key for n in find_numbers(text, skip)]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("€ 1,5 miljoen", "EUR1500000"),
        ("€ 1.500.000", "EUR1500000"),
        ("€1.500.000", "EUR1500000"),
        ("EUR 1,5 mln", "EUR1500000"),
        ("1,5 miljoen euro", "EUR1500000"),
        ("€ 2,5 miljard", "EUR2500000000"),
        ("EUR 3.9 million", "EUR3900000"),
        ("$ 2 billion", "USD2000000000"),
        ("€ 150,-", "EUR150"),
        ("twintig", "20"),
        ("20", "20"),
        ("twenty", "20"),
        ("één", "1"),
        ("12%", "%12"),
        ("12 procent", "%12"),
        ("12 percent", "%12"),
        ("12,5%", "%12.5"),
        ("1.500", "1500"),
        ("1,500", "1500"),
        ("1,5", "1.5"),
        ("0,125", "0.125"),
        ("2,500.75", "2500.75"),
    ],
)
def test_values(text: str, key: str) -> None:
    assert keys(f"Het gaat om {text} in totaal.") == [key]


@pytest.mark.parametrize(
    "text",
    [
        "paragraaf 1.2.3",
        "zaak 2023Z16994",
        "de EU-27",
        "een deel van de lidstaten",
        "one of them",
        "het TEN-netwerk",
        "the TEN programme",
        "formaat A4",
        "om 10.30 uur",
        "om 10:30",
        "om 14 uur",
        "at 10:30 a.m.",
    ],
)
def test_not_numbers(text: str) -> None:
    assert keys(text) == []


def test_skip_spans_leave_dates_and_references_out() -> None:
    text = "Op 3 februari 2026 kwamen 20 lidstaten."
    assert keys(text, [(3, 18)]) == ["20"]


@given(st.integers(min_value=0, max_value=10**9))
def test_written_with_dots_or_commas_is_the_same_value(n: int) -> None:
    dutch = f"{n:,}".replace(",", ".")
    english = f"{n:,}"
    assert parse_digits(dutch) == parse_digits(english) == Decimal(n)


def test_an_en_dash_joins_a_word_as_a_hyphen_does() -> None:
    for text in ("the COVID–19 pandemic", "Public Law 104–1 requires", "the D–19 group"):
        assert find_numbers(text) == find_numbers(text.replace("–", "-")) == []


def test_number_words_set_in_capitals_are_the_words() -> None:
    """Small capitals print as capitals: ``ONE HUNDRED THIRTEENTH CONGRESS`` in a PDF is
    ``one hundred thirteenth congress`` in its XML, the same number; a capitalised number
    word among lowercase words stays an acronym."""
    assert keys("ONE HUNDRED THIRTEENTH CONGRESS") == keys("one hundred thirteenth congress")
    assert keys("ONE HUNDRED THIRTEENTH CONGRESS") == ["100"]
    assert keys("THE TWENTY MEMBERS") == ["20"]
    assert keys("the TEN network\nTWENTY") == []
