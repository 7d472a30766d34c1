"""The latest-request-wins runner: a newer request stops the running job at its next band,
and only the newest result reaches the GUI thread."""

from __future__ import annotations

import threading
import time

from nnstudio.core.bands import Cancelled
from nnstudio.ui.workers import LatestJobRunner


def test_a_newer_request_stops_the_running_job_and_only_the_newest_result_arrives(qtbot):
    runner = LatestJobRunner("test")
    started, stopped = threading.Event(), threading.Event()
    results, failures = [], []
    runner.finished.connect(results.append)
    runner.failed.connect(failures.append)

    def long_job(cancelled):
        """Thirty seconds of work in small bands, unless a newer request stops it."""
        started.set()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if cancelled():
                stopped.set()
                raise Cancelled
            threading.Event().wait(0.002)  # one band of work
        return "stale"

    runner.submit(long_job, cancellable=True)
    assert started.wait(10)
    begun = time.monotonic()
    with qtbot.waitSignal(runner.finished, timeout=10_000) as blocker:
        runner.submit(lambda cancelled: "newest", cancellable=True)
    assert blocker.args == ["newest"] and stopped.is_set()
    assert time.monotonic() - begun < 20  # it did not wait for the thirty seconds
    runner.shutdown()
    assert results == ["newest"] and failures == []


def test_a_plain_job_is_not_given_a_cancel_token(qtbot):
    runner = LatestJobRunner("test")
    with qtbot.waitSignal(runner.finished, timeout=10_000) as blocker:
        runner.submit(lambda a, b: a + b, 2, 3)
    runner.shutdown()
    assert blocker.args == [5]


def test_settled_only_once_the_newest_outcome_reached_the_gui_thread(qtbot):
    """A live source hands over the next frame only when the tab is settled: a result that is
    computed but still waits in the event queue must count as not settled."""
    runner = LatestJobRunner("test")
    release = threading.Event()
    try:
        assert runner.settled  # nothing asked yet
        runner.submit(lambda: release.wait(10) and "done")
        assert not runner.settled
        release.set()
        seen = []
        runner.finished.connect(lambda _result: seen.append(runner.settled))
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)  # done on the worker ...
        assert not runner.settled or seen  # ... settled only when the GUI thread has it
        qtbot.waitUntil(lambda: runner.settled, timeout=10_000)
        assert seen == [True]
        runner.submit(lambda: 1 / 0)  # a failure settles too (its sentence was given)
        qtbot.waitUntil(lambda: runner.settled, timeout=10_000)
    finally:
        runner.shutdown()


def test_a_job_done_before_submit_returns_still_reports_after_it(qtbot, monkeypatch):
    """A job can end before submit() attaches its callback (the callback then runs on the
    GUI thread): its outcome must still come through the event loop, after submit() returned,
    so that whoever waits for it right after submitting does not miss it."""
    from concurrent.futures import Future

    runner = LatestJobRunner("test")

    def finished_at_once(fn, *args, **kwargs):
        future = Future()
        future.set_result(fn(*args))
        return future

    monkeypatch.setattr(runner._executor, "submit", finished_at_once)
    results = []
    runner.finished.connect(results.append)
    runner.submit(lambda: 42)
    assert results == [] and not runner.settled  # nothing yet: submit() has just returned
    with qtbot.waitSignal(runner.finished, timeout=5_000) as arrived:
        pass
    assert arrived.args == [42] and runner.settled
    runner.shutdown()
