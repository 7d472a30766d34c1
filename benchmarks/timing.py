"""Timing shared by the benchmark scripts (run as `python benchmarks/<script>.py`, which puts
this folder on the import path)."""

from __future__ import annotations

import statistics
import time


def median_ms(fn, repeat: int) -> float:
    """Median wall time of `fn()` in milliseconds over `repeat` calls, after one warm-up call
    (caches, lazy initialisation, OpenCV's thread pool)."""
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


class TickGaps:
    """A timer ticking every `interval_ms` on the window's thread, and how late each tick came:
    the time between two ticks minus the interval, in ms (what a click or a repaint would have
    waited). `on_gap(gap_ms, now)` is called with each, for a caller that notes more."""

    def __init__(self, interval_ms: int, precise: bool = False, on_gap=None) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.interval_ms, self.on_gap = interval_ms, on_gap
        self.gaps: list[float] = []
        self._timer = QTimer(interval=interval_ms)
        if precise:
            self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._last = time.perf_counter()

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000 - self.interval_ms
        self.gaps.append(gap)
        if self.on_gap is not None:
            self.on_gap(gap, now)
        self._last = now
