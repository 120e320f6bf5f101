"""signatory-role-style: the same role in another house style."""

from __future__ import annotations

RULE = "signatory-role-style"
A = "De minister van Justitie en Veiligheid,\nF. van Oosten\n"


def test_capitalised_office_is_info(loud, fire) -> None:  # type: ignore[no-untyped-def]
    b = A.replace("De minister", "De Minister")
    found = fire(A, b, RULE)
    assert len(found) == 1 and found[0].severity.value == "info"
    assert loud(A, b) == []


def test_quiet_on_the_same_role(fire) -> None:  # type: ignore[no-untyped-def]
    assert fire(A, A, RULE) == []


def test_mede_namens_capitalised_is_info(fire) -> None:  # type: ignore[no-untyped-def]
    a = "Hierbij het verslag van de Raad.\n\nMede namens de minister van Asiel en Migratie,\n\n" + A
    found = fire(a, a.replace("namens de minister", "namens de Minister"), RULE)
    assert len(found) == 1 and found[0].severity.value == "info"
