"""signatory-missing: a signature block in one rendering only."""

from __future__ import annotations

import versiecheck

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


def test_closing_at_the_top_of_a_page_is_not_joined_to_the_paragraph(loud) -> None:  # type: ignore[no-untyped-def]
    """Found by eval: a full last line, a page break with a running head, then
    ``Yours sincerely,``: the closing was read as the end of the paragraph."""
    body = (
        "The government pointed out the importance of a proper evaluation of the\n"
        "measures afterwards, and the position of the government is unchanged.\n"
    )
    sign = "Yours sincerely,\n\nThe Minister of Foreign Affairs,\nM.A. Jansen\n"
    head = "Tweede Kamer, vergaderjaar 2025–2026, 32 317, nr. 994\n\n"
    page = "\n\n\n\n"
    a = head + "Dear Speaker,\n" + page + head + body + page + head + sign
    b = "Dear Speaker,\n\n" + body.replace("\n", " ").strip() + "\n\n" + sign
    assert loud(a, b) == []
    report = versiecheck.compare_text(a, b)
    assert "Yours sincerely," in [blk.text for blk in report.a.blocks]


def test_mede_namens_line_in_one_rendering_only(loud) -> None:  # type: ignore[no-untyped-def]
    b = "Hierbij bied ik u het verslag aan van de Raad.\n\n" + JV
    a = b.replace(JV, "Mede namens de minister van Asiel en Migratie,\n\n" + JV)
    found = loud(a, b)
    assert [(f.rule, f.severity.value) for f in found] == [(RULE, "error")]
    assert "Mede namens de minister van Asiel en Migratie" in found[0].message
