"""Segmenting the two renderings at the same time, on two cores.

Segmenting is the largest part of a long comparison, and the two renderings are
segmented independently once the shared hyphenation lexicon is known. Where it is safe
and worth it, rendering B is segmented in a forked child process while this process
segments A; the child sends its blocks, footnotes, markers, signatures and the blocks'
comparison keys (the aligner's first need) back through a pipe, pickled (about 0.04 s
for 1,000 pages, against 0.25 s of work saved).

It is used only where a fork is safe and cheap, else both are segmented here, in turn,
with the same result:

- on Linux (``os.fork``; on macOS a fork is unsafe once system frameworks are loaded);
- when this process runs no other thread (a fork copies only the calling thread, so a
  lock another thread holds would stay locked in the child);
- when both renderings are text to segment (a structured reader has built the document
  already) and long enough (:data:`MIN_CHARS`) to be worth a process;
- when the caller asks for it: :func:`versiecheck.compare` does not by default; the CLI's
  ``compare`` does, and ``batch`` does only with one job (its jobs are processes already).

Whatever goes wrong in the child (an exception, a crash, a signal), B is segmented here
instead: the result never depends on whether the fork was used.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading

from .model import Document, Source
from .segment import segment

#: Fewer characters than this in both renderings together: segment in turn (a fork and
#: the pickling cost more than they save on a short letter).
MIN_CHARS = 400_000


def segment_both(
    a: Source, b: Source, lexicon: frozenset[str], *, parallel: bool = False
) -> tuple[Document, Document]:
    """Segment both renderings (see the module docstring for when in parallel)."""
    child = _fork_segment(b, lexicon) if parallel and _worth_forking(a, b) else None
    doc_a = segment(a, lexicon, own_words=False)
    if child is not None:
        doc_a.block_keys()  # (the aligner's first need, while the child may still work)
    doc_b = child.result() if child is not None else None
    if doc_b is None:
        doc_b = segment(b, lexicon, own_words=False)
    return doc_a, doc_b


def _worth_forking(a: Source, b: Source) -> bool:
    return (
        sys.platform.startswith("linux")
        and hasattr(os, "fork")
        and threading.active_count() == 1
        and a.prebuilt is None
        and b.prebuilt is None
        and len(a.text) + len(b.text) >= MIN_CHARS
    )


class _Child:
    """A forked child segmenting one rendering; :meth:`result` waits for it."""

    def __init__(self, pid: int, read_fd: int, source: Source) -> None:
        self.pid = pid
        self.read_fd = read_fd
        self.source = source

    def result(self) -> Document | None:
        """The child's document, or None if it failed (then the caller segments)."""
        chunks = []
        try:
            with os.fdopen(self.read_fd, "rb") as pipe:
                while chunk := pipe.read(1 << 20):
                    chunks.append(chunk)
        finally:
            _, status = os.waitpid(self.pid, 0)
        if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0 or not chunks:
            return None
        try:
            blocks, footnotes, markers, signatures, keys = pickle.loads(b"".join(chunks))
        except Exception:  # a truncated message: the child died while writing
            return None
        return Document(self.source, blocks, footnotes, markers, signatures, keys)


def _fork_segment(source: Source, lexicon: frozenset[str]) -> _Child | None:
    try:
        read_fd, write_fd = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:  # no processes left, no memory: do it here
        os.close(read_fd)
        os.close(write_fd)
        return None
    if pid == 0:  # the child: segment, send, and leave without running any exit code
        code = 1
        try:
            os.close(read_fd)
            doc = segment(source, lexicon, own_words=False)
            data = pickle.dumps(
                (doc.blocks, doc.footnotes, doc.markers, doc.signatures, doc.block_keys()),
                protocol=pickle.HIGHEST_PROTOCOL,
            )
            view = memoryview(data)
            while view:
                view = view[os.write(write_fd, view) :]
            code = 0
        except BaseException:
            pass
        finally:
            os._exit(code)
    os.close(write_fd)
    return _Child(pid, read_fd, source)
