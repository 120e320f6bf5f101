"""Parts of a long comparison at the same time, on two cores.

Three stages split in two independent halves:

- **reading** a long PDF: a child reads the second half of its pages (``read.pdf``,
  where the caller allows it: :func:`allowing`);
- **segmenting**: once the shared hyphenation lexicon is known, the renderings are
  segmented independently. B is segmented in a forked child while this process segments
  A; the child sends B's blocks, footnotes, markers, signatures and the blocks'
  comparison keys (the aligner's first need) back (:func:`segment_both`);
- **checking**: the rules built on the word differences of the aligned text (``SHARES =
  "text-pairs"`` in their module) run in a child, the rest here
  (:func:`versiecheck.check.run_rules`).

What comes back is pickled into an anonymous in-memory file (``memfd``): about 0.04 s for
B's document of 1,000 pages, against 0.25 s of work saved; findings are few. A fork is
used only where it is safe and worth it (:func:`can_fork`, :func:`worth_forking`), and
only when the caller asks: :func:`versiecheck.compare` does not by default; the CLI's
``compare`` does, ``batch`` does not (its jobs are processes already). Whatever goes wrong
in a child (an exception, a crash, a signal), its work is done here instead: the result
never depends on whether a fork was used.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Generic, TypeVar

from .model import Block, Document, Footnote, FootnoteMarker, Signature, Source
from .segment import segment

T = TypeVar("T")

_ALLOWED: ContextVar[bool] = ContextVar("versiecheck_parallel", default=False)


@contextmanager
def allowing(allow: bool) -> Iterator[None]:
    """Let the readers inside the ``with`` block use a second process (a long PDF's second
    half of pages: see ``read.pdf``) where ``allow`` is true."""
    token = _ALLOWED.set(allow)
    try:
        yield
    finally:
        _ALLOWED.reset(token)


def allowed() -> bool:
    """Whether the caller allows a second process here (see :func:`allowing`)."""
    return _ALLOWED.get()


#: Fewer characters than this in both renderings together: no fork (the fork and the
#: pickling cost more than they save on a short letter).
MIN_CHARS = 400_000


def can_fork() -> bool:
    """A fork is safe here: Linux (on macOS a fork is unsafe once system frameworks are
    loaded), no other thread running (a fork copies only the calling thread, so a lock
    another thread holds would stay locked in the child), and children not reaped by the
    system (``SIGCHLD`` ignored: how a child ended could not be told, and its pid could be
    another process's by the time it is stopped)."""
    return (
        sys.platform.startswith("linux")
        and hasattr(os, "fork")
        and threading.active_count() == 1
        and signal.getsignal(signal.SIGCHLD) != signal.SIG_IGN
    )


def worth_forking(a: Source, b: Source) -> bool:
    """Both renderings together are long enough for a second process to pay, and a fork
    is safe."""
    return len(a.text) + len(b.text) >= MIN_CHARS and can_fork()


def segment_both(
    a: Source, b: Source, lexicon: frozenset[str], *, parallel: bool = False
) -> tuple[Document, Document]:
    """Segment both renderings, B in a child where ``parallel`` and worth it."""
    forked = (
        parallel
        and a.prebuilt is None  # a structured reader built the document already
        and b.prebuilt is None
        and worth_forking(a, b)
    )
    child = fork_call(lambda: _parts(segment(b, lexicon, own_words=False))) if forked else None
    with cancelled_on_error(child):
        doc_a = segment(a, lexicon, own_words=False)
        if child is not None:
            doc_a.block_keys()  # (the aligner's first need, while the child may still work)
    parts = child.result() if child is not None else None
    if parts is None:
        return doc_a, segment(b, lexicon, own_words=False)
    blocks, footnotes, markers, signatures, keys = parts
    return doc_a, Document(b, blocks, footnotes, markers, signatures, keys)


_Parts = tuple[list[Block], list[Footnote], list[FootnoteMarker], list[Signature], list[str]]


def _parts(doc: Document) -> _Parts:
    """A document without its source (which the parent has), keys computed."""
    return (doc.blocks, doc.footnotes, doc.markers, doc.signatures, doc.block_keys())


class Forked(Generic[T]):
    """A forked child computing a value; :meth:`result` waits for it.

    The child writes its pickled value to an anonymous in-memory file (a pipe would hold
    it, blocked, until this process reads: the value of a long document is megabytes)."""

    def __init__(self, pid: int, fd: int) -> None:
        self.pid = pid
        self.fd = fd

    def cancel(self) -> None:
        """Stop the child and reap it, its value unread (the caller raised meanwhile: else
        the child would stay, a zombie, and its file open)."""
        os.close(self.fd)
        with contextlib.suppress(ProcessLookupError, ChildProcessError):  # (reaped elsewhere)
            os.kill(self.pid, signal.SIGKILL)  # (a zombie until reaped: the pid is its own)
            os.waitpid(self.pid, 0)

    def result(self) -> T | None:
        """The child's value, or None if it failed (then the caller does the work)."""
        status: int | None = None
        try:
            # (reaped elsewhere, by a handler that reaps every child: then the message
            # alone tells, and a truncated one fails to load below)
            with contextlib.suppress(ChildProcessError):
                _, status = os.waitpid(self.pid, 0)
            size = os.fstat(self.fd).st_size
            data = os.pread(self.fd, size, 0) if size else b""
        finally:
            os.close(self.fd)
        if not data or (
            status is not None and (not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0)
        ):
            return None
        try:
            value: T = pickle.loads(data)
        except Exception:  # a truncated message: the child died while writing
            return None
        return value


@contextmanager
def cancelled_on_error(child: Forked[Any] | None) -> Iterator[None]:
    """Stop and reap ``child`` if the block raises (an error, Ctrl-C): its value will not
    be read."""
    try:
        yield
    except BaseException:
        if child is not None:
            child.cancel()
        raise


def fork_call(work: Callable[[], T]) -> Forked[T] | None:
    """Start ``work()`` in a forked child (see :func:`can_fork`); None if no child could
    be started. ``work`` must not return None (that means the child failed)."""
    try:
        fd = os.memfd_create("versiecheck", os.MFD_CLOEXEC)
    except (OSError, AttributeError):  # (no memfd: an old kernel, another system)
        return None
    try:
        pid = os.fork()
    except OSError:  # no processes left, no memory: the caller does the work
        os.close(fd)
        return None
    if pid == 0:  # the child: work, write, and leave without running any exit code
        code = 1
        try:
            view = memoryview(pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL))
            while view:
                view = view[os.write(fd, view) :]
            code = 0
        except BaseException:
            pass
        finally:
            os._exit(code)
    return Forked(pid, fd)
