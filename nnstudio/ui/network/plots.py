"""Live loss and accuracy curves; earlier runs stay behind, dimmed and named, for comparison.

Each run has a legend entry (its name and key settings); the axes fit the current run (earlier
runs are drawn but do not widen the view); "Clear runs" removes the earlier ones. Points are
kept in bounded histories and drawn with pyqtgraph's downsampling and clip-to-view, so a redraw
costs the same after 5,000 epochs as after 5.
"""

from __future__ import annotations

from collections import deque

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from .curve_history import CurveHistory, SmoothedHistory
from .plot_export import light_grid
from .run_legend import KEEP_RUNS, add_legend, earlier_pen, run_label, runs_bar

TRAIN, TEST, BATCH = "#1565c0", "#e65100", "#90caf9"
RESULTS_KEPT = 1000  # the newest EpochResults of a run (figures such as samples/s)
CURVE_KEYS = ("batch", "train_loss", "test_loss", "train_acc", "test_acc")


def smooth(values: np.ndarray, weight: float = 0.8) -> np.ndarray:
    """TensorBoard-style exponential moving average, debiased at the start."""
    history = SmoothedHistory(weight, cap=max(len(values), 4))
    history.extend(np.arange(len(values)), values)
    return history.y.copy()


def _curve(plot: pg.PlotItem, pen, name: str | None = None, antialias: bool = True) -> pg.PlotDataItem:
    curve = pg.PlotDataItem(pen=pen, name=name, antialias=antialias)
    plot.addItem(curve)  # takes the plot's downsampling and clip-to-view
    return curve


def _same_run(current, incoming) -> bool:
    return current is None or incoming is None or current == incoming


