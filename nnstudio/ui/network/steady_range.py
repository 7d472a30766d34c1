"""A live plot's y range that moves only when the curves need it to.

pyqtgraph's auto-range fits the view to the data at every change: while a network trains,
its loss falls a little at every redraw, so the y axis was fitted, its ticks and labels
made again and the whole plot painted at every redraw (with four earlier runs on the plot,
a redraw cost 7-8 ms; with the range held, about 4 ms, and the earlier runs' cached
pictures could be reused: under 2 ms). Here the range holds while the curves stay inside it
and fill at least SLACK of its height; otherwise it is fitted to them with a margin.
"""

from __future__ import annotations

import math

import pyqtgraph as pg

#: The least share of the view's height the curves may fill before the view is fitted again.
SLACK = 0.5
MARGIN = 0.05  # of the curves' span, above and below, when the view is fitted
#: ... and on a side the curves left the view by: room for where they are going (a falling
#: loss would otherwise leave a view fitted with a small margin at almost every epoch).
LEAD = 0.25


def fitted(lo: float, hi: float, view_lo: float, view_hi: float) -> tuple[float, float] | None:
    """The new (low, high) for curves spanning lo..hi in a view of view_lo..view_hi, or None
    while the view still suits them. Curves that are nowhere negative (losses) get no
    negative part of the axis."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or lo > hi:
        return None
    inside = view_lo <= lo and hi <= view_hi
    if inside and hi - lo >= SLACK * (view_hi - view_lo):
        return None
    span = hi - lo or max(abs(hi), 1e-3)  # a flat curve still gets a view around it
    new_lo = lo - (LEAD if lo < view_lo else MARGIN) * span
    new_hi = hi + (LEAD if hi > view_hi else MARGIN) * span
    return (max(new_lo, 0.0) if lo >= 0 else new_lo), new_hi


class SteadyYRange:
    """Holds `plot`'s y range while the current curves suit it (see the module docstring).

    A zoom or pan by hand is the user's: the range is left alone until reset() (a new run).
    pyqtgraph's own auto-range button still works: while it is on, pyqtgraph fits."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.view = plot.getViewBox()
        self.view.disableAutoRange(axis=pg.ViewBox.YAxis)
        self._by_hand = False
        self.view.sigRangeChangedManually.connect(self._moved_by_hand)

    def _moved_by_hand(self, *_) -> None:
        self._by_hand = True

    def reset(self) -> None:
        """A new run: the range follows its curves again."""
        self._by_hand = False
        self.view.disableAutoRange(axis=pg.ViewBox.YAxis)

    def follow(self, lo: float, hi: float) -> None:
        """The current curves span lo..hi: fit the view to them if it no longer suits them."""
        if self._by_hand or self.view.autoRangeEnabled()[1]:
            return
        view_lo, view_hi = self.view.viewRange()[1]
        new = fitted(lo, hi, view_lo, view_hi)
        if new is not None:
            self.view.setYRange(*new, padding=0)
