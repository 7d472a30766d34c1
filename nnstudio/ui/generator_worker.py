"""A generator run on its own thread that pauses, resumes, steps and stops between yields.

The pattern is superqt's `thread_worker` (a generator on a worker thread, `yielded` for
each value, pause/resume/quit between yields), written out here because the Network tab
needs three things superqt's GeneratorWorker lacks: "one more boundary, then pause" (Step
1 epoch) decided on the worker thread, not by a racing GUI call; yields that are not pause
points (per-batch progress inside an epoch); and a plain thread of its own that close can
join with a time limit (superqt's runs on the shared QThreadPool).

Rules that keep it free of deadlocks:

- the GUI thread never waits on the worker: pause, resume, step and quit set a flag under
  a lock, notify, and return; only `join(timeout)` (on window close) waits, and boundedly;
- the worker waits only on the condition, and every GUI request notifies it;
- the generator receives a `threading.Event` that quit sets, so it can stop inside a long
  step (between batches) as well as between yields;
- at most MAX_IN_FLIGHT yielded values are on their way to the GUI thread: past that the
  worker waits for the window to take them (checking quit), so a generator that yields
  faster than the window draws never leaves it a backlog to drain.

Every state change carries a sequence number: a state the GUI asked for (emitted at once)
and one the worker reached (queued to the GUI thread) can arrive out of order, and the
newer one wins.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from enum import Enum

from PySide6.QtCore import QObject, Signal


class WorkerState(Enum):
    RUNNING = "running"
    PAUSING = "pausing"  # asked to pause; the worker is on its way to the next boundary
    PAUSED = "paused"
    STOPPING = "stopping"  # asked to quit; the worker ends after its current step
    FINISHED = "finished"
    STOPPED = "stopped"
    FAILED = "failed"

    @property
    def done(self) -> bool:
        return self in (WorkerState.FINISHED, WorkerState.STOPPED, WorkerState.FAILED)


_ACTIVE = (WorkerState.RUNNING, WorkerState.PAUSING, WorkerState.PAUSED)

#: Yielded values queued for the GUI thread at most. A small network trains an epoch in a
#: millisecond and the window takes tens to draw one; unbounded, the queue grew to thousands
#: of results and the window then sat 20 s draining them (the monkey's long runs found it).
MAX_IN_FLIGHT = 16


class GeneratorWorker(QObject):
    """Runs `function(stop_event)`, a generator function, on a thread of its own."""

    yielded = Signal(object)  # every value the generator yields, in order
    state_changed = Signal(object, int)  # (WorkerState, sequence number)
    errored = Signal(object)  # the exception that ended the generator (then FAILED)

    _item = Signal(object)  # crosses from the worker thread; passed on as yielded

    def __init__(self, function: Callable[[threading.Event], Iterator], *,
                 boundary: Callable[[object], bool] = lambda _item: True,
                 name: str = "nnstudio-worker", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._function, self._boundary = function, boundary
        self._stop = threading.Event()
        self._lock = threading.Condition()
        self._state: WorkerState | None = None
        self._sequence = 0
        self._pause_asked = False
        self._steps_left: int | None = None  # None: run on; n: pause after n more boundaries
        self._in_flight = 0  # values emitted by the worker thread, not yet passed on
        self._item.connect(self._deliver)
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    # --- asked from the GUI thread: each returns at once ---------------------------------
    @property
    def state(self) -> WorkerState | None:
        return self._state

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def pause_due(self) -> bool:
        """Whether the worker will pause (or stop) at the next boundary; read by the
        generator to decide what to send with it (a hint: no lock, may be a moment old)."""
        return self._pause_asked or self._steps_left == 1 or self._stop.is_set()

    def start(self, steps: int | None = None) -> None:
        """Run freely, or `steps` boundaries and then pause."""
        with self._lock:
            self._steps_left = steps
            change = self._change(WorkerState.RUNNING)
        self._emit(change)
        self._thread.start()

    def pause(self) -> bool:
        with self._lock:
            if self._state is not WorkerState.RUNNING:
                return False
            self._pause_asked = True
            change = self._change(WorkerState.PAUSING)
        self._emit(change)
        return True

    def resume(self, steps: int | None = None) -> bool:
        """Go on from a pause: freely, or for `steps` more boundaries (Step)."""
        with self._lock:
            if self._state is not WorkerState.PAUSED:
                return False
            self._pause_asked, self._steps_left = False, steps
            change = self._change(WorkerState.RUNNING)
            self._lock.notify_all()
        self._emit(change)
        return True

    def quit(self) -> bool:
        """Stop after the current step; never waits for it."""
        with self._lock:
            self._stop.set()
            if self._state not in _ACTIVE:
                return False
            change = self._change(WorkerState.STOPPING)
            self._lock.notify_all()
        self._emit(change)
        return True

    def join(self, timeout: float) -> bool:
        """Wait at most `timeout` seconds for the thread to end (window close only)."""
        self.quit()
        if self._thread.ident is not None:
            self._thread.join(timeout)
        return not self._thread.is_alive()

    # --- the worker thread ----------------------------------------------------------------
    def _change(self, state: WorkerState) -> tuple[WorkerState, int]:
        # Called with the lock held.
        self._state = state
        self._sequence += 1
        return state, self._sequence

    def _emit(self, change: tuple[WorkerState, int]) -> None:
        self.state_changed.emit(*change)

    def _run(self) -> None:
        generator = None
        try:
            generator = self._function(self._stop)
            for item in generator:
                self._send(item)
                if self._stop.is_set() or (self._boundary(item) and not self._at_boundary()):
                    break
        except Exception as exc:  # noqa: BLE001 (reported as a state, never lost on the thread)
            with self._lock:
                change = self._change(WorkerState.FAILED)
            self.errored.emit(exc)
            self._emit(change)
            return
        finally:
            if generator is not None:
                generator.close()
            # What the generator closed over (a training run: its model, optimiser and data)
            # is no longer this worker's to keep: the worker outlives its thread.
            self._function = generator = None
        with self._lock:
            change = self._change(WorkerState.STOPPED if self._stop.is_set() else WorkerState.FINISHED)
        self._emit(change)

    def _send(self, item: object) -> None:
        with self._lock:
            while self._in_flight >= MAX_IN_FLIGHT and not self._stop.is_set():
                self._lock.wait(0.1)  # _deliver and quit notify; the timeout is a safety
            self._in_flight += 1
        self._item.emit(item)

    def _deliver(self, item: object) -> None:
        """On the GUI thread: pass one value on, then let the worker send another."""
        try:
            self.yielded.emit(item)
        finally:
            with self._lock:
                self._in_flight -= 1
                self._lock.notify_all()

    def _at_boundary(self) -> bool:
        """Pause here if asked to (or the steps are used up); False once asked to quit.

        PAUSED is emitted with the lock released: the GUI thread takes this lock in pause(),
        resume() and quit(), and must never wait on a worker that is inside Qt's signal
        machinery (a CI run once hung here)."""
        with self._lock:
            if self._steps_left is not None:
                self._steps_left -= 1
        while True:
            with self._lock:
                if self._stop.is_set():
                    return False
                if not (self._pause_asked or self._steps_left == 0):
                    return True
                if self._state is WorkerState.PAUSED:
                    self._lock.wait()
                    continue
                change = self._change(WorkerState.PAUSED)
            self._emit(change)
