"""number-changed: amounts, percentages and counts compared by value."""

from __future__ import annotations

import pytest

RULE = "number-changed"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Het kost € 1,5 miljoen per jaar.", "Het kost € 1,5 miljard per jaar."),
        ("Het kost € 1,5 miljoen per jaar.", "Het kost € 2,5 miljoen per jaar."),
        ("Het aandeel steeg tot 12% dit jaar.", "Het aandeel steeg tot 21% dit jaar."),
        ("Er tekenden twintig lidstaten de brief.", "Er tekenden twaalf lidstaten de brief."),
        ("It costs EUR 3 million a year.", "It costs EUR 3 billion a year."),
        (
            "Er kwamen 150 deelnemers naar de bijeenkomst.",
            "Er kwamen deelnemers naar de bijeenkomst.",
        ),
    ],
)
def test_fires_on_a_different_value(fire, a, b) -> None:  # type: ignore[no-untyped-def]
    found = fire(a + "\n", b + "\n", RULE)
    assert len(found) == 1
    assert found[0].severity.value == "error"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Er tekenden twintig lidstaten de brief.", "Er tekenden 20 lidstaten de brief."),
        ("Het kost € 1,5 miljoen per jaar.", "Het kost € 1.500.000 per jaar."),
        ("Het kost € 1,5 miljoen per jaar.", "Het kost 1,5 miljoen euro per jaar."),
        ("Het aandeel is 12% dit jaar.", "Het aandeel is 12 procent dit jaar."),
        ("Zie paragraaf 1.2.3 hierover.", "Zie paragraaf 1.2.3 hierover."),
        (
            "Zoals gemeld in Kamerstuk 32 317, nr. 987 blijft de inzet ongewijzigd.",
            "Zoals gemeld in KST 32317, nr. 987 blijft de inzet ongewijzigd.",
        ),
        ("De Raad op 3 februari 2026.", "De Raad op 3-2-2026."),
    ],
)
def test_quiet_on_the_same_value_written_differently(fire, loud, a, b) -> None:  # type: ignore[no-untyped-def]
    assert fire(a + "\n", b + "\n", RULE) == []
    assert loud(a + "\n", b + "\n") == []


def test_one_owner_number_not_also_a_text_finding(fire) -> None:  # type: ignore[no-untyped-def]
    a, b = "Het kost € 1,5 miljoen per jaar.\n", "Het kost € 1,5 miljard per jaar.\n"
    assert fire(a, b, "text-changed") == []


def test_number_inside_an_added_sentence_is_left_to_the_text_rule(fire) -> None:  # type: ignore[no-untyped-def]
    a = "De Raad sprak over migratie. Er waren 27 lidstaten aanwezig bij dit overleg.\n"
    b = "De Raad sprak over migratie.\n"
    assert fire(a, b, RULE) == []
    assert fire(a, b, "text-changed")


ITEMS = [
    "Rep. Lucy McBath offered an amendment on teacher preparation programs.",
    "Rep. Russ Fulcher offered an amendment to the amendment in the nature of a substitute.",
    "Rep. David Trone offered an amendment allowing states to use funds for mental health.",
    "Rep. Lloyd Smucker offered an amendment ensuring that grants reach rural schools.",
]


def test_a_renumbered_list_is_one_finding(fire) -> None:  # type: ignore[no-untyped-def]
    # A numbers the items 1, 2, 2, 3 (its numbering starts again by mistake); B 1, 2, 3, 4.
    a = "".join(f"{n}. {t}\n\n" for n, t in zip([1, 2, 2, 3], ITEMS, strict=True))
    b = "".join(f"{n}. {t}\n\n" for n, t in enumerate(ITEMS, 1))
    found = fire(a, b, RULE)
    assert [f.message for f in found] == [
        "List numbering differs: items 2–3 in A are 3–4 in B (each +1)"
    ]
    # One item's number alone is a number that differs.
    b = "".join(f"{n}. {t}\n\n" for n, t in zip([1, 2, 5, 3], ITEMS, strict=True))
    a = "".join(f"{n}. {t}\n\n" for n, t in zip([1, 2, 3, 3], ITEMS, strict=True))
    assert [f.message for f in fire(a, b, RULE)] == ["Number differs: ‘3’ in A, ‘5’ in B"]


def test_numbers_in_running_text_are_not_list_numbers(fire) -> None:  # type: ignore[no-untyped-def]
    a = "Er kwamen 12 deelnemers.\n\nEr kwamen 13 sprekers.\n"
    b = "Er kwamen 14 deelnemers.\n\nEr kwamen 15 sprekers.\n"
    assert len(fire(a, b, RULE)) == 2
