"""GeneratorWorker: pause, resume, step and quit between yields, without ever making the
GUI thread wait; every sequence ends in a state and a finished thread."""

from __future__ import annotations

import threading
import time

import pytest

from nnstudio.ui.app import create_application
from nnstudio.ui.generator_worker import MAX_IN_FLIGHT, GeneratorWorker, WorkerState


@pytest.fixture(autouse=True)
def app():
    return create_application()


def counting(limit: int, gate: threading.Event | threading.Semaphore | None = None, fail_at: int | None = None):
    """A generator function: yields 1..limit; each step waits on `gate` (an Event, or a
    Semaphore: one release per step), checking stop while it waits, as training checks
    it between batches."""
    wait = None if gate is None else gate.wait if isinstance(gate, threading.Event) else (
        lambda timeout: gate.acquire(timeout=timeout))

    def run(stop: threading.Event):
        for i in range(1, limit + 1):
            while wait is not None and not wait(0.005):
                if stop.is_set():
                    return
            if fail_at == i:
                raise ValueError("boom")
            yield i
    return run


class Recorder:
    def __init__(self, worker: GeneratorWorker) -> None:
        self.items, self.states, self.errors = [], [], []
        worker.yielded.connect(self.items.append)
        worker.state_changed.connect(lambda state, _seq: self.states.append(state))
        worker.errored.connect(self.errors.append)


def test_runs_to_the_end_and_says_finished(qtbot):
    worker = GeneratorWorker(counting(5))
    seen = Recorder(worker)
    worker.start()
    qtbot.waitUntil(lambda: seen.states[-1:] == [WorkerState.FINISHED])
    assert seen.items == [1, 2, 3, 4, 5]
    assert worker.join(2.0)


def test_step_yields_exactly_one_boundary_then_pauses(qtbot):
    worker = GeneratorWorker(counting(10))
    seen = Recorder(worker)
    worker.start(steps=1)
    qtbot.waitUntil(lambda: seen.states[-1:] == [WorkerState.PAUSED])
    assert seen.items == [1]
    assert worker.resume(steps=2)
    qtbot.waitUntil(lambda: seen.states[-1:] == [WorkerState.PAUSED] and len(seen.items) == 3)
    assert seen.items == [1, 2, 3]
    assert worker.quit()
    qtbot.waitUntil(lambda: seen.states[-1:] == [WorkerState.STOPPED])
    assert worker.join(2.0) and seen.items == [1, 2, 3]


def test_only_boundaries_pause(qtbot):
    # Odd items are progress inside a step: a pause waits for the next even one.
    worker = GeneratorWorker(counting(10), boundary=lambda i: i % 2 == 0)
    seen = Recorder(worker)
    worker.start(steps=1)
    qtbot.waitUntil(lambda: seen.states[-1:] == [WorkerState.PAUSED])
    assert seen.items == [1, 2]
    worker.quit()
    assert worker.join(2.0)


def test_pause_and_resume(qtbot):
    tokens = threading.Semaphore(0)
    worker = GeneratorWorker(counting(1000, tokens))
    seen = Recorder(worker)
    worker.start()
    assert worker.pause() and worker.state is WorkerState.PAUSING
    assert not worker.pause()  # already asked
    tokens.release(5)
    qtbot.waitUntil(lambda: seen.states[-1:] == [WorkerState.PAUSED])
    paused_at = len(seen.items)
    assert paused_at == 1  # the step under way when Pause came, then nothing more
    assert worker.resume() and worker.state is WorkerState.RUNNING
    qtbot.waitUntil(lambda: len(seen.items) == 5)  # the other four tokens, no more
    worker.quit()  # it waits inside a step for a token: quit must reach it there too
    qtbot.waitUntil(lambda: seen.states[-1:] == [WorkerState.STOPPED])
    assert worker.join(2.0)


def test_quit_never_waits_even_inside_a_long_step(qtbot):
    gate = threading.Event()  # never set: the step goes on until stop is seen
    worker = GeneratorWorker(counting(3, gate))
    seen = Recorder(worker)
    worker.start()
    started = time.perf_counter()
    assert worker.quit()
    assert time.perf_counter() - started < 0.05
    qtbot.waitUntil(lambda: seen.states[-1:] == [WorkerState.STOPPED])
    assert worker.join(2.0) and seen.items == []


@pytest.mark.parametrize("second", ["quit", "resume", "pause", "step"])
def test_step_then_anything_never_deadlocks(qtbot, second):
    """Issue 11: Step followed by Reset, close, Train or Pause-then-stop froze the window."""
    gate = threading.Event()
    worker = GeneratorWorker(counting(50, gate))
    seen = Recorder(worker)
    worker.start(steps=1)
    {"quit": worker.quit, "resume": worker.resume, "pause": worker.pause,
     "step": lambda: worker.resume(steps=1)}[second]()
    gate.set()
    worker.quit()
    assert worker.join(2.0)
    qtbot.waitUntil(lambda: seen.states[-1:] == [WorkerState.STOPPED])


def test_an_exception_is_reported_and_the_thread_ends(qtbot):
    worker = GeneratorWorker(counting(5, fail_at=3))
    seen = Recorder(worker)
    worker.start()
    qtbot.waitUntil(lambda: seen.states[-1:] == [WorkerState.FAILED])
    assert seen.items == [1, 2] and isinstance(seen.errors[0], ValueError)
    assert worker.join(2.0)


def test_state_changes_are_numbered_in_order(qtbot):
    worker = GeneratorWorker(counting(3))
    numbers = []
    worker.state_changed.connect(lambda _state, seq: numbers.append(seq))
    worker.start()
    qtbot.waitUntil(lambda: worker.state is WorkerState.FINISHED and len(numbers) == 2)
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    assert worker.join(2.0)


def _recording(limit: int, produced: list, beyond: threading.Event):
    """Yields 1..limit as fast as it can, noting each; sets `beyond` once it has produced more
    than MAX_IN_FLIGHT + 1 values (the one the worker holds while it waits is the +1)."""
    def run(stop: threading.Event):
        for i in range(1, limit + 1):
            produced.append(i)
            if len(produced) > MAX_IN_FLIGHT + 1:
                beyond.set()
            yield i
    return run


def test_a_fast_generator_waits_for_the_window_instead_of_queueing_a_backlog(qtbot):
    """Issue 11: results queued faster than the window drew them; draining thousands of
    them froze the window for 20 s."""
    produced, beyond = [], threading.Event()
    worker = GeneratorWorker(_recording(500, produced, beyond))
    seen = Recorder(worker)
    worker.start()
    # The window's thread takes nothing while it is here: the worker must stop at the bound.
    assert not beyond.wait(1.0), f"{len(produced)} values produced with none taken"
    qtbot.waitUntil(lambda: seen.states[-1:] == [WorkerState.FINISHED], timeout=10000)
    assert seen.items == list(range(1, 501))  # nothing lost, nothing out of order
    assert worker.join(2.0)


def test_quit_ends_a_worker_that_waits_for_the_window(qtbot):
    produced, beyond = [], threading.Event()
    worker = GeneratorWorker(_recording(500, produced, beyond))
    seen = Recorder(worker)
    worker.start()
    assert worker.quit()
    assert worker.join(2.0)  # the window's thread never took a value
    qtbot.waitUntil(lambda: seen.states[-1:] == [WorkerState.STOPPED])
    assert len(seen.items) <= MAX_IN_FLIGHT + 1
