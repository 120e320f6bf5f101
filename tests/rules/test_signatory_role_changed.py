"""signatory-role-changed: another office or ministry in the same block."""

from __future__ import annotations

RULE = "signatory-role-changed"


def test_fires_on_another_ministry(fire) -> None:  # type: ignore[no-untyped-def]
    a = "De minister van Asiel en Migratie,\nD.M. van Weel\n"
    b = "De minister van Justitie en Veiligheid,\nD.M. van Weel\n"
    assert len(fire(a, b, RULE)) == 1


def test_fires_on_another_office(fire) -> None:  # type: ignore[no-untyped-def]
    a = "De minister van Justitie en Veiligheid,\nF. van Oosten\n"
    b = "De staatssecretaris van Justitie en Veiligheid,\nF. van Oosten\n"
    assert len(fire(a, b, RULE)) == 1


def test_english_roles(fire) -> None:  # type: ignore[no-untyped-def]
    a = "The Minister of Foreign Affairs,\nDavid van Weel\n"
    b = "The Minister of Defence,\nDavid van Weel\n"
    assert len(fire(a, b, RULE)) == 1


def test_quiet_on_style(fire) -> None:  # type: ignore[no-untyped-def]
    a = "De minister van Justitie en Veiligheid,\nF. van Oosten\n"
    assert fire(a, a.replace("De minister", "De Minister"), RULE) == []


def test_mede_namens_role_changed_is_one_finding(loud) -> None:  # type: ignore[no-untyped-def]
    a = (
        "Hierbij bied ik u het verslag aan van de Raad.\n\n"
        "Mede namens de minister van Asiel en Migratie,\n\n"
        "De minister van Justitie en Veiligheid,\nF. van Oosten\n"
    )
    found = loud(a, a.replace("Asiel en Migratie", "Financiën"))
    assert [f.rule for f in found] == [RULE] and "Co-signer" in found[0].message
