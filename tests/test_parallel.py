"""Segmenting both renderings at once (versiecheck.parallel): the same documents as in
turn, and a fallback whenever the child cannot deliver."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from generated import gen
from versiecheck import parallel
from versiecheck.model import Document, OffsetMap
from versiecheck.read import read_text
from versiecheck.segment import segment
from versiecheck.segment.join import words

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux")


def _mapped(text: str, origin: OffsetMap) -> list[int]:
    return [origin.source_offset(k) for k in range(len(text))]


def _shape(doc: Document) -> tuple[object, ...]:
    """Everything a document holds, offset maps as the offsets they give."""
    return (
        [(b.index, b.kind, b.region, b.text, _mapped(b.text, b.origin)) for b in doc.blocks],
        [(f.number, f.text, f.source_offset, _mapped(f.text, f.origin)) for f in doc.footnotes],
        doc.markers,
        doc.signatures,
    )


@pytest.fixture
def pair(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(parallel, "MIN_CHARS", 0)
    p = gen.generate(6, seed=3)
    a, b = read_text(p.a, "A"), read_text(p.b, "B")
    return a, b, words([a.text, b.text])


def test_parallel_segmenting_gives_the_same_documents(pair) -> None:  # type: ignore[no-untyped-def]
    a, b, lexicon = pair
    assert parallel._worth_forking(a, b)
    doc_a, doc_b = parallel.segment_both(a, b, lexicon, parallel=True)
    assert doc_b.source is b
    assert _shape(doc_a) == _shape(segment(a, lexicon, own_words=False))
    in_turn = segment(b, lexicon, own_words=False)
    assert _shape(doc_b) == _shape(in_turn)
    assert doc_b.keys == in_turn.block_keys()  # sent along, for the aligner


def test_a_failing_child_is_replaced_by_segmenting_here(pair, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a, b, lexicon = pair
    parent = os.getpid()
    real = parallel.segment

    def fails_in_child(source, lexicon, *, own_words=True):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            raise MemoryError("child out of memory")
        return real(source, lexicon, own_words=own_words)

    monkeypatch.setattr(parallel, "segment", fails_in_child)
    child = parallel._fork_segment(b, lexicon)
    assert child is not None and child.result() is None  # the child said it failed
    _, doc_b = parallel.segment_both(a, b, lexicon, parallel=True)
    assert _shape(doc_b) == _shape(real(b, lexicon, own_words=False))


def test_no_fork_with_other_threads_short_texts_or_when_not_asked(pair, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a, b, lexicon = pair
    forks: list[int] = []
    monkeypatch.setattr(parallel, "_fork_segment", lambda *args: forks.append(1))
    parallel.segment_both(a, b, lexicon, parallel=False)
    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        assert not parallel._worth_forking(a, b)
        parallel.segment_both(a, b, lexicon, parallel=True)
    finally:
        stop.set()
        t.join()
    monkeypatch.setattr(parallel, "MIN_CHARS", len(a.text) + len(b.text) + 1)
    assert not parallel._worth_forking(a, b)
    assert forks == []
