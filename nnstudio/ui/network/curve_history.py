"""A curve's points with bounded memory and drawing cost, for runs of any length.

A run of thousands of epochs must not make each redraw dearer than the last (issue: redraw
p50 went from 4 to 25 ms over five minutes when every redraw rebuilt every point). So values
are gathered into at most `cap // 2` buckets of `stride` consecutive values each, and a bucket
keeps only its lowest and its highest value, each with its own x (the min/max decimation of
pyqtgraph's "peak" mode, done once as values arrive instead of at every redraw). When the
buckets run out, neighbours merge pairwise and the stride doubles, so every stretch of the run
is drawn at the same resolution. A mean of neighbours would flatten a spike; min/max keeps
every peak and trough of the run exactly, so the curve's shape stays true. The first value and
the newest one are always drawn as measured: a curve starts at epoch 1 and ends on the last
figure. pyqtgraph's clip-to-view and downsampling then bound the drawing cost to the plot's width.
"""

from __future__ import annotations

import numpy as np


class CurveHistory:
    def __init__(self, cap: int = 500) -> None:
        """At most `cap` + 2 points are drawn (the buckets' extremes, the first and the newest)."""
        self.cap = max(int(cap), 4)
        buckets = self.cap // 2
        # Per bucket: the (x, y) of its lowest and of its highest value, and how many it holds.
        self._lo = np.empty((buckets, 2), np.float64)
        self._hi = np.empty((buckets, 2), np.float64)
        self._sizes = np.zeros(buckets, np.int64)
        self._n = 0  # buckets in use; the last one may still be filling
        self.stride = 1  # values per full bucket
        self._first: tuple[float, float] | None = None
        self._last: tuple[float, float] | None = None
        self._drawn: tuple[np.ndarray, np.ndarray] | None = None  # x, y cached until the next append
        self.appended = 0  # every value ever appended

    def __len__(self) -> int:
        return len(self._points()[0])

    @property
    def x(self) -> np.ndarray:
        return self._points()[0]

    @property
    def y(self) -> np.ndarray:
        return self._points()[1]

    def append(self, x: float, y: float) -> None:
        self.extend(np.array([x], np.float64), np.array([y], np.float64))

    def extend(self, xs: np.ndarray, ys: np.ndarray) -> None:
        xs, ys = np.asarray(xs, np.float64).ravel(), np.asarray(ys, np.float64).ravel()
        if not len(xs):
            return
        self._drawn = None
        if self._first is None:
            self._first = (xs[0], ys[0])
        self._last = (xs[-1], ys[-1])
        self.appended += len(xs)
        while len(xs):
            if self._n == 0 or self._sizes[self._n - 1] >= self.stride:
                if self._n == len(self._sizes):
                    self._merge_buckets()
                    continue  # the last bucket may have room now
                self._n += 1
                self._sizes[self._n - 1] = 0
            b = self._n - 1
            take = min(len(xs), self.stride - int(self._sizes[b]))
            self._add_to_bucket(b, xs[:take], ys[:take])
            xs, ys = xs[take:], ys[take:]

    def clear(self) -> None:
        self._n, self.stride, self.appended = 0, 1, 0
        self._first = self._last = self._drawn = None

    def _add_to_bucket(self, b: int, xs: np.ndarray, ys: np.ndarray) -> None:
        # NaN (a diverged run) compares false both ways and argmin/argmax would pick it: a bucket
        # keeps its numbers' extremes, and NaN only when it holds nothing else.
        if len(ys) == 1:  # an epoch's figure: most appends, and numpy's calls cost more than the work
            lo = hi = 0
        else:
            known = ~np.isnan(ys)
            lo = int(np.argmin(np.where(known, ys, np.inf))) if known.any() else 0
            hi = int(np.argmax(np.where(known, ys, -np.inf))) if known.any() else 0
        if self._sizes[b] == 0:
            self._lo[b], self._hi[b] = (xs[lo], ys[lo]), (xs[hi], ys[hi])
        else:
            if ys[lo] < self._lo[b, 1] or np.isnan(self._lo[b, 1]):
                self._lo[b] = (xs[lo], ys[lo])
            if ys[hi] > self._hi[b, 1] or np.isnan(self._hi[b, 1]):
                self._hi[b] = (xs[hi], ys[hi])
        self._sizes[b] += len(xs)

    def _merge_buckets(self) -> None:
        pairs = self._n // 2
        lo, hi = self._lo[: 2 * pairs].reshape(pairs, 2, 2), self._hi[: 2 * pairs].reshape(pairs, 2, 2)
        # The lower of each pair's two minima (the earlier one on a tie), the higher of its maxima.
        take_lo = ((lo[:, 1, 1] < lo[:, 0, 1]) | np.isnan(lo[:, 0, 1])).astype(int)
        take_hi = ((hi[:, 1, 1] > hi[:, 0, 1]) | np.isnan(hi[:, 0, 1])).astype(int)
        merged_lo = lo[np.arange(pairs), take_lo].copy()
        merged_hi = hi[np.arange(pairs), take_hi].copy()
        counts = self._sizes[: 2 * pairs].reshape(pairs, 2).sum(axis=1)
        odd = self._n % 2  # a last bucket without a partner stays as it is
        if odd:
            self._lo[pairs], self._hi[pairs], self._sizes[pairs] = self._lo[self._n - 1], self._hi[self._n - 1], \
                self._sizes[self._n - 1]
        self._lo[:pairs], self._hi[:pairs], self._sizes[:pairs] = merged_lo, merged_hi, counts
        self._n = pairs + odd
        self.stride *= 2

    def _points(self) -> tuple[np.ndarray, np.ndarray]:
        if self._drawn is not None:
            return self._drawn
        if self._first is None:
            self._drawn = (np.empty(0), np.empty(0))
            return self._drawn
        lo, hi = self._lo[: self._n], self._hi[: self._n]
        # Each bucket's two points in the order they came.
        lo_first = lo[:, 0] <= hi[:, 0]
        a = np.where(lo_first[:, None], lo, hi)
        b = np.where(lo_first[:, None], hi, lo)
        points = np.concatenate([[self._first], np.stack([a, b], axis=1).reshape(-1, 2), [self._last]])
        # A one-value bucket (or a flat one) gives the same point twice, and the first and the
        # newest value are often a bucket's extremes already: x only grows, so drop repeats.
        keep = np.concatenate([[True], np.diff(points[:, 0]) > 0])
        points = points[keep]
        self._drawn = (points[:, 0].copy(), points[:, 1].copy())
        return self._drawn


class EpochTable:
    """A few figures per epoch, every epoch, in one growing numpy array (40 bytes an epoch for
    five figures: a million epochs fit in 40 MB), for what needs the exact, aligned series."""

    def __init__(self, columns: int) -> None:
        self._rows = np.empty((64, columns), np.float64)
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def append(self, row) -> None:
        if self._n == len(self._rows):
            self._rows = np.concatenate([self._rows, np.empty_like(self._rows)])
        self._rows[self._n] = row
        self._n += 1

    def column(self, i: int) -> np.ndarray:
        return self._rows[: self._n, i]


def _ema(values: np.ndarray, average: float, count: int, weight: float) -> tuple[np.ndarray, float, int]:
    """The debiased moving average of `values`, carried on from (average, count)."""
    out = np.empty(len(values))
    for i, v in enumerate(values):  # a few dozen per epoch; numpy has no running EMA
        average = weight * average + (1 - weight) * float(v)
        count += 1
        out[i] = average / (1 - weight ** count)
    return out, average, count


def ema(values: np.ndarray, weight: float = 0.8) -> np.ndarray:
    """TensorBoard's debiased exponential moving average of a whole series."""
    return _ema(np.asarray(values, np.float64).ravel(), 0.0, 0, weight)[0]


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
