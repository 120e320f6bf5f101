"""Markdown for a pull-request comment or the step summary: counts, files, a findings
table; document text never becomes markup, a link, HTML or a mention."""

from __future__ import annotations

import versiecheck
from conftest import SEED
from versiecheck.report import batch_renderer, renderer
from versiecheck.report.json import to_dict

PLAIN = (
    "Den Haag, 3 februari 2026\n\nGeachte voorzitter,\n\n"
    "Hierbij stuur ik u de brief over het beleid van dit jaar aan de Kamer.\n"
)
MARKUP = PLAIN.replace("de brief", "de <img src=x> **brief** [x](http://e.test) | @team")


def test_seed_pair_table(seed_report: versiecheck.Report) -> None:
    md = renderer("markdown")(seed_report)
    lines = md.splitlines()
    assert lines[0] == "### versiecheck: 2 errors · 5 warnings · 3 info"
    assert "`" + str(SEED / "typeset.txt") + "`" in lines[2]
    rows = [line for line in lines if line.startswith("| 🔴") or line.startswith("| 🟡")]
    assert len(rows) == 7
    assert rows[0].startswith("| 🔴 error | `footnote-body-missing` | 28:21 | 32:1 | Footnote 1")
    assert all(line.count(" | ") == 4 for line in rows)  # no cell broke the table


def test_document_text_is_inert() -> None:
    md = renderer("markdown")(versiecheck.compare_text(PLAIN, MARKUP))
    row = next(line for line in md.splitlines() if "text-changed" in line)
    assert "<img" not in md and "&lt;img src=x&gt;" in row
    assert r"\*\*brief\*\*" in row and r"\[x\](http://e.test)" in row
    assert r"\| \@team" in row
    assert row.count(" | ") == 4


def test_no_differences() -> None:
    text = "Den Haag, 3 februari 2026\n\nGeachte voorzitter,\n"
    md = renderer("markdown")(versiecheck.compare_text(text, text))
    assert "No differences found." in md


def test_batch_table_and_details(seed_report: versiecheck.Report) -> None:
    batch = {
        "schema": "versiecheck/batch/1",
        "tool": {"name": "versiecheck", "version": versiecheck.__version__},
        "pairs": [
            {"name": "seed", "a": "a/typeset.txt", "b": "b/typeset.txt", "status": "ok",
             "error": None, "exit_code": 1, "report": to_dict(seed_report)},
            {"name": "lost", "a": "a/x.txt", "b": "b/x.txt", "status": "error",
             "error": "b/x.txt: no such file", "exit_code": 2, "report": None},
        ],
        "summary": {"error": 2, "warning": 5, "info": 3, "pairs": 2, "failed_pairs": 2},
    }  # fmt: skip
    md = batch_renderer("markdown")(batch, max_findings=3)
    assert md.startswith("### versiecheck: 2 pairs, 2 failed · 2 errors · 5 warnings · 3 info\n")
    assert "| seed | ❌ failed | 2 | 5 | 3 |" in md
    assert "| lost | ⚠️ error | 0 | 0 | 0 |" in md
    assert "<details>\n<summary>seed: 2 errors · 5 warnings · 3 info</summary>" in md
    assert "… and 7 more (see the full report)." in md
    assert "**lost**: could not be compared: b/x.txt: no such file" in md


def test_a_large_batch_stays_under_a_comment(seed_report: versiecheck.Report) -> None:
    report = to_dict(seed_report)
    pairs = [
        {"name": f"pair {k:04}", "a": f"a/{k}.txt", "b": f"b/{k}.txt", "status": "ok",
         "error": None, "exit_code": 1 if k % 2 else 0,
         "report": report if k % 2 else {**report, "findings": []}}
        for k in range(2000)
    ]  # fmt: skip
    md = batch_renderer("markdown")({"schema": "versiecheck/batch/1", "pairs": pairs})
    assert len(md) < 65_536
    assert "1000 pairs passed and are not listed." in md
    assert "| pair 0001 | ❌ failed | 2 | 5 | 3 |" in md and "| pair 0000 |" not in md
    assert md.rstrip().endswith(
        "are left out to keep this short enough for a comment; see the full report."
    )


def test_thousands_of_failing_pairs_still_fit(seed_report: versiecheck.Report) -> None:
    report = to_dict(seed_report)
    pairs = [
        {"name": f"pair {k:04}", "a": f"a/{k}.txt", "b": f"b/{k}.txt", "status": "ok",
         "error": None, "exit_code": 1, "report": report}
        for k in range(3000)
    ]  # fmt: skip
    md = batch_renderer("markdown")({"schema": "versiecheck/batch/1", "pairs": pairs})
    assert len(md) < 65_536
    assert "more failing pairs are not listed." in md
