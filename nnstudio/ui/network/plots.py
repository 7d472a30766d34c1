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


class _Run:
    def __init__(self, loss: pg.PlotItem, acc: pg.PlotItem, label: str) -> None:
        self.label = label
        self.epochs: list[int] = []
        self.train_loss: list[float] = []
        self.test_loss: list[float] = []
        self.train_acc: list[float] = []
        self.test_acc: list[float] = []
        self.batch_x: list[np.ndarray] = []
        self.batch_y: list[np.ndarray] = []
        self.results: list = []  # every EpochResult of this run
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

    def redraw(self) -> None:
        x = np.array(self.epochs, np.float64)
        self.curves["train_loss"].setData(x, self.train_loss)
        self.curves["test_loss"].setData(x, self.test_loss)
        self.curves["train_acc"].setData(x, self.train_acc)
        self.curves["test_acc"].setData(x, self.test_acc)
        if self.batch_x:
            self.curves["batch"].setData(np.concatenate(self.batch_x), smooth(np.concatenate(self.batch_y)))

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

    def new_run(self, label: str) -> None:
        for run in self.runs:
            run.dim()
        while len(self.runs) >= KEEP_RUNS + 1:
            self.runs.pop(0).remove(self.loss, self.acc)
        self.runs.append(_Run(self.loss, self.acc, label))

    def add(self, result) -> None:
        if self.current is None:
            self.new_run("run")
        self.current.add(result)

    def redraw(self) -> None:
        if self.current is not None:
            self.current.redraw()

    def clear(self) -> None:
        for run in self.runs:
            run.remove(self.loss, self.acc)
        self.runs = []
