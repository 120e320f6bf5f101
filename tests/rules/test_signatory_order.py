"""signatory-order: the same signature blocks in another order."""

from __future__ import annotations

RULE = "signatory-order"
JV = "De minister van Justitie en Veiligheid,\nF. van Oosten\n"
AM = "De minister van Asiel en Migratie,\nD.M. van Weel\n"
BODY = "Hierbij bied ik u het verslag aan van de Raad.\n\n"


def test_reordered_signatories_is_one_warning(loud) -> None:  # type: ignore[no-untyped-def]
    found = loud(BODY + JV + "\n" + AM, BODY + AM + "\n" + JV)
    assert [(f.rule, f.severity.value) for f in found] == [(RULE, "warning")]


def test_quiet_when_order_is_kept(fire) -> None:  # type: ignore[no-untyped-def]
    a = BODY + JV + "\n" + AM
    assert fire(a, a.replace("De minister", "De Minister"), RULE) == []
