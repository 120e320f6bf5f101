"""Properties of the whole pipeline, on arbitrary and on letter-like text.

- A document compared with itself gives no findings: versiecheck reports differences
  between renderings, never a defect both renderings share.
- Swapping A and B swaps the sides of every finding.
- Arbitrary text never crashes the pipeline.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from versiecheck import compare_text
from versiecheck.model import Report

WORDS = (
    "de het een van en in op voor met over minister Kamer brief lidstaten Raad Commissie "
    "terugkeer migratie Nederland beleid verslag informele samenwerking EU-niveau "
    "Oos- tenrijk asiel- brief1 lidstaten,2 3 februari 2026 22 en 23 januari KST 32317 nr. 987 "
    "1. 2 De minister van Justitie en Veiligheid, F. van Oosten mr. A.C.L. Rutte Den Haag,"
).split()

letterish = st.lists(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join),
    min_size=1,
    max_size=12,
).map(lambda paras: "\n\n".join(_wrap(p) for p in paras) + "\n")


def _wrap(paragraph: str, width: int = 50) -> str:
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines)


def _sides(report: Report, swap: bool) -> list[tuple[str, object, object]]:
    out = []
    for f in report.findings:
        a = (f.a.line, f.a.column) if f.a else None
        b = (f.b.line, f.b.column) if f.b else None
        out.append((f.rule, b, a) if swap else (f.rule, a, b))
    return sorted(out, key=repr)


SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.text(min_size=1, max_size=400))
def test_arbitrary_text_never_crashes_and_self_compare_is_clean(text: str) -> None:
    if not text.strip():
        return
    assert compare_text(text, text).findings == []


@SETTINGS
@given(st.text(max_size=300), st.text(max_size=300))
def test_arbitrary_pairs_never_crash(a: str, b: str) -> None:
    report = compare_text(a or " ", b or " ")
    for f in report.findings:
        assert f.a is not None or f.b is not None


@SETTINGS
@given(letterish)
def test_letterlike_self_compare_is_clean(text: str) -> None:
    assert compare_text(text, text).findings == []


@SETTINGS
@given(letterish, letterish)
def test_swapping_a_and_b_swaps_every_finding(a: str, b: str) -> None:
    forward = compare_text(a, b)
    backward = compare_text(b, a)
    assert _sides(forward, swap=False) == _sides(backward, swap=True)
