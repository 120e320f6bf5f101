"""Helpers for the rule tests: run one comparison, keep one rule's findings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import versiecheck
from versiecheck.model import Finding

Fire = Callable[[str, str, str], list[Finding]]


def _fire(a: str, b: str, rule: str) -> list[Finding]:
    return [f for f in versiecheck.compare_text(a, b).findings if f.rule == rule]


@pytest.fixture
def fire() -> Fire:
    """``fire(a, b, rule_id)``: the findings of that rule comparing text ``a`` with ``b``."""
    return _fire


@pytest.fixture
def loud() -> Callable[[str, str], list[Finding]]:
    """``loud(a, b)``: every finding at warning or error."""

    def run(a: str, b: str) -> list[Finding]:
        return [f for f in versiecheck.compare_text(a, b).findings if f.severity.rank >= 2]

    return run
