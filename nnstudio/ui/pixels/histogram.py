"""Histograms per channel for the original and the result (pyqtgraph)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget


COLOURS = {"R": (230, 60, 60), "G": (60, 190, 60), "B": (70, 110, 240), "Gray": (200, 200, 200),
           "H": (220, 160, 40), "S": (180, 80, 200), "V": (200, 200, 200)}


class HistogramPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolTip(self.tr("How many pixels have each value 0..255, per channel. Fewer bits leave "
                                "a few tall spikes; dithering keeps the same few values in other proportions."))
        layout = QVBoxLayout(self)
        self.plots = {}
        for key, title in (("original", self.tr("Original")), ("result", self.tr("Result"))):
            plot = pg.PlotWidget(title=title)
            plot.setObjectName(f"histogram_{key}")
            plot.setMouseEnabled(x=False, y=False)
            plot.setXRange(0, 255, padding=0.01)
            plot.getPlotItem().hideButtons()
            plot.getPlotItem().addLegend(offset=(-5, 5), labelTextSize="7pt")
            layout.addWidget(plot)
            self.plots[key] = plot
        self.counts: dict[str, dict[str, np.ndarray]] = {}
        self._curves: dict[str, dict[str, pg.PlotDataItem]] = {key: {} for key in self.plots}

    def _name(self, channel: str) -> str:
        """Channel letters stay; "Gray" is a word."""
        return self.tr("Gray") if channel == "Gray" else channel

    def set_histograms(self, key: str, counts: dict[str, np.ndarray]) -> None:
        """Replace one plot's curves: ``counts`` maps channel name -> 256 counts."""
        self.counts[key] = counts
        plot, curves = self.plots[key], self._curves[key]
        if list(curves) != list(counts):  # other channels: new curves (and legend)
            plot.clear()
            plot.getPlotItem().legend.clear()
            curves.clear()
            for name in counts:
                colour = COLOURS.get(name, (200, 200, 200))
                curves[name] = plot.plot(stepMode="center", pen=pg.mkPen(colour, width=1.5), name=self._name(name),
                                         fillLevel=0, brush=(*colour, 50))
        x = np.arange(257)
        for name, values in counts.items():  # the same curves, new data: cheap
            curves[name].setData(x, values)
