"""signatory-name-changed: another person in the same signature block."""

from __future__ import annotations

import pytest

RULE = "signatory-name-changed"
ROLE = "De minister van Justitie en Veiligheid,\n"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("F. van Oosten", "P. van Oosten"),
        ("F. van Oosten", "Peter van Oosten"),
        ("F. van Oosten", "F. van Oostende"),
        ("D.M. van Weel", "D.M. de Weel"),
    ],
)
def test_fires_on_another_person(fire, a, b) -> None:  # type: ignore[no-untyped-def]
    found = fire(ROLE + a + "\n", ROLE + b + "\n", RULE)
    assert len(found) == 1 and found[0].severity.value == "error"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("F. van Oosten", "Foort van Oosten"),
        ("A.C.L. Rutte", "mr. A.C.L. Rutte"),
        ("A.C.L. Rutte", "A. C. L. Rutte"),
    ],
)
def test_quiet_on_the_same_person(fire, a, b) -> None:  # type: ignore[no-untyped-def]
    assert fire(ROLE + a + "\n", ROLE + b + "\n", RULE) == []
