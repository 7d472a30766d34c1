"""Activation panel: step, sigmoid, tanh, ReLU, leaky ReLU and GELU with their derivatives.

Each derivative's largest value is marked: backpropagation multiplies by f′ at every layer, so
that number bounds what gets through one layer. The depth plot multiplies it n times: 0.25ⁿ
for the sigmoid, the vanishing gradient that the Network tab's gradient plot shows for
deep_sigmoid_spiral against deep_relu_spiral.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QGridLayout, QHBoxLayout, QLabel, QSlider, QVBoxLayout,
                               QWidget)

from ...core.activation_curves import ACTIVATIONS, curves, surviving_fraction
from ..network.plot_export import plot_widget
from .table import fit_rows, fmt, number_table, set_rows

X = np.linspace(-5, 5, 801)
MAX_DEPTH = 30
COLOURS = {"step": (120, 120, 120), "sigmoid": (200, 50, 50), "tanh": (40, 90, 200),
           "relu": (20, 150, 70), "leaky_relu": (150, 60, 170), "gelu": (230, 140, 20)}
NAMES = {"step": QT_TRANSLATE_NOOP("ActivationPanel", "step"),
         "sigmoid": QT_TRANSLATE_NOOP("ActivationPanel", "sigmoid σ"),
         "tanh": QT_TRANSLATE_NOOP("ActivationPanel", "tanh"),
         "relu": QT_TRANSLATE_NOOP("ActivationPanel", "ReLU"),
         "leaky_relu": QT_TRANSLATE_NOOP("ActivationPanel", "leaky ReLU"),
         "gelu": QT_TRANSLATE_NOOP("ActivationPanel", "GELU")}
SHOWN_AT_START = ("step", "sigmoid", "tanh", "relu")


def name(key: str) -> str:
    return QCoreApplication.translate("ActivationPanel", NAMES[key])


def formula(text: str) -> str:
    """A formula of core.activation_curves, its words ("if", "else") translated."""
    return QCoreApplication.translate("Formulas", text)


class ActivationPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activation_panel")
        self.functions = plot_widget(self, title=self.tr("f(x)"))
        self.slopes = plot_widget(self, title=self.tr("f′(x): what backprop multiplies by"))
        self.depth = plot_widget(self, title=self.tr(
            "(max f′)ⁿ: the most of a gradient n layers let through"))
        for plot in (self.functions, self.slopes):
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.setLabel("bottom", "x")
            plot.setXRange(-5, 5, padding=0.02)
            plot.addLegend(offset=(6, 6), labelTextColor=(20, 20, 20),
                           brush=pg.mkBrush(255, 255, 255, 220))
        self.functions.setYRange(-1.2, 2.2)
        self.slopes.setYRange(-0.1, 1.25)
        self.depth.setLogMode(y=True)
        self.depth.showGrid(x=True, y=True, alpha=0.25)
        self.depth.setLabel("bottom", self.tr("layers n"))
        self.depth.getAxis("left").enableAutoSIPrefix(False)
        self.depth.addLegend(offset=(-6, -6), labelTextColor=(20, 20, 20),
                             brush=pg.mkBrush(255, 255, 255, 220))

        self.checks: dict[str, QCheckBox] = {}
        self.items: dict[str, list] = {}
        boxes = QHBoxLayout()
        boxes.addWidget(QLabel(self.tr("Show:")))
        for key, act in ACTIVATIONS.items():
            box = QCheckBox(name(key), objectName=f"show_{key}", checked=key in SHOWN_AT_START)
            box.setToolTip(self.tr("f(x) = {f};  f′(x) = {df};  largest f′ = {top}").format(
                f=formula(act.formula), df=formula(act.derivative_formula), top=f"{act.max_slope:.3f}"))
            box.toggled.connect(self._refresh_visibility)
            boxes.addWidget(box)
            self.checks[key] = box
            self.items[key] = self._add_curves(key)
        boxes.addStretch(1)

        self.depth_slider = QSlider(Qt.Orientation.Horizontal, objectName="depth_slider",
                                    minimum=1, maximum=MAX_DEPTH, value=10)
        self.depth_slider.setToolTip(self.tr("How many layers the gradient passes through."))
        self.depth_label = QLabel(objectName="depth_label")
        self.depth_label.setWordWrap(True)
        self.depth_line = pg.InfiniteLine(angle=90, pen=pg.mkPen((80, 80, 80), width=1.5,
                                                                 style=Qt.PenStyle.DashLine))
        self.depth.addItem(self.depth_line)
        depth_row = QHBoxLayout()
        depth_row.addWidget(QLabel(self.tr("layers n")))
        depth_row.addWidget(self.depth_slider, stretch=1)

        grid = QGridLayout()
        grid.addWidget(self.functions, 0, 0)
        grid.addWidget(self.slopes, 0, 1)
        self.table = number_table("slope_table")
        lower = QVBoxLayout()
        lower.addLayout(depth_row)
        lower.addWidget(self.depth_label)
        lower.addWidget(self.table)
        lower.addStretch(1)
        grid.addWidget(self.depth, 1, 0)
        grid.addLayout(lower, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(boxes)
        layout.addLayout(grid, stretch=1)
        self.depth_slider.valueChanged.connect(self._on_depth_changed)
        self._refresh_visibility()
        self._on_depth_changed(self.depth_slider.value())

    def _add_curves(self, key: str) -> list:
        act = ACTIVATIONS[key]
        f, df = curves(key, X)
        pen = pg.mkPen(COLOURS[key], width=2.5)
        label = name(key)
        items = [self.functions.plot(X, f, pen=pen, name=label),
                 self.slopes.plot(X, df, pen=pen, name=label)]
        if act.max_slope > 0:
            marker = pg.ScatterPlotItem([act.argmax], [act.max_slope], size=10, brush=pg.mkBrush(COLOURS[key]),
                                        pen=pg.mkPen("k"))
            text = pg.TextItem(self.tr("max {value}").format(value=f"{act.max_slope:.3g}"),
                               color=COLOURS[key], anchor=(0.5, 1.3))
            text.setPos(act.argmax, act.max_slope)
            self.slopes.addItem(marker)
            self.slopes.addItem(text)
            items += [marker, text]
            depth = np.arange(1, MAX_DEPTH + 1)
            items.append(self.depth.plot(depth, surviving_fraction(key, depth), pen=pen,
                                         symbol="o", symbolSize=4, symbolBrush=COLOURS[key],
                                         name=self.tr("{f}: {top}ⁿ").format(
                                             f=label, top=f"{act.max_slope:.3g}")))
        return items

    def _refresh_visibility(self) -> None:
        for key, items in self.items.items():
            shown = self.checks[key].isChecked()
            for item in items:
                item.setVisible(shown)
                # A hidden curve leaves the legend too (pyqtgraph would keep it, crossed out).
                plot = item.getViewBox() and item.getViewBox().parentItem()
                legend = getattr(plot, "legend", None)
                if legend is None or not isinstance(item, pg.PlotDataItem):
                    continue
                listed = any(sample.item is item for sample, _ in legend.items)
                if shown and not listed:
                    legend.addItem(item, item.name())
                elif not shown and listed:
                    legend.removeItem(item)

    def _on_depth_changed(self, depth: int) -> None:
        self.depth_line.setValue(depth)
        rows = []
        for key, act in ACTIVATIONS.items():
            left = surviving_fraction(key, np.array([depth]))[0]
            rows.append([name(key), formula(act.derivative_formula), fmt(act.max_slope, 3),
                         fmt(act.argmax, 3), f"{left:.3g}"])
        set_rows(self.table, [self.tr("function"), self.tr("f′(x)"), self.tr("largest f′"),
                              self.tr("at x"), self.tr("(largest f′)ⁿ")], rows)
        fit_rows(self.table)
        fraction = surviving_fraction("sigmoid", np.array([depth]))[0]
        self.depth_label.setText(self.tr(
            "After %n sigmoid layer(s) at most {fraction} of the gradient is left (0.25 to the "
            "power n): the first layers barely learn. ReLU passes 1 wherever the unit is on, "
            "so its gradient does not shrink with depth. Compare deep_sigmoid_spiral with "
            "deep_relu_spiral in the Network tab's gradient plot.", "", depth).format(
            fraction=f"{fraction:.3g}"))
