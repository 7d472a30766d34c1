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
from PySide6.QtWidgets import QGraphicsItem, QVBoxLayout, QWidget

from .curve_history import CurveHistory, EpochTable, SmoothedHistory, ema
from .overfit_marker import OverfitMarker
from .plot_export import light_grid, segment_lines
from .run_legend import KEEP_RUNS, add_legend, earlier_pen, run_label, runs_bar
from .steady_range import SteadyYRange

TRAIN, TEST, BATCH = "#1565c0", "#e65100", "#90caf9"
RESULTS_KEPT = 1000  # the newest EpochResults of a run (figures such as samples/s)
CURVE_KEYS = ("batch", "train_loss", "test_loss", "train_acc", "test_acc")


def smooth(values: np.ndarray, weight: float = 0.8) -> np.ndarray:
    """TensorBoard-style exponential moving average, debiased at the start."""
    return ema(values, weight)


def _curve(plot: pg.PlotItem, pen, name: str | None = None, antialias: bool = True) -> pg.PlotDataItem:
    curve = segment_lines(pg.PlotDataItem(pen=pen, name=name, antialias=antialias))
    plot.addItem(curve)  # takes the plot's downsampling and clip-to-view
    return curve


class _Run:
    def __init__(self, loss: pg.PlotItem, acc: pg.PlotItem, label: str, run_id=None, task: str = "classify") -> None:
        self.label = label
        self.run_id = run_id
        self.task = task  # "regress": the lower plot holds R², not accuracy in %
        self.loss_plot, self.acc_plot = loss, acc
        self.histories = {key: CurveHistory() for key in CURVE_KEYS[1:]}
        self.histories["batch"] = SmoothedHistory()
        self.results: deque = deque(maxlen=RESULTS_KEPT)
        self.figures = EpochTable(5)
        self.age = 0  # 0: the current run; n: n runs before it (or put aside)
        self._dirty: set[str] = set()  # curves whose points changed since the last redraw
        self._live: tuple[np.ndarray, np.ndarray] | None = None  # the running epoch's batches so far
        self.curves = {
            # Thin, light and jagged: antialiasing it would cost more than it shows.
            "batch": _curve(loss, pg.mkPen(BATCH, width=1), antialias=False),
            "train_loss": _curve(loss, pg.mkPen(TRAIN, width=2), label),
            "test_loss": _curve(loss, pg.mkPen(TEST, width=2)),
            "train_acc": _curve(acc, pg.mkPen(TRAIN, width=2)),
            "test_acc": _curve(acc, pg.mkPen(TEST, width=2)),
        }

    # What was measured, every epoch, aligned (the overfitting note reads the train and test
    # loss of one epoch together; the drawn histories keep each curve's own extremes instead).
    epochs = property(lambda self: self.figures.column(0))
    train_loss = property(lambda self: self.figures.column(1))
    test_loss = property(lambda self: self.figures.column(2))
    train_acc = property(lambda self: self.figures.column(3))
    test_acc = property(lambda self: self.figures.column(4))

    def add(self, result) -> None:
        self.results.append(result)
        scale = 1 if self.task == "regress" else 100  # R² as it is, accuracy in %
        self.figures.append((result.epoch, result.train_loss, result.test_loss, result.train_acc * scale,
                             result.test_acc * scale))
        h, e = self.histories, float(result.epoch)
        h["train_loss"].append(e, result.train_loss)
        h["test_loss"].append(e, result.test_loss)
        h["train_acc"].append(e, result.train_acc * scale)
        h["test_acc"].append(e, result.test_acc * scale)
        n = len(result.batch_losses)
        # The epoch's own losses replace what was streamed while it ran.
        self.histories["batch"].extend(result.epoch - 1 + (np.arange(n) + 1) / max(n, 1), result.batch_losses)
        self._live = None
        self._dirty.update(self.curves)

    def add_batches(self, epoch: int, first: int, batches: int, losses: np.ndarray) -> None:
        """Per-batch losses of the epoch still running (its EpochResult replaces them)."""
        x = epoch - 1 + (first + np.arange(len(losses)) + 1) / max(batches, 1)
        y = np.asarray(losses, np.float64)
        if self._live is not None and first > 0:
            x, y = np.concatenate([self._live[0], x]), np.concatenate([self._live[1], y])
        self._live = (x, y)
        self._dirty.add("batch")  # the accuracy plot, unchanged, is not repainted

    def loss_bounds(self) -> tuple[float, float]:
        """(lowest, highest) of the loss curves as drawn (nan: none yet)."""
        parts = [self.histories[key].y for key in ("batch", "train_loss", "test_loss")]
        if self._live is not None:
            parts.append(self._live[1])
        values = np.concatenate(parts)
        values = values[np.isfinite(values)]
        return (float(values.min()), float(values.max())) if len(values) else (np.nan, np.nan)

    def redraw(self) -> None:
        dirty, self._dirty = self._dirty, set()
        for key in dirty:
            curve = self.curves[key]
            history = self.histories[key]
            if key == "batch" and self._live is not None:
                x = np.concatenate([history.x, self._live[0]])
                curve.setData(x, np.concatenate([history.y, history.continued(self._live[1])]))
            else:
                curve.setData(history.x, history.y)

    def set_age(self, age: int) -> None:
        """`age` runs older (or put aside): dashed, fainter, and no longer counted by the axes'
        auto-range."""
        if age == self.age or age < 1:
            return
        first, self.age = self.age == 0, age
        for key, curve in list(self.curves.items()):
            colour = TEST if "test" in key else BATCH if key == "batch" else TRAIN
            pen = earlier_pen(colour, self.age, width=1.5 if key != "batch" else 1)
            if not first:
                curve.setPen(pen)
                continue
            # Bounds are chosen when an item is added, so the curve is replaced by one that
            # ignores them (re-adding the same item trips pyqtgraph's clip-to-view).
            plot = self.acc_plot if key.endswith("acc") else self.loss_plot
            dimmed = pg.PlotDataItem(pen=pen, name=self.label if key == "train_loss" else None)
            plot.addItem(dimmed, ignoreBounds=True)
            dimmed.setData(self.histories[key].x, self.histories[key].y)
            # Its points never change again: Qt keeps its picture and paints that while the
            # view's range holds (dashed, translucent curves of four earlier runs were most
            # of a live redraw's cost).
            dimmed.curve.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
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
        for plot in (self.loss, self.acc):
            light_grid(plot)
            plot.setLabel("bottom", self.tr("epoch"))
            # Drawing cost bounded by the plot's width, whatever the run's length.
            plot.setDownsampling(auto=True, mode="peak")
            plot.setClipToView(True)
        self._show_task("classify")
        self.loss_range = SteadyYRange(self.loss)
        self.legend = add_legend(self.loss)
        for widget in (self.loss_widget, self.acc_widget):
            widget.setBackground("w")
        bar, self.clear_button = runs_bar(self, self.clear_earlier)
        self.overfit = OverfitMarker(self.loss, self.acc, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.overfit.label)
        layout.addWidget(self.loss_widget)
        layout.addWidget(self.acc_widget)
        self.runs: list[_Run] = []

    def _show_task(self, task: str) -> None:
        """The lower plot's title and range: accuracy 0–100 %, or R² up to 1 (a perfect fit;
        an untrained network is far below 0, which the range leaves out)."""
        if task == "regress":
            self.acc.setTitle(self.tr("R² (1 is a perfect fit, 0 no better than the mean)"), size="10pt")
            self.acc.setYRange(-1, 1.05, padding=0)
        else:
            self.acc.setTitle(self.tr("Accuracy %"), size="10pt")
            self.acc.setYRange(0, 100)

    @property
    def current(self) -> _Run | None:
        return self.runs[-1] if self.runs else None

    def new_run(self, name: str, run_id: int | None = None, settings: str = "", task: str = "classify",
                epochs: int | None = None) -> None:
        """A new current run: `name` is its legend entry (with `settings` added, e.g. the text
        of run_legend.run_settings(config)); the runs so far are dimmed, the oldest dropped.
        `task` "regress" shows R² in the lower plot; runs of the other kind are cleared first
        (accuracy in % and R² cannot share an axis). `epochs`, the run's planned length, is
        the x axis from the start: the curves grow into a frame that stays, so the x axes are
        not fitted and drawn again at every redraw while it trains (each axis costs its ticks
        and labels again whenever its range moves; without `epochs` the axis fits the data)."""
        if self.runs and self.runs[-1].task != task:
            self.clear()
        self._show_task(task)
        while len(self.runs) > KEEP_RUNS:
            self.runs.pop(0).remove()
        for age, run in enumerate(reversed(self.runs), start=1):
            run.set_age(age)
        self.runs.append(_Run(self.loss, self.acc, run_label(name, settings), run_id, task))
        for plot in (self.loss, self.acc):
            if epochs:
                plot.disableAutoRange(axis=pg.ViewBox.XAxis)
                plot.setXRange(0, epochs, padding=0.02)
            else:
                plot.enableAutoRange(x=True)
        self.loss_range.reset()
        self.clear_button.setEnabled(len(self.runs) > 1)
        self.overfit.update(self.current)
        self._fit_now()

    def put_aside(self) -> None:
        """The current run's network is no longer the one designed: dim its curves too."""
        if self.current is not None and self.current.age == 0:
            self.current.set_age(1)
        self.overfit.update(self.current)

    def _accepts(self, run_id: int | None) -> bool:
        return self.current is not None and (run_id is None or self.current.run_id is None
                                             or self.current.run_id == run_id)

    def add(self, result, run_id: int | None = None) -> None:
        """An epoch's figures; dropped unless they belong to the current run (`run_id`, or the
        result's own run_id where it has one)."""
        run_id = run_id if run_id is not None else getattr(result, "run_id", None)
        if self.current is None and run_id is None:
            self.new_run(self.tr("run"))
        if self._accepts(run_id):
            self.current.add(result)

    def add_batches(self, run_id: int, epoch: int, first: int, batches: int, losses: np.ndarray) -> None:
        """Losses of the batches of the epoch now running (streamed while it runs)."""
        if self._accepts(run_id):
            self.current.add_batches(epoch, first, batches, losses)

    def redraw(self) -> None:
        if self.current is not None:
            self.current.redraw()
            if self.current.age == 0:
                self.loss_range.follow(*self.current.loss_bounds())
            self._fit_now()
        self.overfit.update(self.current)

    def _fit_now(self) -> None:
        """pyqtgraph fits an auto-ranged view to changed curves when it next paints; the range
        change then asks for a second paint of the plot. Fitted now, one paint shows it (half
        the drawing on the window's thread while training)."""
        for plot in (self.loss, self.acc):
            plot.getViewBox().prepareForPaint()

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
        self.overfit.update(None)
