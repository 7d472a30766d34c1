"""Background work for the GUI: one worker thread, latest request wins.

A slider drag or a burst of drops submits many jobs; only the newest one matters. Jobs that
have not started yet are cancelled, a cancellable job that is running is told to stop at its
next band (core/bands.py), and a result that arrives after a newer request is dropped, so the
view never flickers back to stale output (the pattern of napari's _layer_slicer). Results
come back to the GUI thread through a queued Qt signal; the GUI thread never waits.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from ..core.bands import Cancelled
from ..core.errors import InputError
from .session_log import logger


class LatestJobRunner(QObject):
    """Runs callables on one background thread and reports only the latest one's outcome."""

    finished = Signal(object)  # the latest job's return value
    failed = Signal(str)  # one sentence for the user

    _done = Signal(int, object)  # (generation, Future), crosses from the worker thread

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"nnstudio-{name}")
        self._generation = 0
        self._handled = 0  # the generation whose outcome the GUI thread last received
        self._pending: list[Future] = []
        self._stop_running = threading.Event()  # set when a newer job supersedes the running one
        self._closed = False
        # Always queued: a job that ends before submit() has attached its callback runs that
        # callback on the GUI thread, and a direct call would then report the outcome before
        # submit() returned, ahead of anyone waiting for it.
        self._done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        """A job runs, or its outcome has not reached the GUI thread yet."""
        return not self.settled or any(not f.done() for f in self._pending)

    @property
    def settled(self) -> bool:
        """The latest job's outcome has reached the GUI thread (or there was no job): unlike
        ``busy``, also False while a finished result still waits in the event queue."""
        return self._handled == self._generation

    def submit(self, fn: Callable[..., Any], *args: Any, cancellable: bool = False) -> None:
        """Run fn(*args) in the background; any earlier job that has not started is dropped,
        and one that is running stops at its next band when it was submitted ``cancellable``:
        such a job is called as fn(*args, cancelled=...) and raises core.bands.Cancelled."""
        if self._closed:
            return
        for stale in self._pending:
            stale.cancel()
        self._stop_running.set()
        self._stop_running = stop = threading.Event()
        self._generation += 1
        generation = self._generation
        future = (self._executor.submit(fn, *args, cancelled=stop.is_set) if cancellable
                  else self._executor.submit(fn, *args))
        self._pending = [f for f in self._pending if not f.done()] + [future]
        future.add_done_callback(lambda f: self._emit_done(generation, f))

    def shutdown(self) -> None:
        """Cancel what has not started, wait for what has: call before the owner goes away."""
        self._closed = True
        self._stop_running.set()
        self._executor.shutdown(wait=True, cancel_futures=True)

    def _emit_done(self, generation: int, future: Future) -> None:
        if future.cancelled() or self._closed or isinstance(future.exception(), Cancelled):
            return  # superseded: nobody waits for it
        self._done.emit(generation, future)

    @Slot(int, object)
    def _on_done(self, generation: int, future: Future) -> None:
        if generation != self._generation or self._closed:
            return  # a newer request has been made since: this result is stale
        self._handled = generation
        exc = future.exception()
        if exc is None:
            self.finished.emit(future.result())
        elif isinstance(exc, InputError):
            self.failed.emit(str(exc))
        else:
            # Not a refusal the job meant to make: a bug, or memory running out. The user gets
            # a sentence, the log (Help > Show log) the traceback.
            logger("workers").error("job %s failed:\n%s", self._name, "".join(
                traceback.format_exception(type(exc), exc, exc.__traceback__)).rstrip())
            detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
            self.failed.emit(self.tr("Something went wrong ({error}); the previous state is kept. "
                                     "Help ▸ Show log has the details.").format(error=detail))
