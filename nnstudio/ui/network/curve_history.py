"""A curve's points with bounded memory, for runs of any length.

A run of thousands of epochs must not make each redraw dearer than the last (issue: redraw
p50 went from 4 to 25 ms over five minutes when every redraw rebuilt every point from Python
lists). So points live in preallocated numpy arrays, appended in place; once 2 × `cap` points
are held, the older ones are merged pairwise (mean x, mean y), so memory stays within 2 × cap
points and the curve keeps its shape at a coarser step. The default cap keeps a curve at a few
points per pixel of a wide plot: drawing an antialiased line costs by its vertices, and
pyqtgraph's auto-downsampling still draws up to ten a pixel (and assumes even spacing). The newest points are kept as they
came, so the curve ends on the last value measured. pyqtgraph's own downsampling and
clip-to-view then bound the drawing cost to the plot's width.
"""

from __future__ import annotations

import numpy as np

KEEP_NEWEST = 2  # points never merged, so the end of the curve is exact


class CurveHistory:
    def __init__(self, cap: int = 500) -> None:
        self.cap = max(int(cap), 4)
        self._x = np.empty(2 * self.cap, np.float64)
        self._y = np.empty(2 * self.cap, np.float64)
        self._n = 0
        self.appended = 0  # every point ever appended, merged or not

    def __len__(self) -> int:
        return self._n

    @property
    def x(self) -> np.ndarray:
        return self._x[: self._n]

    @property
    def y(self) -> np.ndarray:
        return self._y[: self._n]

    def append(self, x: float, y: float) -> None:
        self.extend(np.array([x], np.float64), np.array([y], np.float64))

    def extend(self, xs: np.ndarray, ys: np.ndarray) -> None:
        xs, ys = np.asarray(xs, np.float64).ravel(), np.asarray(ys, np.float64).ravel()
        self.appended += len(xs)
        while len(xs):
            if self._n == len(self._x):
                self._merge_older()
            take = min(len(xs), len(self._x) - self._n)
            self._x[self._n:self._n + take] = xs[:take]
            self._y[self._n:self._n + take] = ys[:take]
            self._n += take
            xs, ys = xs[take:], ys[take:]

    def clear(self) -> None:
        self._n = 0
        self.appended = 0

    def _merge_older(self) -> None:
        older = self._n - KEEP_NEWEST
        pairs = older // 2
        for array in (self._x, self._y):
            merged = array[: 2 * pairs].reshape(pairs, 2).mean(axis=1)
            rest = array[2 * pairs: self._n].copy()
            array[:pairs] = merged
            array[pairs:pairs + len(rest)] = rest
        self._n = pairs + (self._n - 2 * pairs)


def _ema(values: np.ndarray, average: float, count: int, weight: float) -> tuple[np.ndarray, float, int]:
    """The debiased moving average of `values`, carried on from (average, count)."""
    out = np.empty(len(values))
    for i, v in enumerate(values):  # a few dozen per epoch; numpy has no running EMA
        average = weight * average + (1 - weight) * float(v)
        count += 1
        out[i] = average / (1 - weight ** count)
    return out, average, count


class SmoothedHistory(CurveHistory):
    """TensorBoard's exponential moving average of the values appended, debiased at the start,
    computed as they arrive (once per value, not once per value per redraw)."""

    def __init__(self, weight: float = 0.8, cap: int = 1000) -> None:
        super().__init__(cap)
        self.weight = weight
        self._average = 0.0
        self._count = 0

    def extend(self, xs: np.ndarray, ys: np.ndarray) -> None:
        out, self._average, self._count = _ema(np.asarray(ys, np.float64).ravel(), self._average,
                                               self._count, self.weight)
        super().extend(xs, out)

    def continued(self, values: np.ndarray) -> np.ndarray:
        """What appending `values` would add, without appending them (a running epoch's batches,
        replaced by its final figures when it ends)."""
        return _ema(np.asarray(values, np.float64).ravel(), self._average, self._count, self.weight)[0]

    def clear(self) -> None:
        super().clear()
        self._average, self._count = 0.0, 0
