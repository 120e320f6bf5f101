"""Shared test helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "kst-32317-994"


@pytest.fixture(scope="session")
def seed_report():  # type: ignore[no-untyped-def]
    import versiecheck

    return versiecheck.compare(SEED / "typeset.txt", SEED / "plain.txt")
