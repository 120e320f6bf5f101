"""Merge: shards' JSON joined into what one unsharded run gives, in every format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SEED
from versiecheck.cli import main

TYPESET, PLAIN = SEED / "typeset.txt", SEED / "plain.txt"


@pytest.fixture
def dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    for d in ("A", "B"):
        Path(d).mkdir()
    for i in range(5):
        Path(f"A/p{i}.txt").write_bytes(TYPESET.read_bytes())
        Path(f"B/p{i}.txt").write_bytes(PLAIN.read_bytes())
    Path("A/same.txt").write_bytes(PLAIN.read_bytes())
    Path("B/same.txt").write_bytes(PLAIN.read_bytes())
    Path("A/broken.txt").write_bytes(b"\x00\x00")
    Path("B/broken.txt").write_bytes(PLAIN.read_bytes())


@pytest.mark.parametrize("shards", [1, 2, 3, 8])
def test_merged_shards_equal_the_unsharded_batch_byte_for_byte(
    dirs: None, capsys: pytest.CaptureFixture[str], shards: int
) -> None:
    assert main(["batch", "A", "B", "-f", "json", "-o", "all.json"]) == 1
    for i in range(1, shards + 1):
        main(["batch", "A", "B", "-f", "json", "-o", f"shard-{i}.json", "--shard", f"{i}/{shards}"])
    # In any order, from files or from a directory.
    files = [f"shard-{i}.json" for i in range(shards, 0, -1)]
    assert main(["merge", *files, "-f", "json", "-o", "merged.json"]) == 1
    assert Path("merged.json").read_bytes() == Path("all.json").read_bytes()
    Path("reports").mkdir()
    for f in files:
        Path(f).rename(Path("reports") / f)
    assert main(["merge", "reports", "-f", "json", "-o", "merged2.json"]) == 1
    assert Path("merged2.json").read_bytes() == Path("all.json").read_bytes()


def test_merge_renders_every_batch_format(dirs: None, capsys: pytest.CaptureFixture[str]) -> None:
    from versiecheck.batch import batch_formats, render

    main(["batch", "A", "B", "-f", "json", "-o", "all.json"])
    doc = json.loads(Path("all.json").read_text())
    assert "json" in batch_formats() and "terminal" in batch_formats()
    for fmt in batch_formats():
        capsys.readouterr()
        main(["merge", "all.json", "-f", fmt])
        assert capsys.readouterr().out == render(doc, fmt)


def test_merge_accepts_single_reports(
    dirs: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["compare", "A/p0.txt", "B/p0.txt", "-f", "json", "-o", "one.json"])
    main(["compare", "A/same.txt", "B/same.txt", "-f", "json", "-o", "two.json"])
    assert main(["merge", "one.json", "two.json", "-f", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert [(p["name"], p["exit_code"]) for p in doc["pairs"]] == [("p0", 1), ("same", 0)]
    assert doc["pairs"][0]["report"] == json.loads(Path("one.json").read_text())
    assert doc["summary"]["failed_pairs"] == 1
    assert main(["merge", "one.json", "two.json", "--fail-on", "never"]) == 0


def test_same_pair_with_different_results_is_an_error(
    dirs: None, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["batch", "A", "B", "-f", "json", "-o", "x.json"])
    main(["batch", "A", "B", "-f", "json", "-o", "y.json", "--rule", "text-case=off"])
    assert main(["merge", "x.json", "x.json", "-f", "json"]) == 1  # identical: joined
    capsys.readouterr()
    doc = json.loads(Path("x.json").read_text())
    doc["pairs"][1]["exit_code"] = 0
    Path("y.json").write_text(json.dumps(doc))
    assert main(["merge", "x.json", "y.json"]) == 2
    assert "with different results" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "message"),
    [("{oops", "not JSON"), ('{"schema": "other/1"}', "not a versiecheck report")],
)
def test_bad_inputs_are_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    assert main(["merge", str(bad)]) == 2
    assert message in capsys.readouterr().err
    assert main(["merge", str(tmp_path / "none.json")]) == 2
