"""signatory-title-roles: the title's roles against the signature blocks."""

from __future__ import annotations

RULE = "signatory-title-roles"
TITLE = (
    "32 317  JBZ-Raad\nNr. 994  Brief van de minister van Justitie en Veiligheid en de "
    "minister van Asiel en Migratie\n\nAan de Voorzitter van de Tweede Kamer\n"
    "Den Haag, 3 februari 2026\n\n"
)
BODY = "Hierbij bieden wij uw Kamer het verslag aan.\n\n"
JV = "De minister van Justitie en Veiligheid,\nF. van Oosten\n\n"
AM = "De minister van Asiel en Migratie,\nD.M. van Weel\n"
PLAIN = BODY + JV + AM


def test_title_names_a_role_that_did_not_sign(fire) -> None:  # type: ignore[no-untyped-def]
    a = TITLE.replace("Asiel en Migratie", "Financiën") + BODY + JV + AM
    found = fire(a, PLAIN, RULE)
    assert len(found) == 1 and found[0].a is not None and found[0].b is None
    assert "Financiën" in found[0].message and "Asiel en Migratie" in found[0].message


def test_mede_namens_counts_as_signed(fire) -> None:  # type: ignore[no-untyped-def]
    a = TITLE + BODY + JV + "Mede namens de minister van Asiel en Migratie,\n"
    assert fire(a, PLAIN, RULE) == []


def test_quiet_when_title_and_signatures_agree(fire) -> None:  # type: ignore[no-untyped-def]
    a = TITLE + PLAIN
    assert fire(a, PLAIN, RULE) == []
    assert fire(a.replace("De minister", "De Minister"), PLAIN, RULE) == []


def test_title_cut_into_two_blocks(fire) -> None:  # type: ignore[no-untyped-def]
    """Found by eval: a title wrapped before ``Koninkrijksrelaties,`` was read as two
    header blocks (here forced by a blank line), and the cross-check saw only the first."""
    title = (
        "32 317  JBZ-Raad\nNr. 994  Brief van de minister van Binnenlandse Zaken en\n\n"
        "Koninkrijksrelaties, de minister van Asiel en Migratie en de\n"
        "staatssecretaris van Justitie en Veiligheid\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
        "Den Haag, 3 februari 2026\n\n"
    )
    body = (
        "Hierbij bieden wij uw Kamer het verslag aan van de informele Raad Justitie\n"
        "en Binnenlandse Zaken (iJBZ-Raad) op 22 en 23 januari 2026 op Cyprus.\n\n"
    )
    sts = "\nDe staatssecretaris van Justitie en Veiligheid,\nA.C.L. Rutte\n"
    found = fire(title + body + JV + AM + sts, body + JV + AM + sts, RULE)
    assert len(found) == 1 and "Binnenlandse Zaken en Koninkrijksrelaties" in found[0].message
