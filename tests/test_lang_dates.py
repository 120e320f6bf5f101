"""Tests for versiecheck.lang.dates."""

from __future__ import annotations

import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from versiecheck.lang.dates import DateMention, find_dates


def only(text: str, default_year: int | None = None) -> DateMention:
    found = find_dates(text, default_year)
    assert len(found) == 1, found
    return found[0]


D = date

# text, key, first, last
MUST_FIND: list[tuple[str, str, date | None, date | None]] = [
    ("3 februari 2026", "2026-02-03", D(2026, 2, 3), D(2026, 2, 3)),
    ("3 February 2026", "2026-02-03", D(2026, 2, 3), D(2026, 2, 3)),
    ("3 FEBRUARI 2026", "2026-02-03", D(2026, 2, 3), D(2026, 2, 3)),
    ("February 3, 2026", "2026-02-03", D(2026, 2, 3), D(2026, 2, 3)),
    ("February 3 2026", "2026-02-03", D(2026, 2, 3), D(2026, 2, 3)),
    ("November 1, 2024", "2024-11-01", D(2024, 11, 1), D(2024, 11, 1)),
    ("3rd February 2026", "2026-02-03", D(2026, 2, 3), D(2026, 2, 3)),
    ("3rd of February 2026", "2026-02-03", D(2026, 2, 3), D(2026, 2, 3)),
    ("February 3rd, 2026", "2026-02-03", D(2026, 2, 3), D(2026, 2, 3)),
    ("1e mei 2026", "2026-05-01", D(2026, 5, 1), D(2026, 5, 1)),
    ("1ste mei 2026", "2026-05-01", D(2026, 5, 1), D(2026, 5, 1)),
    ("1 mrt 2026", "2026-03-01", D(2026, 3, 1), D(2026, 3, 1)),
    ("1 mrt. 2026", "2026-03-01", D(2026, 3, 1), D(2026, 3, 1)),
    ("1 mar 2026", "2026-03-01", D(2026, 3, 1), D(2026, 3, 1)),
    ("5 okt 2026", "2026-10-05", D(2026, 10, 5), D(2026, 10, 5)),
    ("5 Oct. 2026", "2026-10-05", D(2026, 10, 5), D(2026, 10, 5)),
    ("9 sept 2026", "2026-09-09", D(2026, 9, 9), D(2026, 9, 9)),
    ("Sept. 9, 2026", "2026-09-09", D(2026, 9, 9), D(2026, 9, 9)),
    ("Jan. 9, 2026", "2026-01-09", D(2026, 1, 9), D(2026, 1, 9)),
    ("9 jun 2026", "2026-06-09", D(2026, 6, 9), D(2026, 6, 9)),
    ("9 jul. 2026", "2026-07-09", D(2026, 7, 9), D(2026, 7, 9)),
    ("24 dec 2025", "2025-12-24", D(2025, 12, 24), D(2025, 12, 24)),
    ("03-02-2026", "2026-02-03", D(2026, 2, 3), D(2026, 2, 3)),
    ("3-2-2026", "2026-02-03", D(2026, 2, 3), D(2026, 2, 3)),
    ("3/2/2026", "2026-02-03", D(2026, 2, 3), D(2026, 2, 3)),
    ("03.02.2026", "2026-02-03", D(2026, 2, 3), D(2026, 2, 3)),
    ("2026-02-03", "2026-02-03", D(2026, 2, 3), D(2026, 2, 3)),
    ("22 en 23 januari 2026", "2026-01-22/2026-01-23", D(2026, 1, 22), D(2026, 1, 23)),
    ("22-23 januari 2026", "2026-01-22/2026-01-23", D(2026, 1, 22), D(2026, 1, 23)),
    ("22–23 januari 2026", "2026-01-22/2026-01-23", D(2026, 1, 22), D(2026, 1, 23)),
    ("22 – 23 januari 2026", "2026-01-22/2026-01-23", D(2026, 1, 22), D(2026, 1, 23)),
    ("22 - 23 januari 2026", "2026-01-22/2026-01-23", D(2026, 1, 22), D(2026, 1, 23)),
    ("2 tot 5 maart 2026", "2026-03-02/2026-03-05", D(2026, 3, 2), D(2026, 3, 5)),
    ("22 t/m 24 januari 2026", "2026-01-22/2026-01-24", D(2026, 1, 22), D(2026, 1, 24)),
    ("22 tot en met 24 januari 2026", "2026-01-22/2026-01-24", D(2026, 1, 22), D(2026, 1, 24)),
    ("30 januari - 2 februari 2026", "2026-01-30/2026-02-02", D(2026, 1, 30), D(2026, 2, 2)),
    ("30 december t/m 2 januari 2026", "2025-12-30/2026-01-02", D(2025, 12, 30), D(2026, 1, 2)),
    ("22 and 23 January 2026", "2026-01-22/2026-01-23", D(2026, 1, 22), D(2026, 1, 23)),
    ("January 22-23, 2026", "2026-01-22/2026-01-23", D(2026, 1, 22), D(2026, 1, 23)),
    ("January 30 – February 2, 2026", "2026-01-30/2026-02-02", D(2026, 1, 30), D(2026, 2, 2)),
    ("22 to 24 January 2026", "2026-01-22/2026-01-24", D(2026, 1, 22), D(2026, 1, 24)),
    ("29 februari 2024", "2024-02-29", D(2024, 2, 29), D(2024, 2, 29)),
    ("1 mei", "--05-01", None, None),
    ("22-23 januari", "--01-22/--01-23", None, None),
    ("February 3", "--02-03", None, None),
]


