"""What the network learned: the first conv layer's kernels as small images (any conv layer,
per input channel, on demand) and each layer's weight histogram, earlier epochs dimmed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core.feature_maps import Tiling, tile_maps
from .plot_export import export_png, plot_widget

if TYPE_CHECKING:  # torch types: the window must not import torch at start-up
    from ...nn.weights import WeightHistogram

HISTORY = 8  # epochs of histograms kept on the plot
KERNEL_GAP_RGB = (150, 150, 150)  # between kernels: neither white (zero) nor a weight colour


class WeightsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kernel_title = QLabel(self.tr("No convolution layer."))
        self.kernel_title.setWordWrap(True)
        self.channel_box = QComboBox()
        self.channel_box.currentIndexChanged.connect(self._draw_kernels)
        self.kernel_plot = pg.GraphicsLayoutWidget()
        self.kernel_plot.setBackground("w")
        self.kernel_view = self.kernel_plot.addViewBox(lockAspect=True, invertY=True, enableMouse=False, enableMenu=False)
        self.kernel_image = pg.ImageItem()
        self.kernel_view.addItem(self.kernel_image)
        self.layer_box = QComboBox()
        self.layer_box.currentIndexChanged.connect(self._draw_histograms)
        self.hist_plot = plot_widget(self)
        self.hist_plot.setLabel("bottom", self.tr("weight value"))
        self.hist_plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.hist_plot.setLabel("left", self.tr("count"))
        top = QHBoxLayout()
        top.addWidget(self.kernel_title, stretch=1)
        top.addWidget(QLabel(self.tr("Input channel:")))
        top.addWidget(self.channel_box)
        hist_top = QHBoxLayout()
        hist_top.addWidget(QLabel(self.tr("Weights of layer:")))
        hist_top.addWidget(self.layer_box, stretch=1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.kernel_plot, stretch=1)
        layout.addLayout(hist_top)
        layout.addWidget(self.hist_plot, stretch=1)
        self._kernels: np.ndarray | None = None
        self.kernel_tiling: Tiling | None = None
        self.histories: dict[str, list[tuple[float, WeightHistogram]]] = {}
        self.hist_curves: list[pg.PlotDataItem] = []

    def show_kernels(self, kernels: np.ndarray | None, layer_name: str = "") -> None:
        """(out, in, kh, kw) weights of a conv layer, or None for a network without one."""
        self._kernels = kernels
        self.channel_box.blockSignals(True)
        self.channel_box.clear()
        if kernels is not None:
            self.channel_box.addItems([str(c) for c in range(kernels.shape[1])])
        self.channel_box.blockSignals(False)
        self.channel_box.setEnabled(kernels is not None and kernels.shape[1] > 1)
        if kernels is None:
            self.kernel_title.setText(self.tr("No convolution layer: this network has no kernels to show."))
        else:
            o, i, kh, kw = kernels.shape
            self.kernel_title.setText(self.tr("{layer}: {n} kernels of {h}×{w} (blue negative, orange positive)").format(
                layer=layer_name, n=o, h=kh, w=kw))
        self._draw_kernels()

    def set_input_channel(self, channel: int) -> None:
        self.channel_box.setCurrentIndex(channel)

    def _draw_kernels(self) -> None:
        if self._kernels is None:
            self.kernel_tiling = None
            self.kernel_image.clear()
            return
        channel = max(self.channel_box.currentIndex(), 0)
        # One scale centred on zero for all kernels: a kernel's sign is what it detects.
        self.kernel_tiling = tile_maps(
            self._kernels[:, channel], scale="symmetric", cmap="diverging", background=KERNEL_GAP_RGB
        )
        self.kernel_image.setImage(self.kernel_tiling.rgb, autoLevels=False, levels=(0, 255))
        self.kernel_view.autoRange(padding=0.02)

    def add_histograms(self, epoch: float, histograms: list[WeightHistogram]) -> None:
        """Append one epoch's histograms (nn.weights.weight_histograms)."""
        names = [h.name for h in histograms]
        if names != list(self.histories):
            self.histories = {name: [] for name in names}
            self.layer_box.blockSignals(True)
            self.layer_box.clear()
            self.layer_box.addItems(names)
            self.layer_box.blockSignals(False)
        for h in histograms:
            self.histories[h.name] = (self.histories[h.name] + [(epoch, h)])[-HISTORY:]
        self._draw_histograms()

    def _draw_histograms(self) -> None:
        for curve in self.hist_curves:
            self.hist_plot.removeItem(curve)
        self.hist_curves = []
        history = self.histories.get(self.layer_box.currentText(), [])
        for age, (epoch, h) in enumerate(reversed(history)):
            alpha = 255 if age == 0 else max(30, 160 - 25 * age)
            pen = pg.mkPen(0, 114, 178, alpha, width=2 if age == 0 else 1)
            brush = pg.mkBrush(0, 114, 178, 60) if age == 0 else None
            curve = self.hist_plot.plot(h.edges, h.counts, stepMode="center", pen=pen, fillLevel=0 if age == 0 else None, brush=brush)
            curve.setZValue(-age)
            self.hist_curves.append(curve)
        if history:
            self.hist_plot.setTitle(self.tr("epoch {epoch} (earlier epochs fainter)").format(epoch=f"{history[-1][0]:g}"))

    def export_png(self, path: str | Path) -> Path:
        return export_png(self.hist_plot.getPlotItem(), path)

    def export_kernels_png(self, path: str | Path) -> Path:
        return export_png(self.kernel_plot.ci, path)
