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


@pytest.fixture(scope="session")
def seed_report():  # type: ignore[no-untyped-def]
    import versiecheck

    return versiecheck.compare(SEED / "typeset.txt", SEED / "plain.txt")
