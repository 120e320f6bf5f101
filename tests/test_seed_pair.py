"""End-to-end on the real pair: A = typeset publication, B = the letter as written."""

from __future__ import annotations

import json

from conftest import SEED
from versiecheck.cli import main
from versiecheck.model import Report, Severity


def _by_rule(report: Report, rule: str) -> list:  # type: ignore[type-arg]
    return [f for f in report.findings if f.rule == rule]


def test_footnote_1_body_missing_in_a_quotes_b(seed_report: Report) -> None:
    (f,) = [f for f in _by_rule(seed_report, "footnote-body-missing") if "Footnote 1 " in f.message]
    assert f.severity is Severity.ERROR
    assert f.a is not None and f.a.line == 28 and f.a.excerpt == "brief1"
    assert "Tweede Kamer, vergaderjaar 2025-2026, KST 32317, nr. 987." in f.message
    assert f.b is not None and f.b.line == 32


def test_footnote_2_in_annex_has_no_body(seed_report: Report) -> None:
    (f,) = [f for f in _by_rule(seed_report, "footnote-body-missing") if "Footnote 2 " in f.message]
    assert f.severity is Severity.ERROR
    assert f.a is not None and f.a.line == 127 and f.a.excerpt == "lidstaten,2"
    assert f.b is None


def test_signatory_variants_are_warnings_naming_both_forms(seed_report: Report) -> None:
    found = {(f.a.excerpt, f.b.excerpt) for f in _by_rule(seed_report, "signatory-name-variant")}  # type: ignore[union-attr]
    assert found == {("F. van Oosten", "Foort van Oosten"), ("A.C.L. Rutte", "mr. A.C.L. Rutte")}
    for f in _by_rule(seed_report, "signatory-name-variant"):
        assert f.severity is Severity.WARNING


def test_letter_date_only_in_a(seed_report: Report) -> None:
    (f,) = _by_rule(seed_report, "date-letter-missing")
    assert "3 februari 2026" in f.message
    assert f.a is not None and f.a.line == 13 and f.b is None


def test_header_and_annex_each_reported_once(seed_report: Report) -> None:
    sections = _by_rule(seed_report, "structure-section-missing")
    assert len(sections) == 2
    header, annex = sorted(sections, key=lambda f: f.a.line)  # type: ignore[union-attr]
    assert header.message.startswith("Header block only in A")
    assert header.a is not None and header.a.line == 6
    assert annex.message.startswith("Annex only in A")
    assert annex.a is not None and annex.a.line == 71


def test_role_capitalisation_is_at_most_info(seed_report: Report) -> None:
    styles = _by_rule(seed_report, "signatory-role-style")
    assert len(styles) == 3
    assert all(f.severity is Severity.INFO for f in styles)


def test_nothing_else_at_warning_or_error(seed_report: Report) -> None:
    serious = {
        (f.rule, f.a.line if f.a else None)
        for f in seed_report.findings
        if f.severity.rank >= Severity.WARNING.rank
    }
    assert serious == {
        ("footnote-body-missing", 28),
        ("footnote-body-missing", 127),
        ("signatory-name-variant", 55),
        ("signatory-name-variant", 61),
        ("date-letter-missing", 13),
        ("structure-section-missing", 6),
        ("structure-section-missing", 71),
    }
    assert len(seed_report.findings) <= 15
    assert not [f for f in seed_report.findings if f.category.value == "text"]


def test_layout_is_absorbed(seed_report: Report) -> None:
    """Footnotes at page bottoms are footnotes; paragraphs across page breaks are joined."""
    a = seed_report.a
    assert sorted(f.number for f in a.footnotes) == [3, 4]
    assert [m.number for m in a.markers] == [1, 2, 3, 4]
    joined = [b.text for b in a.blocks if "geïntensiveerd door in te zetten op" in b.text]
    assert joined, "a paragraph broken by a page break and a footnote is one block"
    assert any("EU-agentschappen" in b.text for b in seed_report.b.blocks)
    assert any("asiel- en migratiesysteem" in b.text for b in a.blocks)
    assert any("informatie-uitwisseling" in b.text for b in a.blocks)


def test_cli_exit_code_and_json_contract(capsys) -> None:  # type: ignore[no-untyped-def]
    code = main(["compare", str(SEED / "typeset.txt"), str(SEED / "plain.txt"), "--format", "json"])
    assert code == 1
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "versiecheck/report/1"
    assert set(data) >= {"schema", "tool", "sources", "alignment", "findings", "summary"}
    assert data["tool"]["name"] == "versiecheck"
    assert [s["label"] for s in data["sources"]] == ["A", "B"]
    assert data["summary"] == {"error": 2, "warning": 5, "info": 3}
    for g in data["alignment"]:
        assert set(g) == {"kind", "a", "b", "similarity"}
    for f in data["findings"]:
        assert f["severity"] in {"error", "warning", "info"}
        assert f["category"] in {"text", "structure", "footnote", "signatory", "date"}
        for side in ("a", "b"):
            loc = f[side]
            assert loc is None or (loc["line"] >= 1 and loc["column"] >= 1 and loc["excerpt"])


def test_excerpts_quote_the_original_file(seed_report: Report) -> None:
    for report_doc, side in ((seed_report.a, "a"), (seed_report.b, "b")):
        lines = report_doc.source.text.split("\n")
        for f in seed_report.findings:
            loc = getattr(f, side)
            if loc is None:
                continue
            original = lines[loc.line - 1][loc.column - 1 :]
            first_word = loc.excerpt.split()[0]
            assert original.startswith(first_word), (f.rule, loc, original)
