"""Per-layer gradient norms per epoch on a log scale: vanishing gradients made visible.

Earlier runs stay on the plot, dashed and faint, so a deep sigmoid network can be compared
with the same network using ReLU.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from .plot_export import export_png, plot_widget

if TYPE_CHECKING:  # torch types: the window must not import torch at start-up
    from ...nn.gradients import GradientNorms


def layer_colour(position: float) -> pg.QtGui.QColor:
    """First layers dark blue, last layers yellow-green: the layer order reads off the colour."""
    return pg.colormap.get("viridis").map(0.9 * position, mode="qcolor")


class GradientPlot(QWidget):
    """add_epoch(epoch, norms) appends one point per layer; start_run() keeps the current
    curves for comparison; clear() empties the plot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = plot_widget(self)
        self.plot.setLogMode(y=True)
        self.plot.showGrid(x=True, y=True, alpha=0.3)
        self.plot.setLabel("bottom", "epoch")
        self.plot.setLabel("left", "gradient norm (log scale)")
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.run_name = ""
        self.earlier_runs: list[str] = []
        self.history: dict[str, list[tuple[float, float]]] = {}  # layer -> [(epoch, norm)]
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.labels: dict[str, pg.TextItem] = {}
        self._earlier_curves: list[pg.PlotDataItem] = []
        self._update_title()

    def clear(self) -> None:
        self._drop_current()
        for curve in self._earlier_curves:
            self.plot.removeItem(curve)
        self._earlier_curves, self.earlier_runs = [], []
        self._update_title()

    def start_run(self, name: str) -> None:
        """Begin a new run called `name`; the curves so far stay, dashed and faint."""
        for layer, curve in self.curves.items():
            colour = layer_colour(self._position(layer))
            colour.setAlpha(120)
            curve.setPen(pg.mkPen(colour, width=1.5, style=Qt.PenStyle.DashLine))
            curve.setSymbol(None)
            self._earlier_curves.append(curve)
        if self.curves:
            self.earlier_runs.append(self.run_name)
        for label in self.labels.values():
            self.plot.removeItem(label)
        self.curves, self.labels, self.history = {}, {}, {}
        self.run_name = name
        self._update_title()

    def add_epoch(self, epoch: float, norms: GradientNorms) -> None:
        if self.curves and list(norms.names) != list(self.curves):
            self._drop_current()  # another network: its layers are other curves
        self._order = list(norms.names)
        for name, value in zip(norms.names, norms.norms):
            if name not in self.curves:
                colour = layer_colour(self._position(name))
                self.curves[name] = self.plot.plot(pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=5, symbolBrush=colour, symbolPen=None)
                self.labels[name] = pg.TextItem(name, color=colour, anchor=(0, 0.5))
                self.plot.addItem(self.labels[name])
                self.history[name] = []
            if value > 0:  # a log scale has no room for 0 (a layer that got no gradient)
                self.history[name].append((float(epoch), float(value)))
            points = np.asarray(self.history[name], dtype=np.float64).reshape(-1, 2)
            self.curves[name].setData(points[:, 0], points[:, 1])
            if len(points):
                # The label sits at the curve's end; in log mode the view's y is log10.
                self.labels[name].setPos(points[-1, 0], np.log10(points[-1, 1]))
        self._last_epoch = max(getattr(self, "_last_epoch", 1.0), float(epoch))
        # Room on the right for the labels, which autorange does not count.
        self.plot.setXRange(0, self._last_epoch * 1.3 + 0.5, padding=0)

    def _position(self, layer: str) -> float:
        order = getattr(self, "_order", [layer])
        return order.index(layer) / max(len(order) - 1, 1) if layer in order else 0.0

    def _drop_current(self) -> None:
        self._last_epoch = 1.0
        for item in [*self.curves.values(), *self.labels.values()]:
            self.plot.removeItem(item)
        self.curves, self.labels, self.history = {}, {}, {}

    def _update_title(self) -> None:
        title = self.run_name or "How much each layer learns"
        if self.earlier_runs:
            title += f" (dashed: {', '.join(self.earlier_runs)})"
        self.plot.setTitle(title, color="#333333", size="10pt")

    def export_png(self, path: str | Path) -> Path:
        return export_png(self.plot.getPlotItem(), path)
