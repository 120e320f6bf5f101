"""signatory-missing: a signature block in one rendering only."""

from __future__ import annotations

RULE = "signatory-missing"
JV = "De minister van Justitie en Veiligheid,\nF. van Oosten\n"
AM = "\nDe minister van Asiel en Migratie,\nD.M. van Weel\n"


def test_fires_on_a_dropped_co_signer(fire) -> None:  # type: ignore[no-untyped-def]
    found = fire(JV + AM, JV, RULE)
    assert len(found) == 1 and "D.M. van Weel" in found[0].message


def test_english_name_first_signatures(fire) -> None:  # type: ignore[no-untyped-def]
    a = (
        "I am sending you the report.\n\nYours sincerely,\n\nDavid van Weel\n"
        "Minister of Foreign Affairs\n\nReinette Klever\nMinister for Foreign Trade\n"
    )
    b = a.split("\n\nReinette", maxsplit=1)[0] + "\n"
    found = fire(a, b, RULE)
    assert len(found) == 1 and "Reinette Klever" in found[0].message


def test_quiet_when_both_have_every_block(fire) -> None:  # type: ignore[no-untyped-def]
    assert fire(JV + AM, JV.replace("\nF.", "\n\nF.") + AM, RULE) == []
