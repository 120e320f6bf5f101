"""Batch: pairs from directories or a manifest, parallel workers, broken pairs, shards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SEED
from versiecheck import batch
from versiecheck.cli import main
from versiecheck.errors import UsageError

TYPESET, PLAIN = SEED / "typeset.txt", SEED / "plain.txt"


@pytest.fixture
def dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A/ and B/ with: two pairs with findings, one clean pair, one binary file in A, one
    file only in A, and a pair in a subdirectory."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()  # keep configuration discovery inside tmp_path
    a, b = Path("A"), Path("B")
    for d in (a / "sub", b / "sub"):
        d.mkdir(parents=True)
    for name in ("kst-1", "kst-2", "sub/kst-3"):
        (a / f"{name}.txt").write_bytes(TYPESET.read_bytes())
        (b / f"{name}.txt").write_bytes(PLAIN.read_bytes())
    (a / "same.txt").write_bytes(PLAIN.read_bytes())
    (b / "same.txt").write_bytes(PLAIN.read_bytes())
    (a / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    (b / "broken.txt").write_bytes(PLAIN.read_bytes())
    (a / "lonely.txt").write_text("only in A\n")
    (a / ".hidden.txt").write_text("skipped\n")
    return a, b


def _batch(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main(["batch", *args, "-f", "json"])
    return code, json.loads(capsys.readouterr().out)


def test_pairs_by_name_from_two_directories(dirs: tuple[Path, Path]) -> None:
    pairs = batch.pairs_from_dirs(*dirs)
    assert [p.name for p in pairs] == ["broken", "kst-1", "kst-2", "lonely", "same", "sub/kst-3"]
    lonely = pairs[3]
    assert lonely.b is None and lonely.problem is not None and "no counterpart" in lonely.problem


def test_ambiguous_names_are_reported(dirs: tuple[Path, Path]) -> None:
    a, _ = dirs
    (a / "kst-1.md").write_text("also kst-1\n")
    (kst1,) = [p for p in batch.pairs_from_dirs(*dirs) if p.name == "kst-1"]
    assert kst1.problem is not None and kst1.problem.startswith("ambiguous")


def test_batch_over_directories_goes_on_past_a_broken_pair(
    dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code, doc = _batch(capsys, "A", "B", "--jobs", "2")
    assert code == 1
    assert doc["schema"] == "versiecheck/batch/1"
    assert doc["tool"]["name"] == "versiecheck"
    by_name = {p["name"]: p for p in doc["pairs"]}
    assert list(by_name) == sorted(by_name)
    assert by_name["broken"]["status"] == "error"
    assert "binary" in by_name["broken"]["error"]
    assert by_name["broken"]["report"] is None and by_name["broken"]["exit_code"] == 2
    assert by_name["lonely"]["status"] == "error" and by_name["lonely"]["b"] is None
    assert by_name["same"]["status"] == "ok" and by_name["same"]["exit_code"] == 0
    for name in ("kst-1", "kst-2", "sub/kst-3"):
        p = by_name[name]
        assert (p["status"], p["exit_code"], p["error"]) == ("ok", 1, None)
        assert p["report"]["schema"] == "versiecheck/report/1"
    one = by_name["kst-1"]["report"]["summary"]
    s = doc["summary"]
    assert (s["pairs"], s["failed_pairs"]) == (6, 5)
    assert (s["error"], s["warning"], s["info"]) == (
        3 * one["error"],
        3 * one["warning"],
        3 * one["info"],
    )


def test_output_does_not_depend_on_the_number_of_workers(
    dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    main(["batch", "A", "B", "-f", "json", "--jobs", "1"])
    one = capsys.readouterr().out
    main(["batch", "A", "B", "-f", "json", "--jobs", "3"])
    assert capsys.readouterr().out == one


def test_every_pair_clean_exits_0(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    for d in ("A", "B"):
        Path(d).mkdir()
        Path(d, "x.txt").write_bytes(PLAIN.read_bytes())
    assert main(["batch", "A", "B"]) == 0


def test_fail_on_never_still_fails_on_unreadable_pairs(
    dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code, doc = _batch(capsys, "A", "B", "--fail-on", "never")
    assert code == 1
    failed = sorted(p["name"] for p in doc["pairs"] if p["exit_code"])
    assert failed == ["broken", "lonely"]
    (Path("A") / "broken.txt").unlink()
    (Path("A") / "lonely.txt").unlink()
    (Path("B") / "broken.txt").unlink()
    assert main(["batch", "A", "B", "--fail-on", "never"]) == 0


def test_manifest_with_names_and_relative_paths(
    dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    Path("lists").mkdir()
    Path("lists/pairs.csv").write_text(
        "a,b,name\n../A/kst-1.txt,../B/kst-1.txt,first\n../A/same.txt,../B/same.txt,\n"
        "../A/missing.txt,../B/kst-2.txt,gone\n"
    )
    code, doc = _batch(capsys, "--manifest", "lists/pairs.csv")
    assert code == 1
    assert [p["name"] for p in doc["pairs"]] == ["first", "gone", "same"]
    gone = doc["pairs"][1]
    assert gone["status"] == "error" and "no such file" in gone["error"]


def test_manifest_without_name_column(dirs: tuple[Path, Path]) -> None:
    Path("m.csv").write_text("a,b\nA/kst-1.txt,B/kst-1.txt\n")
    assert [p.name for p in batch.pairs_from_manifest(Path("m.csv"))] == ["kst-1"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("left,right\nx,y\n", "header must be a,b"),
        ("a,b\nx,\n", "must both be given"),
        ("a,b,name\nx,y,n\nz,w,n\n", "used twice"),
    ],
)
def test_bad_manifests_are_usage_errors(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "m.csv"
    path.write_text(text)
    with pytest.raises(UsageError, match=message):
        batch.pairs_from_manifest(path)


@pytest.mark.parametrize(
    "args",
    [
        ["A"],
        ["A", "B", "--manifest", "m.csv"],
        ["A", "nowhere"],
        ["A", "B", "--shard", "0/2"],
        ["A", "B", "--shard", "3/2"],
        ["A", "B", "--shard", "x"],
        ["A", "B", "-f", "json", "-f", "terminal"],
        ["A", "B", "-f", "nope"],
    ],
)
def test_usage_errors_exit_2(
    dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    assert main(["batch", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("versiecheck: error:") and err.count("\n") == 1


@pytest.mark.parametrize("total", [1, 2, 3, 4, 7, 10])
@pytest.mark.parametrize("count", [0, 1, 5, 6, 10])
def test_shards_cover_every_pair_exactly_once(total: int, count: int) -> None:
    pairs = [batch.Pair(f"p{i:02d}", "a", "b") for i in range(count)]
    slices = [batch.shard(pairs, i, total) for i in range(1, total + 1)]
    assert [p for s in slices for p in s] == pairs  # in order, each once
    sizes = [len(s) for s in slices]
    assert max(sizes) - min(sizes) <= 1


def test_shard_option_runs_one_slice(
    dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    names = []
    for i in (1, 2, 3):
        _, doc = _batch(capsys, "A", "B", "--shard", f"{i}/3")
        names.append([p["name"] for p in doc["pairs"]])
        assert doc["summary"]["pairs"] == len(doc["pairs"])
    assert names == [["broken", "kst-1"], ["kst-2", "lonely"], ["same", "sub/kst-3"]]


def test_batch_baseline_round_trip(
    dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    main(["batch", "A", "B", "--write-baseline", "bl.json"])
    capsys.readouterr()
    entries = json.loads(Path("bl.json").read_text())["findings"]
    assert {e["pair"] for e in entries} == {"kst-1", "kst-2", "sub/kst-3"}
    code, doc = _batch(capsys, "A", "B", "--baseline", "bl.json")
    assert code == 1  # the broken and the lonely pair still fail
    kst1 = next(p for p in doc["pairs"] if p["name"] == "kst-1")
    assert kst1["exit_code"] == 0 and kst1["report"]["findings"] == []
    assert kst1["report"]["suppressed"]["baseline"] == len(
        [e for e in entries if e["pair"] == "kst-1"]
    )


def test_terminal_summary_and_outputs_to_files(
    dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["batch", "A", "B", "-f", "json", "-o", "out.json", "-f", "terminal"])
    out = capsys.readouterr().out
    assert code == 1
    assert json.loads(Path("out.json").read_text())["summary"]["pairs"] == 6
    assert "batch of 6 pairs" in out
    assert " ERROR broken" in out and " ok    same" in out and " FAIL  kst-1" in out
    assert "5 of 6 pairs failed" in out
    assert "\x1b[" not in out and "\r" not in out  # no colour, no progress bar in a pipe


def test_no_progress_bar_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    assert batch.show_progress() is False


def test_manifest_from_standard_input(
    dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO('a,b\n"A/kst-1.txt","B/kst-1.txt"\n'))
    code, doc = _batch(capsys, "--manifest", "-")
    assert code == 1
    assert [(p["name"], p["a"], p["b"]) for p in doc["pairs"]] == [
        ("kst-1", "A/kst-1.txt", "B/kst-1.txt")
    ]


_real_run_pair = batch.run_pair


def _dies_on_kst2(pair: batch.Pair, *args: object) -> object:
    if pair.name == "kst-2":
        import os

        os._exit(3)  # as a worker killed by the OOM killer would
    return _real_run_pair(pair, *args)  # type: ignore[arg-type]


def test_a_worker_that_dies_is_reported_and_the_batch_finishes(
    dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "run_pair", _dies_on_kst2)
    code, doc = _batch(capsys, "A", "B", "--jobs", "2")
    assert code == 1
    assert len(doc["pairs"]) == 6
    kst2 = next(p for p in doc["pairs"] if p["name"] == "kst-2")
    assert kst2["status"] == "error" and "worker process failed" in kst2["error"]


def test_default_jobs_is_the_usable_cores() -> None:
    assert batch.cores() >= 1
