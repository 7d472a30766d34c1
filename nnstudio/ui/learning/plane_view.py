"""The x₁–x₂ plane of a two-input gate: the four corners coloured by an answer, the region
where a neuron fires shaded, and each neuron's line w1·x1 + w2·x2 = θ."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...core.perceptron import GATE_INPUTS, ThresholdUnit
from ..network.plot_export import plot_widget

LOW, HIGH = -0.5, 1.5  # the part of the plane shown around the unit square
GRID = 161  # samples per side of the shaded region
ON, OFF = (230, 110, 30), (40, 90, 200)  # orange for 1 (+1), blue for 0 (−1)
LINE_COLOURS = ((20, 20, 20), (150, 40, 160), (0, 140, 120))
DASHED_COLOURS = ((200, 30, 60), (20, 120, 200), (60, 150, 40), (170, 110, 0))


def _shade_colours(on: np.ndarray) -> np.ndarray:
    light_on = np.array([253, 222, 196], dtype=np.uint8)
    light_off = np.array([212, 226, 248], dtype=np.uint8)
    return np.where(on[..., None], light_on, light_off)


class PlaneView(QWidget):
    """draw(fires, answers, lines): `fires(points (N, 2)) -> 0/1 or ±1` shades the plane,
    `answers` (4,) colours the corners, `lines` [(unit, label)] are drawn as lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = plot_widget(self)
        self.plot.setAspectLocked(True)
        self.plot.setLabel("bottom", "x₁")
        self.plot.setLabel("left", "x₂")
        self.plot.setRange(xRange=(LOW, HIGH), yRange=(LOW, HIGH), padding=0)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.shade = pg.ImageItem()
        self.plot.addItem(self.shade)
        self.points = pg.ScatterPlotItem(size=16, pen=pg.mkPen("k", width=1.5))
        self.plot.addItem(self.points)
        self.labels = []
        for x1, x2 in GATE_INPUTS:
            label = pg.TextItem(anchor=(0.5, 1.4), color=(20, 20, 20))
            label.setPos(float(x1), float(x2))
            self.plot.addItem(label)
            self.labels.append(label)
        self.lines: list[pg.InfiniteLine] = []
        self.line_names = []
        self.legend = self.plot.addLegend(offset=(8, 8), labelTextColor=(20, 20, 20))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        xs = np.linspace(LOW, HIGH, GRID)
        grid_x1, grid_x2 = np.meshgrid(xs, xs)
        self._grid = np.stack([grid_x1.ravel(), grid_x2.ravel()], axis=1)

    def draw(self, fires: Callable[[np.ndarray], np.ndarray] | None, answers: np.ndarray,
             lines: list[tuple[ThresholdUnit, str]],
             dashed: list[tuple[ThresholdUnit, str]] = ()) -> None:
        """`dashed` lines are drawn thinner and dashed, after `lines` (e.g. learned units
        beside hand-wired ones)."""
        if fires is not None:
            on = np.asarray(fires(self._grid)).reshape(GRID, GRID) > 0
            # The rect after the image: set before, it is scaled for an image of no size.
            self.shade.setImage(_shade_colours(on), autoLevels=False, levels=(0, 255))
            self.shade.setRect(QRectF(LOW, LOW, HIGH - LOW, HIGH - LOW))
            self.shade.setVisible(True)
        else:
            self.shade.setVisible(False)
        answers = np.asarray(answers)
        brushes = [pg.mkBrush(*(ON if a > 0 else OFF)) for a in answers]
        self.points.setData(pos=GATE_INPUTS, brush=brushes)
        for label, (x1, x2), a in zip(self.labels, GATE_INPUTS.astype(int), answers):
            label.setText(f"({x1}, {x2}) → {int(a)}")
        self._set_lines(lines, dashed)

    def _set_lines(self, lines, dashed) -> None:
        for line in self.lines:
            self.plot.removeItem(line)
        self.legend.clear()
        self.lines = []
        styled = [(unit, name, LINE_COLOURS[i % len(LINE_COLOURS)], 2.5, Qt.PenStyle.SolidLine)
                  for i, (unit, name) in enumerate(lines)]
        styled += [(unit, name, DASHED_COLOURS[i % len(DASHED_COLOURS)], 1.8, Qt.PenStyle.DashLine)
                   for i, (unit, name) in enumerate(dashed)]
        for unit, name, colour, width, style in styled:
            placed = _line_through(unit)
            if placed is None:
                continue  # w1 = w2 = 0: the sum is 0 everywhere, there is no line
            pos, angle = placed
            pen = pg.mkPen(colour, width=width, style=style)
            line = pg.InfiniteLine(pos=pos, angle=angle, pen=pen)
            self.plot.addItem(line)
            self.lines.append(line)
            # InfiniteLine has no legend sample of its own: a zero-length curve stands in.
            self.legend.addItem(pg.PlotDataItem(pen=pen), name)



def _line_through(unit: ThresholdUnit) -> tuple[tuple[float, float], float] | None:
    """A point on w1·x1 + w2·x2 = θ (the one nearest the origin) and the line's angle."""
    norm2 = unit.w1 ** 2 + unit.w2 ** 2
    if norm2 == 0 or not math.isfinite(norm2):
        return None
    scale = unit.theta / norm2
    angle = math.degrees(math.atan2(-unit.w1, unit.w2))
    return (unit.w1 * scale, unit.w2 * scale), angle
