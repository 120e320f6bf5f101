"""Two processes for a long comparison (versiecheck.parallel): the same documents and
the same findings as in one process, and the work done here whenever a child cannot
deliver."""

from __future__ import annotations

import dataclasses
import os
import sys
import threading
from pathlib import Path

import pytest

from generated import gen
from versiecheck import parallel
from versiecheck.align import align
from versiecheck.check import Context, run_rules
from versiecheck.model import Document, OffsetMap, Severity, Source
from versiecheck.read import read_path, read_text
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
    assert parallel.worth_forking(a, b)
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
    child = parallel.fork_call(lambda: fails_in_child(b, lexicon))
    assert child is not None and child.result() is None  # the child said it failed
    _, doc_b = parallel.segment_both(a, b, lexicon, parallel=True)
    assert _shape(doc_b) == _shape(real(b, lexicon, own_words=False))


def test_no_fork_with_other_threads_short_texts_or_when_not_asked(pair, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a, b, lexicon = pair
    forks: list[int] = []
    monkeypatch.setattr(parallel, "fork_call", lambda work: forks.append(1))
    parallel.segment_both(a, b, lexicon, parallel=False)
    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        assert not parallel.worth_forking(a, b)
        parallel.segment_both(a, b, lexicon, parallel=True)
    finally:
        stop.set()
        t.join()
    monkeypatch.setattr(parallel, "MIN_CHARS", len(a.text) + len(b.text) + 1)
    assert not parallel.worth_forking(a, b)
    parallel.segment_both(a, b, lexicon, parallel=True)
    assert forks == []


def _context(a: Source, b: Source, lexicon: frozenset[str]) -> Context:
    doc_a, doc_b = segment(a, lexicon, own_words=False), segment(b, lexicon, own_words=False)
    return Context(doc_a, doc_b, align(doc_a, doc_b))


def test_rules_split_over_two_processes_find_the_same(pair, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a, b, lexicon = pair
    alone = run_rules(_context(a, b, lexicon))
    # rules of both halves: built on the aligned text's word differences, and not
    assert {f.rule for f in alone} >= {"text-changed", "structure-moved", "date-letter-missing"}
    forks: list[int] = []
    fork = parallel.fork_call
    monkeypatch.setattr(parallel, "fork_call", lambda work: forks.append(1) or fork(work))
    severities = {"text-changed": Severity.INFO, "date-letter-missing": Severity.ERROR}
    split = run_rules(_context(a, b, lexicon), None, severities, parallel=True)
    assert forks == [1]
    assert split == sorted(
        dataclasses.replace(f, severity=severities.get(f.rule, f.severity)) for f in alone
    )
    enabled = ["text-changed", "date-letter-missing"]
    assert run_rules(_context(a, b, lexicon), enabled, parallel=True) == [
        f for f in alone if f.rule in enabled
    ]


def test_rules_of_a_failing_child_run_here(pair, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a, b, lexicon = pair
    alone = run_rules(_context(a, b, lexicon))
    monkeypatch.setattr(parallel, "fork_call", lambda work: _Failed())
    assert run_rules(_context(a, b, lexicon), parallel=True) == alone


class _Failed:
    def result(self) -> None:
        return None


def test_rules_enabled_given_as_an_iterator(pair) -> None:  # type: ignore[no-untyped-def]
    a, b, lexicon = pair
    enabled = ["text-changed", "date-letter-missing"]
    found = run_rules(_context(a, b, lexicon), enabled)
    assert {f.rule for f in found} == set(enabled)
    assert run_rules(_context(a, b, lexicon), iter(enabled)) == found


def _no_child_left(child: parallel.Forked[object], fds: int) -> None:
    """The child is gone (reaped, not a zombie nor blocked on a full pipe) and its pipe
    closed."""
    with pytest.raises(ChildProcessError):
        os.waitpid(child.pid, os.WNOHANG)
    assert len(os.listdir("/proc/self/fd")) == fds


def test_a_child_is_stopped_and_reaped_when_segmenting_a_raises(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(parallel, "MIN_CHARS", 0)
    p = gen.generate(60, seed=3)  # B's blocks fill the pipe: the child would block
    a, b = read_text(p.a, "A"), read_text(p.b, "B")
    lexicon = words([a.text, b.text])
    parent, real, started = os.getpid(), parallel.segment, []

    def fails_on_a(source, lexicon, *, own_words=True):  # type: ignore[no-untyped-def]
        if os.getpid() == parent and source is a:
            raise KeyboardInterrupt
        return real(source, lexicon, own_words=own_words)

    fork = parallel.fork_call
    monkeypatch.setattr(parallel, "segment", fails_on_a)
    monkeypatch.setattr(parallel, "fork_call", lambda work: started.append(c := fork(work)) or c)
    fds = len(os.listdir("/proc/self/fd"))
    with pytest.raises(KeyboardInterrupt):
        parallel.segment_both(a, b, lexicon, parallel=True)
    assert len(started) == 1 and started[0] is not None
    _no_child_left(started[0], fds)


def test_a_child_is_stopped_and_reaped_when_the_rules_here_raise(pair, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a, b, lexicon = pair
    ctx = _context(a, b, lexicon)
    started = []
    fork = parallel.fork_call
    monkeypatch.setattr(parallel, "fork_call", lambda work: started.append(c := fork(work)) or c)

    def stop(done: float) -> None:
        raise KeyboardInterrupt

    fds = len(os.listdir("/proc/self/fd"))
    with pytest.raises(KeyboardInterrupt):
        run_rules(ctx, None, None, stop, parallel=True)
    assert len(started) == 1 and started[0] is not None
    _no_child_left(started[0], fds)


def test_children_reaped_by_someone_else(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """With SIGCHLD ignored the system reaps children itself: no fork is made; a child
    reaped before it is waited for still gives its value."""
    import signal

    monkeypatch.setattr(threading, "active_count", lambda: 1)
    assert parallel.can_fork()
    previous = signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    try:
        assert not parallel.can_fork()
        child = parallel.fork_call(lambda: [42])
        assert child is not None and child.result() == [42]
        child = parallel.fork_call(lambda: [42])
        assert child is not None
        child.cancel()
    finally:
        signal.signal(signal.SIGCHLD, previous)


GPO_PDF = Path(__file__).resolve().parents[1] / "fixtures/us-uslm-reports/118hrpt9/report.pdf"


def test_a_long_pdf_read_by_two_processes_is_the_same_source(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    forks: list[int] = []
    fork = parallel.fork_call
    monkeypatch.setattr(parallel, "fork_call", lambda work: forks.append(1) or fork(work))
    alone = read_path(GPO_PDF, "A")
    assert forks == []  # not allowed: no second process
    with parallel.allowing(True):
        split = read_path(GPO_PDF, "A")
    assert forks == [1]
    assert (split.text, split.line_starts, split.page_starts) == (
        alone.text,
        alone.line_starts,
        alone.page_starts,
    )
    monkeypatch.setattr(parallel, "fork_call", lambda work: _Failed())
    with parallel.allowing(True):
        assert read_path(GPO_PDF, "A").text == alone.text  # the child failed: read here
