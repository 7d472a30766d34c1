"""The plots' light grid: one line at each value the axis labels, across the whole plot."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF

from nnstudio.ui.app import create_application
from nnstudio.ui.network.plot_export import light_grid
from nnstudio.ui.qt_image import from_qimage

def _grid_pixels(strip: np.ndarray) -> int:
    """How many pixels along a strip of 3 neighbouring lines (a line between two pixels is
    drawn half in each) are light grey: the grid's #e4e4e4, not white, not an axis."""
    darkest = strip.min(axis=-1).min(axis=0)
    return int(((darkest >= 0xD8) & (darkest <= 0xF0)).sum())


def _plot(qtbot, **grid):
    create_application()
    widget = pg.PlotWidget(background="w")
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    light_grid(widget, **grid)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _has_grid_line(widget, plot_x: float) -> bool:
    image = from_qimage(widget.grab().toImage())[..., :3]
    view = widget.getPlotItem().getViewBox()
    x = int(round(widget.mapFromScene(view.mapViewToScene(QPointF(plot_x, 0))).x()))
    return _grid_pixels(image[:, x - 1:x + 2].transpose(1, 0, 2)) > 150  # across the plot


def test_lines_stand_at_the_values_the_axis_labels(qtbot):
    widget = _plot(qtbot)
    widget.setXRange(0, 15, padding=0)
    widget.setYRange(0, 2.5, padding=0)
    qtbot.wait(10)
    axis = widget.getPlotItem().getAxis("bottom")
    labelled = axis.tickValues(0, 15, axis.geometry().width())[0][1]
    inner = [v for v in labelled if 0 < v < 15]
    assert inner, "the axis labels values inside the range"
    for value in inner:
        assert _has_grid_line(widget, value), value
    between = (inner[0] + inner[1]) / 2 if len(inner) > 1 else inner[0] / 2
    assert not _has_grid_line(widget, between)  # only the labelled values, no finer levels


def test_a_log_axis_gets_a_line_per_decade(qtbot):
    widget = _plot(qtbot, y_spacing=[1.0])
    item = widget.getPlotItem()
    item.setLogMode(y=True)
    widget.setXRange(0, 10, padding=0)
    widget.setYRange(-3, 1, padding=0)  # 0.001 .. 10
    qtbot.wait(10)
    image = from_qimage(widget.grab().toImage())[..., :3]
    view = item.getViewBox()
    for decade in (-2, -1, 0):
        y = int(round(widget.mapFromScene(view.mapViewToScene(QPointF(5, decade))).y()))
        assert _grid_pixels(image[y - 1:y + 2]) > 200, decade
