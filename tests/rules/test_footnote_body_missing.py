"""footnote-body-missing: a marker without its body."""

from __future__ import annotations

RULE = "footnote-body-missing"
TEXT = "Zoals gemeld in de brief1 aan de Kamer over dit onderwerp.\n"
NOTE = "\n1 Kamerstuk 32 317, nr. 987.\n"


def test_fires_and_quotes_the_other_body(fire) -> None:  # type: ignore[no-untyped-def]
    found = fire(TEXT, TEXT + NOTE, RULE)
    assert len(found) == 1 and "Kamerstuk 32 317, nr. 987" in found[0].message


def test_bracket_paren_and_superscript_markers(fire) -> None:  # type: ignore[no-untyped-def]
    for marker, body in (("[1]", "[1]"), ("(1)", "(1)"), ("¹", "1")):
        text = TEXT.replace("brief1", f"brief{marker}")
        assert len(fire(text, text + NOTE.replace("1 ", f"{body} ", 1), RULE)) == 1, marker


def test_quiet_when_both_lack_it_or_both_have_it(fire) -> None:  # type: ignore[no-untyped-def]
    assert fire(TEXT, TEXT, RULE) == []
    assert fire(TEXT + NOTE, TEXT + NOTE, RULE) == []
