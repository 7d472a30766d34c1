"""Per-layer gradient norms per epoch on a log scale: vanishing gradients made visible."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...nn.gradients import GradientNorms
from .plot_export import export_png, plot_widget


def layer_pen(position: float) -> pg.QtGui.QPen:
    """First layers dark blue, last layers yellow: the order of the layers reads off the colour."""
    return pg.mkPen(pg.colormap.get("viridis").map(0.9 * position, mode="qcolor"), width=2)


class GradientPlot(QWidget):
    """add_epoch(epoch, norms) appends one point per layer; clear() starts a new run."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = plot_widget(self)
        self.plot.setLogMode(y=True)
        self.plot.showGrid(x=True, y=True, alpha=0.3)
        self.plot.setLabel("bottom", "epoch")
        self.plot.setLabel("left", "gradient norm (log scale)")
        self.plot.setTitle("How much each layer learns")
        self.legend = self.plot.addLegend(offset=(-10, 10), labelTextColor="k")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.history: dict[str, list[tuple[float, float]]] = {}  # layer -> [(epoch, norm)]
        self.curves: dict[str, pg.PlotDataItem] = {}

    def clear(self) -> None:
        self.history.clear()
        for curve in self.curves.values():
            self.plot.removeItem(curve)
        self.curves.clear()
        self.legend.clear()

    def add_epoch(self, epoch: float, norms: GradientNorms) -> None:
        if list(norms.names) != list(self.curves) and self.curves:
            self.clear()  # another network: its layers are other curves
        for i, (name, value) in enumerate(zip(norms.names, norms.norms)):
            if name not in self.curves:
                pen = layer_pen(i / max(len(norms.names) - 1, 1))
                self.curves[name] = self.plot.plot(name=name, pen=pen, symbol="o", symbolSize=5, symbolBrush=pen.color(), symbolPen=None)
                self.history[name] = []
            if value > 0:  # a log scale has no room for 0 (a layer that got no gradient)
                self.history[name].append((float(epoch), float(value)))
            points = np.asarray(self.history[name], dtype=np.float64).reshape(-1, 2)
            self.curves[name].setData(points[:, 0], points[:, 1])

    def export_png(self, path: str | Path) -> Path:
        return export_png(self.plot.getPlotItem(), path)
