"""text-punctuation: a mark added, dropped or changed."""

from __future__ import annotations

RULE = "text-punctuation"


def test_fires_on_a_dropped_comma(fire) -> None:  # type: ignore[no-untyped-def]
    a = "Nederland heeft, net als andere lidstaten, ingestemd met het voorstel.\n"
    b = "Nederland heeft net als andere lidstaten, ingestemd met het voorstel.\n"
    found = fire(a, b, RULE)
    assert len(found) == 1 and found[0].severity.value == "warning"


def test_quiet_on_quote_and_dash_style(loud) -> None:  # type: ignore[no-untyped-def]
    a = "Het principe „licht waar het kan” geldt – zoals bekend – overal.\n"
    b = 'Het principe "licht waar het kan" geldt - zoals bekend - overal.\n'
    assert loud(a, b) == []


def test_a_full_stop_moved_past_a_closing_quote_is_one_finding(fire) -> None:  # type: ignore[no-untyped-def]
    a = "Names the bill as the “Parents Bill of Rights Act”.\n"
    b = "Names the bill as the “Parents Bill of Rights Act.”\n"
    found = fire(a, b, RULE)
    assert len(found) == 1
    assert "‘Act”.’ in A, ‘Act.”’ in B" in found[0].message
    # Two marks changed apart from each other are still two findings.
    a = "Eerst dit, dan dat; en verder niets.\n"
    b = "Eerst dit; dan dat, en verder niets.\n"
    assert len(fire(a, b, RULE)) == 2
