"""date-letter-missing: a dagtekening in one rendering only."""

from __future__ import annotations

RULE = "date-letter-missing"
BODY = "Hierbij bied ik u het verslag aan van de Raad over de begroting.\n"


def test_fires_once_with_the_date(loud) -> None:  # type: ignore[no-untyped-def]
    found = loud("Den Haag, 3 februari 2026\n\n" + BODY, BODY)
    assert [(f.rule, f.severity.value) for f in found] == [(RULE, "warning")]
    assert "3 februari 2026" in found[0].message


def test_quiet_when_both_have_it(fire) -> None:  # type: ignore[no-untyped-def]
    a = "Den Haag, 3 februari 2026\n\n" + BODY
    assert fire(a, a, RULE) == []
