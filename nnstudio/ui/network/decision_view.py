"""The plane of a 2-D data set coloured by the network's output, the data points on top, and
one small heat map per hidden neuron (the TensorFlow Playground view)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ...core.decision_grid import PlaneGrid, decision_image
from ...core.feature_maps import colorize, colormap_lut
from .class_points import class_points, value_points
from .plot_export import export_png, owned_popups, plot_widget

if TYPE_CHECKING:  # torch types: the window must not import torch at start-up
    from ...nn.probe import PlaneProbe

NEURON_SIZE = 70  # pixels of one neuron's heat map, where there is room
NEURON_MIN = 52  # the least: below this the maps scroll instead of shrinking
NEURONS_PER_ROW = 8
LABEL_ROW = 22  # pixels of a layer's name above its maps
#: Maps shown per hidden layer at most: each is a plot of its own, and a layer of 25,000
#: neurons took the window's thread 12 s to lay out (nobody reads more than a few rows).
#: At most nn.probe.UNITS_KEPT: the probe keeps no more.
MAX_MAPS = 32
#: ... and in all: a deep design of many wide layers still built hundreds of plots (3 s of
#: the window's thread under load, in the monkey's long runs); later layers are named only.
MAX_TOTAL_MAPS = 64


#: A two-class plane whose probability varies less than this has no boundary worth drawing
#: (a perceptron on XOR ends with all weights near 0: the contour would trace float noise).
FLAT = 1e-3
#: The colour map of a predicted number (regression), for the plane, the points and the scale.
VALUE_MAP = "viridis"


class DecisionView(QWidget):
    """Feed it with show_decision(grid, probe, points, labels); redraws only what changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = plot_widget(self)
        # The axes fit the plane (the data and a margin) exactly; a locked aspect would stretch
        # one axis far past the data in any non-square view.
        self.plot.setMouseEnabled(False, False)
        self.plot.setLabel("bottom", "x₁")
        self.plot.setLabel("left", "x₂")
        self.plane = pg.ImageItem()
        self.points = pg.ScatterPlotItem(size=7, pen=pg.mkPen("w", width=1))
        self.plot.addItem(self.plane)
        # The boundary itself (class 1 at probability 0.5), drawn even where the network is
        # unsure: a perceptron on XOR fades to grey, but its one straight line stays visible.
        self.boundary = pg.IsocurveItem(level=0.5, pen=pg.mkPen("k", width=2))
        self.boundary.setParentItem(self.plane)
        self.plot.addItem(self.points)
        self.note = QLabel(objectName="decision_note")  # says when there is no boundary
        self.note.setWordWrap(True)
        self.note.hide()
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.note)
        upper_layout.addWidget(self.plot, stretch=1)
        self.neurons = pg.GraphicsLayoutWidget()
        self.neurons.setBackground("w")
        # Wide layers (32 neurons: four rows of eight) scroll rather than being cut or squeezed.
        self.neuron_scroll = QScrollArea()
        self.neuron_scroll.setWidgetResizable(True)
        self.neuron_scroll.setWidget(self.neurons)
        self.input_labels: tuple[str, ...] = ()
        self.caption = QLabel(self.tr("Each hidden neuron's output over the plane: blue negative, white zero, orange positive."))
        self.caption.setWordWrap(True)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.caption)
        lower_layout.addWidget(self.neuron_scroll, stretch=1)
        splitter = QSplitter()
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.plane_rgb: np.ndarray | None = None  # what the plane shows
        self.neuron_images: list[list[pg.ImageItem]] = []  # [hidden layer][neuron]
        self._neuron_shape: list[int] | None = None  # None: nothing built yet (a perceptron builds [])
        self._points_source: np.ndarray | None = None  # the data set's array the points come from
        # Regression: the numbers' scale (fixed by the data set's targets, so a colour means the
        # same number on the plane and on the points, epoch after epoch) and its colour bar.
        self.value_range: tuple[float, float] | None = None
        lut = colormap_lut(VALUE_MAP)
        with owned_popups(self):  # a ColorBarItem is a PlotItem: its menus are made parentless
            self.value_bar = pg.ColorBarItem(values=(0.0, 1.0), colorMap=pg.ColorMap(np.linspace(0, 1, len(lut)), lut),
                                             interactive=False, width=14)
        self._park_bar()
        self.value_bar.setZValue(10)
        self._bar_shown = False

    def show_decision(self, grid: PlaneGrid, probe: PlaneProbe, points: np.ndarray | None = None, labels: np.ndarray | None = None) -> None:
        x0, y0, width, height = grid.extent
        rect = QRectF(x0, y0, width, height)
        if probe.values is not None:
            self._show_values(probe, rect)
            return
        self._show_bar(False)
        self.plane_rgb = decision_image(probe.probabilities)
        # Row 0 is the smallest y; the plot's y axis points up, so the image needs no flip.
        self.plane.setImage(self.plane_rgb, autoLevels=False, levels=(0, 255))
        self.plane.setRect(rect)
        p1 = probe.probabilities[:, :, 1] if probe.probabilities.shape[2] == 2 else None
        flat = p1 is not None and float(p1.max() - p1.min()) < FLAT
        self.boundary.setData(None if p1 is None or flat else p1)
        self.note.setText(self.tr("No boundary: the network answers p ≈ 0.5 everywhere.") if flat else "")
        self.note.setVisible(flat)
        self.plot.setRange(rect, padding=0)
        if points is not None and labels is not None:
            self.set_points(points, labels)
        self._show_neurons(probe, rect)

    def _show_values(self, probe: PlaneProbe, rect: QRectF) -> None:
        """Regression: the plane is a heat map of the predicted number, on the targets' scale."""
        low, high = self.value_range if self.value_range is not None else (
            float(probe.values.min()), float(probe.values.max()))
        self.plane_rgb = colorize(probe.values, low, high, VALUE_MAP)
        self.plane.setImage(self.plane_rgb, autoLevels=False, levels=(0, 255))
        self.plane.setRect(rect)
        self.boundary.setData(None)
        self.note.setText(self.tr("The colour is the number the network predicts at each place; the points "
                                  "show their true values on the same scale."))
        self.note.setVisible(True)
        self._show_bar(True)
        self.value_bar.setLevels((low, high if high > low else low + 1.0))
        self.plot.setRange(rect, padding=0)
        self._show_neurons(probe, rect)

    def _show_bar(self, shown: bool) -> None:
        """The colour bar with its numbers beside the plot, for regression only."""
        if shown == self._bar_shown:
            return
        self._bar_shown = shown
        if shown:
            self.plot.getPlotItem().layout.addItem(self.value_bar, 2, 5)
            self.value_bar.show()
        else:
            self.plot.getPlotItem().layout.removeItem(self.value_bar)
            self._park_bar()

    def _park_bar(self) -> None:
        """Out of the layout, hidden, but a child of the plot: an item without a parent would
        outlive this view, and with it the panel of its plot menu (a top-level widget)."""
        self.value_bar.setParentItem(self.plot.getPlotItem())
        self.value_bar.hide()

    def set_inputs(self, labels: tuple[str, ...]) -> None:
        """The features the network takes of each point (x₁², sin x₁ …); () for the point itself."""
        self.input_labels = tuple(labels)

    def set_points(self, points: np.ndarray, labels: np.ndarray,
                   value_range: tuple[float, float] | None = None) -> None:
        """The data set on top of the plane, in its class colours, or coloured by their
        target on the scale `value_range` (regression). Set once per data set: the arrays of a
        data set are never changed, so the same array means the same points."""
        if points is self._points_source and value_range == self.value_range:
            return
        self._points_source = points
        self.value_range = value_range
        if value_range is not None:
            x, y, brushes = value_points(points, labels, *value_range, cmap=VALUE_MAP)
        else:
            x, y, brushes = class_points(points, labels)
        self.points.setData(x=x, y=y, brush=brushes)

    def _show_neurons(self, probe: PlaneProbe, rect: QRectF) -> None:
        shape = [h.total for h in probe.hidden]
        if shape != self._neuron_shape:
            self._build_neurons(probe, rect)
        for layer, images in zip(probe.hidden, self.neuron_images):
            reach = max(float(np.abs(layer.outputs).max()), 1e-6)  # one symmetric scale per layer
            for unit, image in enumerate(images):
                image.setImage(colorize(layer.outputs[:, :, unit], -reach, reach, "diverging"), autoLevels=False, levels=(0, 255))
                image.setRect(rect)

    def _build_neurons(self, probe: PlaneProbe, rect: QRectF) -> None:
        self.neurons.clear()
        self.neuron_images = []
        self._neuron_shape = [h.total for h in probe.hidden]
        columns = min(NEURONS_PER_ROW, max(self._neuron_shape, default=1))
        row, left = 0, MAX_TOTAL_MAPS
        for number, layer in enumerate(probe.hidden):
            if left == 0:
                self.neurons.addLabel(self.tr("{count} more hidden layers are not drawn ({maps} maps at most).").format(count=len(probe.hidden) - number,
                                                                      maps=MAX_TOTAL_MAPS),
                                      row=row, col=0, colspan=columns)
                row += 1
                break
            total = layer.total
            units = min(total, MAX_MAPS, left)
            left -= units
            name = layer.name if total <= units else self.tr("{layer}: the first {shown} of {total} neurons").format(
                layer=layer.name, shown=units, total=f"{total:,}")
            self.neurons.addLabel(name, row=row, col=0, colspan=columns)
            row += 1
            images = []
            for unit in range(units):
                # Wide layers wrap onto several rows, so each map stays big enough to read.
                view = self.neurons.addViewBox(row=row + unit // columns, col=unit % columns, lockAspect=True,
                                               enableMouse=False, enableMenu=False)
                image = pg.ImageItem()
                view.addItem(image)
                image.setRect(rect)
                view.setRange(rect, padding=0)
                images.append(image)
            row += -(-units // columns)
            self.neuron_images.append(images)
        if probe.hidden:
            self.caption.setText(self.tr("Each hidden neuron's output over the plane: blue negative, white zero, orange positive."))
        elif self.input_labels:  # a straight line in the features' space, bent on the plane
            self.caption.setText(self.tr("No hidden layer: the output is one weighted sum of {features}, a straight "
                                         "line in their space; on the (x₁, x₂) plane it bends as those features do.")
                                 .format(features=", ".join(self.input_labels)))
        else:  # in the word-wrapped caption: a label in the plot would be cut
            self.caption.setText(self.tr("No hidden layer: the output is one weighted sum, so the boundary is a straight line."))
        self.neuron_scroll.setVisible(bool(probe.hidden))
        label_rows = len(self.neuron_images) + (len(self.neuron_images) < len(probe.hidden))
        self.neurons.setMinimumSize(columns * NEURON_MIN, (row - label_rows) * NEURON_MIN + label_rows * LABEL_ROW)

    def export_png(self, path: str | Path) -> Path:
        return export_png(self.plot.getPlotItem(), path)
