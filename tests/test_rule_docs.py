"""Every rule documents itself and its example makes it fire (see STYLE.md, point 3)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import versiecheck
from versiecheck import rules as rules_pkg
from versiecheck.model import Category, Severity
from versiecheck.rules import registry

RULES = list(registry().values())


def test_every_rule_module_is_registered() -> None:
    modules = {
        f"{rules_pkg.__name__}.{m.name}"
        for m in pkgutil.iter_modules(rules_pkg.__path__)
        if not m.name.startswith("_")
    }
    assert modules == {r.module for r in RULES}
    assert len({r.id for r in RULES}) == len(RULES)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_has_metadata_and_documentation(rule) -> None:  # type: ignore[no-untyped-def]
    mod = importlib.import_module(rule.module)
    assert rule.id == mod.__name__.rsplit(".", 1)[1].replace("_", "-")
    assert isinstance(rule.category, Category) and isinstance(rule.severity, Severity)
    assert rule.summary and rule.summary.endswith("."), rule.summary
    assert "Catches" in rule.doc
    assert "Deliberately ignores" in rule.doc
    assert "Example::" in rule.doc
    a, b = rule.example
    assert a.strip() and b.strip() and a != b


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_example_makes_the_rule_fire(rule) -> None:  # type: ignore[no-untyped-def]
    report = versiecheck.compare_text(*rule.example)
    fired = [f for f in report.findings if f.rule == rule.id]
    assert fired, [(f.rule, f.message) for f in report.findings]
    assert all(f.severity is rule.severity and f.category is rule.category for f in fired)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_example_in_the_docstring_is_the_example_run(rule) -> None:  # type: ignore[no-untyped-def]
    """The A/B example printed by `versiecheck explain` is the one the test runs."""
    doc_words = rule.doc.split("Example::", 1)[1].split()
    for text in rule.example:
        for word in text.split()[:6]:
            assert word in doc_words, (word, rule.id)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_example_is_quiet_when_both_sides_are_the_same(rule) -> None:  # type: ignore[no-untyped-def]
    for text in rule.example:
        assert versiecheck.compare_text(text, text).findings == []


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_explain_prints_the_documentation_and_the_example_result(rule, capsys) -> None:  # type: ignore[no-untyped-def]
    from versiecheck.cli import main

    assert main(["explain", rule.id]) == 0
    out = capsys.readouterr().out
    assert rule.summary in out
    assert "On this example versiecheck reports:" in out
    assert f"{rule.severity.value.upper()}  {rule.id}" in out


def test_rules_lists_every_rule(capsys) -> None:  # type: ignore[no-untyped-def]
    from versiecheck.cli import main

    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    for rule in RULES:
        assert rule.id in out
