"""Shared test helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "kst-32317-994"


@pytest.fixture(autouse=True)
def _not_in_github_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see the same defaults everywhere: in GitHub Actions ``compare`` would default
    to ``--format github`` (tests of that set the variables themselves)."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_WORKFLOW", raising=False)


@pytest.fixture(autouse=True)
def _every_sarif_is_valid(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every SARIF log a test makes in this process is validated against the official
    2.1.0 schema (``tests/schemas``), whichever test or command made it."""
    from report_checks import validate_sarif_log
    from versiecheck.report import sarif

    make = sarif.to_sarif
    monkeypatch.setattr(sarif, "to_sarif", lambda batch: validate_sarif_log(make(batch)))


@pytest.fixture(scope="session")
def seed_report():  # type: ignore[no-untyped-def]
    import versiecheck

    return versiecheck.compare(SEED / "typeset.txt", SEED / "plain.txt")
