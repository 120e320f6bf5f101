"""date-letter-changed: the dagtekening differs."""

from __future__ import annotations

RULE = "date-letter-changed"
BODY = "\n\nHierbij bied ik u het verslag aan van de Raad.\n"


def test_fires_on_another_letter_date(fire) -> None:  # type: ignore[no-untyped-def]
    found = fire("Den Haag, 3 februari 2026" + BODY, "Den Haag, 4 februari 2026" + BODY, RULE)
    assert len(found) == 1 and found[0].severity.value == "error"


def test_english_dateline(fire) -> None:  # type: ignore[no-untyped-def]
    body = "\n\nI am sending you the report of the Council.\n"
    assert (
        len(fire("The Hague, 3 February 2026" + body, "The Hague, 4 February 2026" + body, RULE))
        == 1
    )


def test_quiet_on_the_same_date_written_differently(loud) -> None:  # type: ignore[no-untyped-def]
    assert loud("Den Haag, 3 februari 2026" + BODY, "Den Haag, 3-2-2026" + BODY) == []
