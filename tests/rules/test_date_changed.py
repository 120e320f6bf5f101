"""date-changed: dates in aligned paragraphs compared by value and position."""

from __future__ import annotations

import pytest

RULE = "date-changed"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("De Raad vergadert op 3 februari 2026.", "De Raad vergadert op 4 februari 2026."),
        ("De Raad vergadert op 3 February 2026.", "De Raad vergadert op 3 March 2026."),
        (
            "De Raad vergadert op 22 en 23 januari 2026.",
            "De Raad vergadert op 22 en 24 januari 2026.",
        ),
        ("The Council meets on February 3, 2026.", "The Council meets on February 4, 2026."),
        ("De Raad vergadert op 03-02-2026.", "De Raad vergadert op 03-03-2026."),
    ],
)
def test_fires_once_on_another_date(fire, a, b) -> None:  # type: ignore[no-untyped-def]
    assert len(fire(a + "\n", b + "\n", RULE)) == 1
    assert fire(a + "\n", b + "\n", "text-changed") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("De Raad vergadert op 3-2-2026.", "De Raad vergadert op 3 februari 2026."),
        ("De Raad vergadert op 2026-02-03.", "De Raad vergadert op 3 feb. 2026."),
        ("De Raad vergadert op 22-23 januari 2026.", "De Raad vergadert op 22 en 23 januari 2026."),
        ("The Council meets on 3 February 2026.", "The Council meets on February 3, 2026."),
    ],
)
def test_quiet_on_the_same_date_written_differently(loud, a, b) -> None:  # type: ignore[no-untyped-def]
    assert loud(a + "\n", b + "\n") == []


def test_year_resolved_from_the_letter_date(loud) -> None:  # type: ignore[no-untyped-def]
    a = "Den Haag, 3 februari 2026\n\nDe Raad vergadert op 10 februari in Brussel.\n"
    b = "Den Haag, 3 februari 2026\n\nDe Raad vergadert op 10 februari 2026 in Brussel.\n"
    assert loud(a, b) == []


def test_date_dropped_with_its_preposition_is_one_date_finding(fire) -> None:  # type: ignore[no-untyped-def]
    a = "Lidstaten dienen het EES uiterlijk op 9 april 2026 volledig operationeel te hebben.\n"
    b = "Lidstaten dienen het EES uiterlijk volledig operationeel te hebben.\n"
    assert len(fire(a, b, RULE)) == 1
    assert fire(a, b, "text-changed") == []


def test_date_inside_an_added_sentence_is_left_to_the_text_rule(fire) -> None:  # type: ignore[no-untyped-def]
    a = (
        "De Raad sprak over migratie. De volgende Raad is op 9 april 2026 in Luxemburg. "
        "Daarna volgt het verslag.\n"
    )
    b = "De Raad sprak over migratie. Daarna volgt het verslag.\n"
    assert fire(a, b, RULE) == []
    assert len(fire(a, b, "text-changed")) == 1


def test_date_inside_a_dropped_passage_is_left_to_the_structure_rule(fire) -> None:  # type: ignore[no-untyped-def]
    a = (
        "De Raad sprak over migratie en over de terugkeer van vertrekplichtigen naar "
        "Afghanistan. De volgende Raad is op 9 april 2026 in Luxemburg.\n"
    )
    b = "De Raad sprak over migratie en over de terugkeer van vertrekplichtigen naar Afghanistan.\n"
    assert fire(a, b, RULE) == []
    assert len(fire(a, b, "structure-block-missing")) == 1
