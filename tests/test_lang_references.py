"""Tests for versiecheck.lang.references."""

from __future__ import annotations

import pytest

from versiecheck.lang.references import find_references


def only(text: str) -> tuple[str, str]:
    found = find_references(text)
    assert len(found) == 1, found
    return found[0].key, found[0].year


@pytest.mark.parametrize(
    ("text", "key", "year"),
    [
        ("Kamerstuk 32 317, nr. 987", "kst 32317 nr 987", ""),
        ("Kamerstukken II 2025/26, 32317, nr. 987", "kst 32317 nr 987", "2025"),
        ("KST 32317, nr. 987", "kst 32317 nr 987", ""),
        ("Tweede Kamer, vergaderjaar 2025-2026, KST 32317, nr. 987.", "kst 32317 nr 987", ""),
        ("Kamerstuk 32317-987", "kst 32317 nr 987", ""),
        ("Kamerstukken II 2025/26, 36 800 VI, nr. 12", "kst 36800-VI nr 12", "2025"),
        ("Parliamentary Paper 32 317, no. 987", "kst 32317 nr 987", ""),
        ("Handelingen II 2025/26, nr. 45, item 12", "hand nr 45 item 12", "2025"),
        ("Aanhangsel Handelingen II 2025/26, nr. 1234", "ah nr 1234", "2025"),
        ("Stb. 2024, 123", "stb 2024 123", ""),
        ("Staatsblad 2024, 123", "stb 2024 123", ""),
        ("Stcrt. 2026, 1234", "stcrt 2026 1234", ""),
        ("2023Z16994", "tk 2023Z16994", ""),
        ("ECLI:NL:HR:2020:1234", "ECLI:NL:HR:2020:1234", ""),
        ("COM(2025) 123 final", "com 2025 123", ""),
    ],
)
def test_keys(text: str, key: str, year: str) -> None:
    assert only(f"Zie {text} hierover.") == (key, year)


@pytest.mark.parametrize(
    "text", ["vergaderjaar 2025–2026", "32 317 JBZ-Raad", "nr. 994", "3 februari 2026", "€ 1,5 mln"]
)
def test_not_references(text: str) -> None:
    assert find_references(text) == []