class _Run:
    def __init__(self, loss: pg.PlotItem, acc: pg.PlotItem, label: str, run_id=None) -> None:
        self.label = label
        self.run_id = run_id
        self.loss_plot, self.acc_plot = loss, acc
        self.histories = {key: CurveHistory() for key in CURVE_KEYS[1:]}
        self.histories["batch"] = SmoothedHistory()
        self.results: deque = deque(maxlen=RESULTS_KEPT)
        self.age = 0  # 0: the current run; n: n runs before it
        self._dirty = False
        self.curves = {
            # Thin, light and jagged: antialiasing it would cost more than it shows.
            "batch": _curve(loss, pg.mkPen(BATCH, width=1), antialias=False),
            "train_loss": _curve(loss, pg.mkPen(TRAIN, width=2), label),
            "test_loss": _curve(loss, pg.mkPen(TEST, width=2)),
            "train_acc": _curve(acc, pg.mkPen(TRAIN, width=2)),
            "test_acc": _curve(acc, pg.mkPen(TEST, width=2)),
        }

    # What was measured (arrays, merged pairwise past CurveHistory's cap).
    epochs = property(lambda self: self.histories["train_loss"].x)
    train_loss = property(lambda self: self.histories["train_loss"].y)
    test_loss = property(lambda self: self.histories["test_loss"].y)
    train_acc = property(lambda self: self.histories["train_acc"].y)
    test_acc = property(lambda self: self.histories["test_acc"].y)

    def add(self, result) -> None:
        self.results.append(result)
        h, e = self.histories, float(result.epoch)
        h["train_loss"].append(e, result.train_loss)
        h["test_loss"].append(e, result.test_loss)
        h["train_acc"].append(e, result.train_acc * 100)
        h["test_acc"].append(e, result.test_acc * 100)
        n = len(result.batch_losses)
        self.add_batches(result.epoch - 1 + (np.arange(n) + 1) / max(n, 1), result.batch_losses)

    def add_batches(self, x: np.ndarray, losses: np.ndarray) -> None:
        """Per-batch losses at fractional epochs (they are smoothed as they arrive)."""
        self.histories["batch"].extend(x, losses)
        self._dirty = True

    def redraw(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        for key, curve in self.curves.items():
            history = self.histories[key]
            curve.setData(history.x, history.y)

    def dim(self) -> None:
        """One run older: dashed, fainter, and no longer counted by the axes' auto-range."""
        self.age += 1
        for key, curve in list(self.curves.items()):
            colour = TEST if "test" in key else BATCH if key == "batch" else TRAIN
            pen = earlier_pen(colour, self.age, width=1.5 if key != "batch" else 1)
            if self.age > 1:
                curve.setPen(pen)
                continue
            # Bounds are chosen when an item is added, so the curve is replaced by one that
            # ignores them (re-adding the same item trips pyqtgraph's clip-to-view).
            plot = self.acc_plot if key.endswith("acc") else self.loss_plot
            dimmed = pg.PlotDataItem(pen=pen, name=self.label if key == "train_loss" else None)
            plot.addItem(dimmed, ignoreBounds=True)
            dimmed.setData(self.histories[key].x, self.histories[key].y)
            plot.removeItem(curve)
            self.curves[key] = dimmed

    def remove(self) -> None:
        for key, curve in self.curves.items():
            (self.acc_plot if key.endswith("acc") else self.loss_plot).removeItem(curve)


class TrainingPlots(QWidget):
    """new_run(name, settings) starts a curve set; add(result) feeds it; redraw() draws what
    came since the last redraw; clear_earlier() is the "Clear runs" button; clear() empties."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.loss_widget = pg.PlotWidget(objectName="loss_plot")
        self.acc_widget = pg.PlotWidget(objectName="accuracy_plot")
        self.loss, self.acc = self.loss_widget.getPlotItem(), self.acc_widget.getPlotItem()
        self.loss.setTitle(self.tr(
            "Loss: <span style='color:{train}'>train</span>, <span style='color:{test}'>test</span>, "
            "<span style='color:{batch}'>per batch</span>").format(train=TRAIN, test=TEST, batch="#64a0dc"),
            size="10pt")
        self.acc.setTitle(self.tr("Accuracy %"), size="10pt")
        for plot in (self.loss, self.acc):
            light_grid(plot)
            plot.setLabel("bottom", self.tr("epoch"))
            # Drawing cost bounded by the plot's width, whatever the run's length.
            plot.setDownsampling(auto=True, mode="peak")
            plot.setClipToView(True)
        self.acc.setYRange(0, 100)
        self.legend = add_legend(self.loss)
        for widget in (self.loss_widget, self.acc_widget):
            widget.setBackground("w")
        bar, self.clear_button = runs_bar(self, self.clear_earlier)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.loss_widget)
        layout.addWidget(self.acc_widget)
        self.runs: list[_Run] = []

    @property
    def current(self) -> _Run | None:
        return self.runs[-1] if self.runs else None

    def new_run(self, name: str, settings: str = "", run_id=None) -> None:
        """A new current run named `name` (its legend entry adds `settings`, e.g. the text of
        run_legend.run_settings(config)); the runs so far are dimmed, the oldest dropped."""
        for run in self.runs:
            run.dim()
        while len(self.runs) > KEEP_RUNS:
            self.runs.pop(0).remove()
        self.runs.append(_Run(self.loss, self.acc, run_label(name, settings), run_id))
        for plot in (self.loss, self.acc):
            plot.enableAutoRange(x=True)
        self.loss.enableAutoRange(y=True)
        self.clear_button.setEnabled(len(self.runs) > 1)

    def add(self, result) -> None:
        """Append an epoch's result to the current run; a result that names another run (its
        `run_id`, where it has one) is dropped: it belongs to a network no longer shown."""
        if self.current is None:
            self.new_run(self.tr("run"), run_id=getattr(result, "run_id", None))
        if not _same_run(self.current.run_id, getattr(result, "run_id", None)):
            return
        self.current.add(result)

    def redraw(self) -> None:
        if self.current is not None:
            self.current.redraw()

    def clear_earlier(self) -> None:
        """Every run but the current one leaves the plot."""
        for run in self.runs[:-1]:
            run.remove()
        self.runs = self.runs[-1:]
        self.clear_button.setEnabled(False)

    def clear(self) -> None:
        for run in self.runs:
            run.remove()
        self.runs = []
        self.clear_button.setEnabled(False)
