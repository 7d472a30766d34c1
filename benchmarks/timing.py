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
