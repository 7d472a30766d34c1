"""The loss plot's y range: it always holds the current run's curves, but moves only when
they leave it or fill under half of it; a zoom by hand is kept until the next run; the
earlier runs' unchanging curves are not painted again while the range holds."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QApplication

from nnstudio.nn.train import EpochResult
from nnstudio.ui.network.plots import TrainingPlots
from nnstudio.ui.network.steady_range import LEAD, MARGIN, SLACK, fitted


def result(epoch: int, loss: float, batches: int = 8) -> EpochResult:
    rng = np.random.default_rng(epoch)
    return EpochResult(epoch, loss, 0.5, loss * 1.1, 0.5, 0.01, 1000.0,
                       (loss * (1 + 0.2 * rng.random(batches))).astype(np.float32), "cpu")


@pytest.mark.parametrize("lo, hi, view", [(0.2, 0.9, (0.0, 1.0)), (0.0, 1.0, (0.0, 1.0)), (0.3, 0.8, (0.2, 1.2))])
def test_a_view_the_curves_fill_enough_of_holds(lo, hi, view):
    assert fitted(lo, hi, *view) is None


@pytest.mark.parametrize("lo, hi, view", [(-0.1, 0.9, (0.0, 1.0)), (0.2, 1.5, (0.0, 1.0)), (1.1, 1.3, (0.0, 1.0)),
                                          (0.1, 0.3, (0.0, 1.0)), (5.0, 5.0, (0.0, 1.0)), (-3.0, -2.0, (-2.5, 2.0))])
def test_a_view_that_cuts_the_curves_or_dwarfs_them_is_fitted_to_them(lo, hi, view):
    new_lo, new_hi = fitted(lo, hi, *view)
    assert new_lo <= lo and hi < new_hi  # every point inside
    assert new_lo < lo or new_lo == 0.0 <= lo  # with a margin, or from zero for curves never negative
    assert lo < 0 or new_lo >= 0
    if hi > lo:
        fill = (hi - lo) / (new_hi - new_lo)
        assert 1 / (1 + 2 * LEAD) <= fill <= 1 / (1 + 2 * MARGIN) + 1e-9
        assert fill >= SLACK


def test_nothing_to_fit_leaves_the_view():
    assert fitted(np.nan, np.nan, 0.0, 1.0) is None


def drawn_loss_bounds(plots: TrainingPlots) -> tuple[float, float]:
    values = np.concatenate([curve.getData()[1] for key, curve in plots.current.curves.items()
                             if key in ("batch", "train_loss", "test_loss") and curve.getData()[1] is not None])
    return float(values.min()), float(values.max())


def test_the_range_holds_every_point_of_the_run_and_moves_only_a_few_times(shown):
    plots = shown(TrainingPlots, 700, 600)
    plots.new_run("run", epochs=100)
    ranges = []
    for epoch in range(1, 101):
        plots.add(result(epoch, 2.3 * np.exp(-epoch / 15) + 0.02))
        plots.redraw()
        QApplication.processEvents()
        y_range = tuple(plots.loss.getViewBox().viewRange()[1])
        lo, hi = drawn_loss_bounds(plots)
        assert y_range[0] <= lo and hi <= y_range[1], (epoch, y_range, lo, hi)  # no point is cut off
        assert (hi - lo) >= SLACK * (y_range[1] - y_range[0]) * 0.999  # and the curves fill the view
        ranges.append(y_range)
    moves = sum(a != b for a, b in zip(ranges, ranges[1:]))
    assert moves <= 8  # pyqtgraph's auto-range fitted it again at every one of the 100 redraws


def test_a_zoom_by_hand_is_kept_until_the_next_run(shown):
    plots = shown(TrainingPlots, 700, 600)
    plots.new_run("run", epochs=20)
    plots.add(result(1, 2.0))
    plots.redraw()
    view = plots.loss.getViewBox()
    view.scaleBy(y=0.5)  # what the mouse wheel does, and says so:
    view.sigRangeChangedManually.emit(view.state["mouseEnabled"])
    zoomed = tuple(view.viewRange()[1])
    for epoch in range(2, 10):
        plots.add(result(epoch, 2.0 / epoch))
        plots.redraw()
    assert tuple(view.viewRange()[1]) == zoomed
    plots.new_run("next", epochs=20)
    plots.add(result(1, 10.0))
    plots.redraw()
    low, high = view.viewRange()[1]
    assert high > 10.0  # the new run's curves are in view again


def test_earlier_runs_are_not_painted_again_while_the_range_holds(shown, monkeypatch):
    plots = shown(TrainingPlots, 700, 600)
    for run in range(3):
        plots.new_run(f"run {run}", epochs=30)
        for epoch in range(1, 31):
            plots.add(result(epoch, 2.0 / epoch))
        plots.redraw()
    QApplication.processEvents()
    plots.new_run("current", epochs=30)
    earlier = {id(curve.curve) for run in plots.runs[:-1] for curve in run.curves.values()}
    painted = []
    paint = pg.PlotCurveItem.paint

    def counting(item, *args):
        painted.append(id(item))
        return paint(item, *args)

    monkeypatch.setattr(pg.PlotCurveItem, "paint", counting)
    for epoch in range(1, 31):
        plots.add(result(epoch, 1.5 / epoch + 0.1))
        plots.redraw()
        plots.loss_widget.viewport().repaint()
    current = [i for i in painted if i not in earlier]
    again = [i for i in painted if i in earlier]
    assert len(current) >= 30  # the current run's curves were painted at every redraw
    assert len(again) <= 3 * len(earlier)  # the earlier ones only when the range moved