@pytest.mark.parametrize(("text", "key", "first", "last"), MUST_FIND)
def test_must_find(text: str, key: str, first: date | None, last: date | None) -> None:
    m = only(f"Zie {text} hierover.")
    assert (m.key, m.first, m.last) == (key, first, last)
    assert m.raw == text
    assert not m.impossible
    assert m.weekday is None
    assert m.weekday_ok is None
    assert m.is_range == (m.first != m.last or "/" in key)


@pytest.mark.parametrize(
    ("text", "weekday", "ok"),
    [
        ("dinsdag 3 februari 2026", "dinsdag", True),
        ("woensdag 3 februari 2026", "woensdag", False),
        ("Tuesday 3 February 2026", "Tuesday", True),
        ("Tuesday, February 3, 2026", "Tuesday", True),
        ("Monday, February 3, 2026", "Monday", False),
        ("Friday, 29 February 2024", "Friday", False),
        ("dinsdag 03-02-2026", "dinsdag", True),
        ("donderdag 22 en vrijdag 23 januari 2026", "donderdag", True),
        ("donderdag 22 en zaterdag 23 januari 2026", "donderdag", False),
        ("dinsdag 3 februari", "dinsdag", None),  # year unknown: cannot check
        ("dinsdag 31 april 2026", "dinsdag", None),  # impossible: cannot check
    ],
)
def test_weekday(text: str, weekday: str, ok: bool | None) -> None:
    m = only(f"Op {text} vergadert de Kamer.")
    assert m.raw == text
    assert m.weekday == weekday
    assert m.weekday_ok is ok


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("31 april 2026", "2026-04-31!"),
        ("30 februari 2026", "2026-02-30!"),
        ("29 februari 2025", "2025-02-29!"),
        ("31.04.2026", "2026-04-31!"),
        ("30 februari", "--02-30!"),
        ("30 februari - 2 maart 2026", "2026-02-30!/2026-03-02"),
        ("24 t/m 22 januari 2026", "2026-01-24/2026-01-22!"),
        ("24 t/m 22 januari", "--01-24/--01-22!"),
    ],
)
def test_impossible(text: str, key: str) -> None:
    m = only(text)
    assert m.impossible
    assert (m.key, m.first, m.last) == (key, None, None)


MUST_NOT_FIND = [
    "Tweede Kamer, vergaderjaar 2025–2026",
    "vergaderjaar 2025-2026",
    "Kamerstukken II 2025/26",
    "Kamerstuk 32 317, nr. 994",
    "KST 32317",
    "Nr. 994",
    "kenmerk 2023Z16994",
    "een bedrag van € 1,5 miljoen",
    "om 10.30 uur",
    "in het jaar 2025",
    "zie paragraaf 1.2.3",
    "bel 070-3456789 of +31 (0)70 345 67 89 of 06-12345678",
    "in mei 2026",
    "in mei 12 keer",
    "Jan 3 keer",
    "page 3 may be missing",
    "de marmeren decor-stukken in de mar-a-lago-stijl",
    "3 marmeren beelden, 4 december-achtige dagen",
    "13-13-2026 en 32-01-2026",
    "2026-13-01",
    "een 3decemberplan",
]


@pytest.mark.parametrize("text", MUST_NOT_FIND)
def test_must_not_find(text: str) -> None:
    assert find_dates(text) == []


def test_numeric_and_written_share_key() -> None:
    numeric = only("3-2-2026")
    written = only("3 februari 2026")
    english = only("Tuesday, February 3, 2026")
    assert numeric.key == written.key == english.key == "2026-02-03"


def test_date_broken_across_line() -> None:
    text = "De Kamer vergadert op 22 en 23 januari\n2026 over de begroting."
    m = only(text)
    assert m.raw == "22 en 23 januari\n2026"
    assert m.key == "2026-01-22/2026-01-23"
    assert m.year_known
    assert m.describe() == "22 en 23 januari 2026"


