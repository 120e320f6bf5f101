"""The accuracy harness runs (a small sample; `python eval/run.py` is the measurement)."""

from __future__ import annotations

import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent / "eval"


def test_eval_harness_runs_and_finds_the_planted_differences() -> None:
    sys.path.insert(0, str(EVAL))
    try:
        import run  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(EVAL))
    score, cases, _ = run.run(count=40, seed=3)
    assert len(cases) == 40
    assert {c.plant for c in cases} >= {"layout", "word_replace", "note_body_delete"}
    planted, found = sum(score.planted.values()), sum(score.found.values())
    assert planted > 30 and found >= planted - 1
    assert score.layout_loud == 0
    text = run.markdown(score, cases, 1.0, 40, 3)
    assert text.startswith("# Accuracy") and "| **all** |" in text
