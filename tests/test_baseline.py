"""Baseline: write today's findings, report only new ones, survive line shifts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import versiecheck
from conftest import SEED
from versiecheck import baseline
from versiecheck.cli import main
from versiecheck.errors import UsageError
from versiecheck.model import Finding

TYPESET, PLAIN = SEED / "typeset.txt", SEED / "plain.txt"
NEW_PARAGRAPH = "Een nieuwe alinea die in de publicatie ontbreekt.\n\n"


@pytest.fixture
def pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()  # configuration discovery stops here
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(TYPESET.read_bytes())
    b.write_bytes(PLAIN.read_bytes())
    return a, b


def _json(capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_round_trip_leaves_nothing_and_exits_0(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = pair
    assert main(["compare", str(a), str(b), "--write-baseline", "bl.json", "-f", "json"]) == 1
    before = _json(capsys)
    doc = json.loads(Path("bl.json").read_text())
    assert doc["schema"] == "versiecheck/baseline/1"
    assert len(doc["findings"]) == len(before["findings"]) > 0
    assert main(["compare", str(a), str(b), "--baseline", "bl.json", "-f", "json"]) == 0
    after = _json(capsys)
    assert after["findings"] == []
    assert after["suppressed"] == {"baseline": len(before["findings"])}


def test_baseline_file_is_deterministic(pair: tuple[Path, Path]) -> None:
    a, b = pair
    main(["compare", str(a), str(b), "--write-baseline", "one.json"])
    main(["compare", str(a), str(b), "--write-baseline", "two.json"])
    assert Path("one.json").read_bytes() == Path("two.json").read_bytes()


@pytest.mark.parametrize("side", ["a", "b"])
def test_fingerprints_survive_line_shifts(side: str) -> None:
    a, b = TYPESET.read_text(), PLAIN.read_text()
    before = versiecheck.compare_text(a, b).findings
    if side == "a":
        shifted = versiecheck.compare_text("\n\n\n\n" + a, b).findings
    else:
        shifted = versiecheck.compare_text(a, "\n\n\n\n" + b).findings

    def places(findings: list[Finding], shift: int) -> list[tuple[str, int | None]]:
        out = []
        for f in findings:
            loc = f.a if side == "a" else f.b
            out.append((f.fingerprint, loc.line + shift if loc else None))
        return sorted(out, key=str)

    assert any((f.a if side == "a" else f.b) for f in before)
    # Every finding is still there with the same fingerprint, four lines further down.
    assert places(shifted, 0) == places(before, 4)


def test_only_new_findings_count_after_text_is_added(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = pair
    main(["compare", str(a), str(b), "--write-baseline", "bl.json"])
    capsys.readouterr()
    accepted = len(json.loads(Path("bl.json").read_text())["findings"])
    # Shift every line of B down by two and add one paragraph that is not in A.
    b.write_text(NEW_PARAGRAPH + PLAIN.read_text(), encoding="utf-8")
    assert main(["compare", str(a), str(b), "--baseline", "bl.json", "-f", "json"]) == 1
    out = _json(capsys)
    assert out["suppressed"] == {"baseline": accepted}
    assert [f["b"]["excerpt"] for f in out["findings"]] == [NEW_PARAGRAPH.strip()]
    assert main(["compare", str(a), str(b), "--baseline", "bl.json"]) == 1
    assert f"(not shown: {accepted} baselined)" in capsys.readouterr().out


def test_findings_are_matched_as_a_multiset() -> None:
    report = versiecheck.compare_text(TYPESET.read_text(), PLAIN.read_text())
    first = report.findings[0]
    doubled = type(report)(report.a, report.b, report.alignment, [first, first])
    once = baseline.Baseline(baseline.count(baseline.entries([first])))
    left = once.filter(doubled)
    assert left.findings == [first] and left.suppressed == {"baseline": 1}


def test_pair_entries_apply_to_their_pair_and_null_to_every_pair() -> None:
    report = versiecheck.compare_text(TYPESET.read_text(), PLAIN.read_text())
    n = len(report.findings)
    for_p1 = baseline.Baseline(baseline.count(baseline.entries(report.findings, "p1")))
    assert for_p1.filter(report, "p1").findings == []
    assert len(for_p1.filter(report, "p2").findings) == n
    anywhere = baseline.Baseline(baseline.count(baseline.entries(report.findings)))
    assert anywhere.filter(report, "p2").findings == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        ("{not json", "not JSON"),
        ('{"schema": "other"}', "not a versiecheck baseline"),
        ('{"schema": "versiecheck/baseline/1", "findings": [{}]}', "no fingerprint"),
    ],
)
def test_bad_baseline_files_are_usage_errors(
    tmp_path: Path, content: str | None, message: str
) -> None:
    path = tmp_path / "bl.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(UsageError, match=message):
        baseline.load(path)


def test_missing_baseline_exits_2(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = pair
    assert main(["compare", str(a), str(b), "--baseline", "nope.json"]) == 2
    assert "make one with --write-baseline" in capsys.readouterr().err


def test_write_baseline_never_overwrites_an_input(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = pair
    before = b.read_bytes()
    assert main(["compare", str(a), str(b), "--write-baseline", str(b)]) == 2
    assert "one of the inputs" in capsys.readouterr().err
    assert b.read_bytes() == before