def test_date_broken_with_spaces_and_crlf() -> None:
    m = only("op   3\r\n   februari  2026")
    assert m.key == "2026-02-03"
    assert m.describe() == "3 februari 2026"


def test_blank_line_ends_a_date() -> None:
    m = only("op 3 mei\n\n2026 was een goed jaar")
    assert m.raw == "3 mei"
    assert not m.year_known


def test_year_from_preceding_mention() -> None:
    found = find_dates("Brief van 3 februari 2025. Debat op 5 mei en 12 dec.", 2030)
    assert [m.key for m in found] == ["2025-02-03", "2025-05-05", "2025-12-12"]
    assert [m.year_known for m in found] == [True, False, False]
    assert found[1].first == date(2025, 5, 5)


def test_year_from_default_and_unknown() -> None:
    assert only("op 5 mei", 2026).key == "2026-05-05"
    assert only("op 5 mei", 2026).first == date(2026, 5, 5)
    unknown = only("op 5 mei")
    assert (unknown.key, unknown.first, unknown.year_known) == ("--05-05", None, False)
    assert only("29 februari", 2025).impossible
    assert not only("29 februari").impossible


def test_range_year_wraps() -> None:
    m = only("30 december 2025 t/m 2 januari")
    assert (m.first, m.last) == (date(2025, 12, 30), date(2026, 1, 2))
    assert m.year_known


def test_several_in_order() -> None:
    text = "Op 1 mei 2026, 3/2/2026 en January 22-23, 2026; zie ook 2026-02-03."
    found = find_dates(text)
    assert [m.raw for m in found] == ["1 mei 2026", "3/2/2026", "January 22-23, 2026", "2026-02-03"]
    for m in found:
        assert text[m.start : m.end] == m.raw


def test_odd_case_folding_letters() -> None:
    # re.IGNORECASE lets these match ASCII month and weekday names; they must not crash.
    text = "ſaturday 3 ſept 2026, 1 oKt 2026, 1 apr\u0131l 2026, 2 me\u0130 2026"
    assert [m.key for m in find_dates(text)] == [
        "2026-09-03", "2026-10-01", "2026-04-01", "2026-05-02",
    ]  # fmt: skip


def test_us_report_style() -> None:
    m = only("WASHINGTON, November 1, 2024.—The committee met")
    assert m.raw == "November 1, 2024"
    assert m.key == "2024-11-01"


def check_well_formed(text: str, default_year: int | None) -> list[DateMention]:
    found = find_dates(text, default_year)
    pos = 0
    for m in found:
        assert pos <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.raw
        assert m.impossible == (m.key.endswith("!") or "!/" in m.key)
        assert (m.first is None) == (m.last is None)
        if m.first is not None and m.last is not None:
            assert m.first <= m.last
            assert m.year_known or default_year is not None or pos > 0
        pos = m.end
    return found


@given(st.text(), st.none() | st.integers(1900, 2100))
@settings(max_examples=300)
def test_property_never_raises_and_well_formed(text: str, default_year: int | None) -> None:
    check_well_formed(text, default_year)


DATEY = st.sampled_from(
    ["3", "22", "31", " ", "\n", "-", "–", "en", "t/m", "februari", "Feb.", "May", "may",
     "dinsdag", "Tuesday,", "2026", "1.2", "/", "of", "the", "rd", "mei", "30", "29"]
)  # fmt: skip


@given(st.lists(DATEY, max_size=20).map(" ".join), st.none() | st.integers(1900, 2100))
@settings(max_examples=300)
def test_property_date_like_soup(text: str, default_year: int | None) -> None:
    check_well_formed(text, default_year)


def test_large_text_is_fast() -> None:
    chunk = "Kamerstuk 32 317, nr. 994 van dinsdag 3 februari 2026 om 10.30 uur; € 1,5 miljoen. "
    text = chunk * 12_000  # about 1 MB
    started = time.perf_counter()
    found = find_dates(text)
    assert len(found) == 12_000
    assert time.perf_counter() - started < 10


# ------------------------------------------------------------------------------- times
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("om 10.30 uur", "10:30"),
        ("om 10:30", "10:30"),
        ("om 10.30 u.", "10:30"),
        ("om 14 uur", "14:00"),
        ("at 2.30 p.m.", "14:30"),
        ("at 12:15 a.m.", "00:15"),
    ],
)
def test_times(text: str, key: str) -> None:
    from versiecheck.lang.dates import find_times

    assert [t.key for t in find_times(text)] == [key]


@pytest.mark.parametrize("text", ["versie 1.5", "€ 10.30", "in 2026", "3 februari 2026", "10.30"])
def test_not_times(text: str) -> None:
    from versiecheck.lang.dates import find_times

    assert find_times(text) == []
