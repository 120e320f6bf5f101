"""A progress bar for long comparisons, on stderr, for people at a terminal only.

The library reports progress through a callback (``progress(stage, fraction)``, see
:mod:`versiecheck.pipeline`); this module draws it with rich. It appears only when
stderr is a terminal, not in CI, not for machine-readable output (:func:`wanted`), and
only once a comparison has run for :data:`DELAY` seconds: a quick compare shows nothing.
The bar is transient: it is erased when the comparison ends.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterable
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

#: Seconds a comparison runs before the bar appears.
DELAY = 0.5
STAGES = ("reading", "aligning", "checking")
#: Formats for machines: with any of them, no progress is drawn.
MACHINE_FORMATS = frozenset({"json", "sarif", "junit", "github"})


def wanted(formats: Iterable[str] = (), stream: Any = None) -> bool:
    """Whether to draw progress: stderr is a terminal, not CI, no machine format."""
    stream = sys.stderr if stream is None else stream
    requested = {f.strip().casefold() for spec in formats for f in spec.split(",")}
    if requested & MACHINE_FORMATS:
        return False
    if os.environ.get("CI") or os.environ.get("GITHUB_ACTIONS"):
        return False
    if os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class LazyProgress:
    """A callable progress callback that draws a rich bar on stderr after :data:`DELAY`.

    Use as a context manager around the comparison; pass the instance as the callback.
    """

    def __init__(self, delay: float = DELAY) -> None:
        self._lock = threading.Lock()
        self._stage = STAGES[0]
        self._fraction = 0.0
        self._closed = False
        self._bar: Progress | None = None
        self._task: TaskID | None = None
        self._timer = threading.Timer(delay, self._start)
        self._timer.daemon = True

    @property
    def shown(self) -> bool:
        return self._bar is not None

    def __enter__(self) -> LazyProgress:
        self._timer.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._timer.cancel()
        with self._lock:
            self._closed = True
            if self._bar is not None:
                self._bar.stop()

    def __call__(self, stage: str, fraction: float) -> None:
        with self._lock:
            self._stage, self._fraction = stage, max(0.0, min(1.0, fraction))
            self._update()

    def _start(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        with self._lock:
            if self._closed:
                return
            bar = Progress(
                SpinnerColumn(),
                TextColumn("versiecheck: {task.description:<9}"),
                BarColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._task = bar.add_task(self._stage, total=len(STAGES))
            self._bar = bar
            bar.start()
            self._update()

    def _update(self) -> None:
        if self._bar is None or self._task is None:
            return
        k = STAGES.index(self._stage) if self._stage in STAGES else 0
        self._bar.update(self._task, description=self._stage, completed=k + self._fraction)
