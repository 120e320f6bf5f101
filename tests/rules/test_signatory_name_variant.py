"""signatory-name-variant: the same person written differently."""

from __future__ import annotations

import pytest

RULE = "signatory-name-variant"
ROLE = "De minister van Justitie en Veiligheid,\n"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("F. van Oosten", "Foort van Oosten"),
        ("A.C.L. Rutte", "mr. A.C.L. Rutte"),
        ("D.M. van Weel", "D.M. Van Weel"),
        ("K.H. Bakker-Smit", "Karin Bakker-Smit"),
        ("J. de Vries", "J. de Vries MSc"),
        ("E. ter Horst", "dr. E. ter Horst"),
    ],
)
def test_fires_with_both_forms(fire, a, b) -> None:  # type: ignore[no-untyped-def]
    found = fire(ROLE + a + "\n", ROLE + b + "\n", RULE)
    assert len(found) == 1 and found[0].severity.value == "warning"
    assert a in found[0].message and b in found[0].message


def test_quiet_on_spacing_inside_initials(fire) -> None:  # type: ignore[no-untyped-def]
    assert fire(ROLE + "A.C.L. Rutte\n", ROLE + "A. C. L. Rutte\n", RULE) == []
