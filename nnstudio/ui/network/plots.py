"""Live loss and accuracy curves; earlier runs stay behind, dimmed, for comparison."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

TRAIN, TEST, BATCH = "#1565c0", "#e65100", "#90caf9"
KEEP_RUNS = 4  # earlier runs kept on the plot


def smooth(values: np.ndarray, weight: float = 0.8) -> np.ndarray:
    """TensorBoard-style exponential moving average, debiased at the start."""
    out = np.empty(len(values))
    acc = 0.0
    for i, v in enumerate(values):
        acc = weight * acc + (1 - weight) * float(v)
        out[i] = acc / (1 - weight ** (i + 1))
    return out


def _ema(values: np.ndarray, acc: float, count: int, weight: float = 0.8) -> tuple[np.ndarray, tuple[float, int]]:
    """smooth() continued from a previous (accumulator, count): the same numbers as
    smoothing the whole series at once."""
    out = np.empty(len(values))
    for i, v in enumerate(values):
        acc = weight * acc + (1 - weight) * float(v)
        count += 1
        out[i] = acc / (1 - weight ** count)
    return out, (acc, count)


class _Run:
    def __init__(self, loss: pg.PlotItem, acc: pg.PlotItem, label: str, run_id: int | None = None) -> None:
        self.label = label
        self.run_id = run_id  # the training run these curves belong to
        self.epochs: list[int] = []
        self.train_loss: list[float] = []
        self.test_loss: list[float] = []
        self.train_acc: list[float] = []
        self.test_acc: list[float] = []
        self.batch_x: list[np.ndarray] = []
        self.batch_y: list[np.ndarray] = []
        self.results: list = []  # every EpochResult of this run
        # The smoothed per-batch curve grows by appending: the moving average carries on
        # from where it stopped (re-smoothing every point on each redraw grows with the run).
        self._smooth_x: list[np.ndarray] = []
        self._smooth_y: list[np.ndarray] = []
        self._ema = (0.0, 0)  # accumulator and count after the last finished epoch
        self._live: tuple[np.ndarray, np.ndarray] | None = None  # the running epoch's batches so far
        self.curves = {
            "batch": loss.plot(pen=pg.mkPen(BATCH, width=1)),
            "train_loss": loss.plot(pen=pg.mkPen(TRAIN, width=2), name=f"train ({label})"),
            "test_loss": loss.plot(pen=pg.mkPen(TEST, width=2), name=f"test ({label})"),
            "train_acc": acc.plot(pen=pg.mkPen(TRAIN, width=2)),
            "test_acc": acc.plot(pen=pg.mkPen(TEST, width=2)),
        }

    def add(self, result) -> None:
        self.results.append(result)
        self.epochs.append(result.epoch)
        self.train_loss.append(result.train_loss)
        self.test_loss.append(result.test_loss)
        self.train_acc.append(result.train_acc * 100)
        self.test_acc.append(result.test_acc * 100)
        n = len(result.batch_losses)
        self.batch_x.append(result.epoch - 1 + (np.arange(n) + 1) / max(n, 1))
        self.batch_y.append(np.asarray(result.batch_losses, np.float64))
        smoothed, self._ema = _ema(self.batch_y[-1], *self._ema)
        self._smooth_x.append(self.batch_x[-1])
        self._smooth_y.append(smoothed)
        self._live = None

    def add_batches(self, epoch: int, first: int, batches: int, losses: np.ndarray) -> None:
        """Per-batch losses of the epoch still running (its EpochResult replaces them)."""
        x = epoch - 1 + (first + np.arange(len(losses)) + 1) / max(batches, 1)
        y = np.asarray(losses, np.float64)
        if self._live is not None and first > 0:
            x, y = np.concatenate([self._live[0], x]), np.concatenate([self._live[1], y])
        self._live = (x, y)

    def redraw(self) -> None:
        x = np.array(self.epochs, np.float64)
        self.curves["train_loss"].setData(x, self.train_loss)
        self.curves["test_loss"].setData(x, self.test_loss)
        self.curves["train_acc"].setData(x, self.train_acc)
        self.curves["test_acc"].setData(x, self.test_acc)
        xs, ys = list(self._smooth_x), list(self._smooth_y)
        if self._live is not None:
            xs.append(self._live[0])
            ys.append(_ema(self._live[1], *self._ema)[0])
        if xs:
            self.curves["batch"].setData(np.concatenate(xs), np.concatenate(ys))

    def dim(self) -> None:
        for key, curve in self.curves.items():
            colour = pg.mkColor(TEST if "test" in key else TRAIN)
            colour.setAlpha(60)
            curve.setPen(pg.mkPen(colour, width=1, style=pg.QtCore.Qt.PenStyle.DashLine))

    def remove(self, loss: pg.PlotItem, acc: pg.PlotItem) -> None:
        for key, curve in self.curves.items():
            (acc if key.endswith("acc") else loss).removeItem(curve)


class TrainingPlots(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.loss_widget = pg.PlotWidget(objectName="loss_plot")
        self.acc_widget = pg.PlotWidget(objectName="accuracy_plot")
        self.loss, self.acc = self.loss_widget.getPlotItem(), self.acc_widget.getPlotItem()
        self.loss.setTitle("Loss (blue train, orange test, light: per batch, smoothed)")
        self.acc.setTitle("Accuracy %")
        for plot in (self.loss, self.acc):
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.setLabel("bottom", "epoch")
        self.acc.setYRange(0, 100)
        for widget in (self.loss_widget, self.acc_widget):
            widget.setBackground("w")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.loss_widget)
        layout.addWidget(self.acc_widget)
        self.runs: list[_Run] = []

    @property
    def current(self) -> _Run | None:
        return self.runs[-1] if self.runs else None

    def new_run(self, label: str, run_id: int | None = None) -> None:
        for run in self.runs:
            run.dim()
        while len(self.runs) >= KEEP_RUNS + 1:
            self.runs.pop(0).remove(self.loss, self.acc)
        self.runs.append(_Run(self.loss, self.acc, label, run_id))

    def put_aside(self) -> None:
        """The current run's network is no longer the one designed: dim its curves too."""
        for run in self.runs:
            run.dim()

    def _accepts(self, run_id: int | None) -> bool:
        return self.current is not None and (run_id is None or self.current.run_id == run_id)

    def add(self, result, run_id: int | None = None) -> None:
        """An epoch's figures; dropped unless they belong to the current run."""
        if self.current is None and run_id is None:
            self.new_run("run")
        if self._accepts(run_id):
            self.current.add(result)

    def add_batches(self, run_id: int, epoch: int, first: int, batches: int, losses: np.ndarray) -> None:
        if self._accepts(run_id):
            self.current.add_batches(epoch, first, batches, losses)

    def redraw(self) -> None:
        if self.current is not None:
            self.current.redraw()

    def clear(self) -> None:
        for run in self.runs:
            run.remove(self.loss, self.acc)
        self.runs = []
