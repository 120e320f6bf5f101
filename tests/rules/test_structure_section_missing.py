"""structure-section-missing: a header, annex or closing in one rendering only."""

from __future__ import annotations

RULE = "structure-section-missing"
BODY = "Hierbij bied ik u het verslag aan van de Raad over de begroting.\n"


def test_header_only_in_one_rendering(fire) -> None:  # type: ignore[no-untyped-def]
    a = "32 317  JBZ-Raad\nNr. 994  Brief van de minister van Financiën\n\n"
    a += "Den Haag, 3 februari 2026\n\n"
    found = fire(a + BODY, BODY, RULE)
    assert len(found) == 1 and found[0].a is not None


def test_a_lone_dagtekening_is_left_to_the_date_rule(loud) -> None:  # type: ignore[no-untyped-def]
    """Found by eval: a dagtekening dropped was reported twice."""
    found = loud("Den Haag, 3 februari 2026\n\n" + BODY, BODY)
    assert [f.rule for f in found] == ["date-letter-missing"]
