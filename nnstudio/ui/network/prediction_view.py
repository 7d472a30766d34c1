"""Predicted vs true: for a number to predict (regression), every test sample as a point at
(its true target, the network's prediction), with the line y = x where a prediction is exact
and R² in the caption. Works for any number of features: it never draws the inputs."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .plot_export import export_png, light_grid, plot_widget

#: Points drawn at most: a scatter of 25,000 test rows costs the window's thread too much, and
#: the cloud's shape is the same with an even sample of it. R² always uses every sample.
MAX_POINTS = 5000
POINT_COLOUR = (0, 114, 178, 150)  # the first class colour, a little transparent: clouds show density


def r_squared(true: np.ndarray, predicted: np.ndarray) -> float:
    """1 − Σ(y − ŷ)² / Σ(y − ȳ)²: the share of the targets' spread the predictions explain
    (NaN when the targets do not vary)."""
    true = np.asarray(true, np.float64)
    predicted = np.asarray(predicted, np.float64)
    spread = float(np.sum((true - true.mean()) ** 2)) if len(true) else 0.0
    if spread == 0.0:
        return float("nan")
    return 1.0 - float(np.sum((true - predicted) ** 2)) / spread


class PredictionView(QWidget):
    """show_predictions(true, predicted) draws them; clear(sentence) says why there is nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(objectName="prediction_caption")
        self.caption.setWordWrap(True)
        self.plot = plot_widget(self)
        light_grid(self.plot.getPlotItem())
        self.plot.setMouseEnabled(False, False)
        self.plot.setLabel("bottom", self.tr("true value"))
        self.plot.setLabel("left", self.tr("predicted value"))
        self.diagonal = pg.PlotDataItem(pen=pg.mkPen("#616161", width=1.5, style=pg.QtCore.Qt.PenStyle.DashLine))
        self.points = pg.ScatterPlotItem(size=5, pen=None, brush=pg.mkBrush(*POINT_COLOUR))
        self.plot.addItem(self.diagonal)
        self.plot.addItem(self.points)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.plot, 1)
        self.r2: float | None = None  # of the predictions shown
        self.clear(self.tr("Predicted vs true is for a number to predict (regression): choose reg-plane, "
                           "reg-gauss or a table with a numeric target."))

    def show_predictions(self, true: np.ndarray, predicted: np.ndarray, epoch: int) -> None:
        true = np.asarray(true, np.float64)
        predicted = np.asarray(predicted, np.float64)
        finite = np.isfinite(predicted)
        if len(true) == 0 or len(true) != len(predicted) or not finite.all():
            self.clear(self.tr("No predictions to draw: the network's answers are not finite numbers."))
            return
        self.r2 = r_squared(true, predicted)
        step = max(1, -(-len(true) // MAX_POINTS))
        self.points.setData(true[::step], predicted[::step])
        low = float(min(true.min(), predicted.min()))
        high = float(max(true.max(), predicted.max()))
        if high <= low:
            high = low + 1.0
        self.diagonal.setData([low, high], [low, high])
        self.plot.setRange(xRange=(low, high), yRange=(low, high), padding=0.05)
        what = self.tr("untrained network") if epoch == 0 else self.tr("epoch {epoch}").format(epoch=epoch)
        self.caption.setText(self.tr(
            "{what}: R² {r2} on {n} test samples. On the dashed line y = x the prediction is exact; "
            "the further a point lies from it, the larger its error.").format(
            what=what, r2="–" if not np.isfinite(self.r2) else f"{self.r2:.4f}", n=f"{len(true):,}"))

    def clear(self, sentence: str) -> None:
        self.r2 = None
        self.points.setData([], [])
        self.diagonal.setData([], [])
        self.caption.setText(sentence)

    def export_png(self, path: str | Path) -> Path:
        return export_png(self.plot.getPlotItem(), path)
