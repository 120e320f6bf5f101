"""date-weekday: a weekday that does not match its date."""

from __future__ import annotations

RULE = "date-weekday"


def test_wrong_weekday_in_one_rendering(fire) -> None:  # type: ignore[no-untyped-def]
    a = "De Raad vergadert op dinsdag 3 februari 2026 in Brussel.\n"
    b = "De Raad vergadert op woensdag 3 februari 2026 in Brussel.\n"
    found = fire(a, b, RULE)
    assert len(found) == 1 and found[0].a is None and found[0].b is not None
    assert "dinsdag" in found[0].message
    assert fire(a, b, "date-changed") == [] and fire(a, b, "text-changed") == []


def test_wrong_weekday_where_the_other_rendering_has_no_weekday(fire) -> None:  # type: ignore[no-untyped-def]
    a = "De Raad vergadert op 3 februari 2026 in Brussel.\n"
    b = "De Raad vergadert op maandag 3 februari 2026 in Brussel.\n"
    assert len(fire(a, b, RULE)) == 1


def test_english_weekday(fire) -> None:  # type: ignore[no-untyped-def]
    a = "The Council meets on Tuesday, February 3, 2026 in Brussels.\n"
    b = "The Council meets on Monday, February 3, 2026 in Brussels.\n"
    assert len(fire(a, b, RULE)) == 1


def test_year_from_the_letter_date(fire) -> None:  # type: ignore[no-untyped-def]
    a = "Den Haag, 3 februari 2026\n\nDe Raad vergadert op dinsdag 10 februari in Brussel.\n"
    b = "Den Haag, 3 februari 2026\n\nDe Raad vergadert op maandag 10 februari in Brussel.\n"
    assert len(fire(a, b, RULE)) == 1


def test_quiet_on_right_weekdays_and_on_shared_faults(fire) -> None:  # type: ignore[no-untyped-def]
    right = "De Raad vergadert op dinsdag 3 februari 2026 in Brussel.\n"
    assert fire(right, right.replace("3 februari 2026", "3-2-2026"), RULE) == []
    wrong = "De Raad vergadert op maandag 3 februari 2026 in Brussel.\n"
    assert fire(wrong, wrong, RULE) == []
