"""What every plot of the Network views needs: PNG export through pyqtgraph's own exporter,
plot widgets whose pop-up menus are owned by the view, and curves that stay cheap to draw
however long a run gets."""

from __future__ import annotations

import math
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters  # noqa: F401  (registers the exporters on pg)
from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from ...core.atomic_write import check_writable
from ..picture_files import save_png


def export_png(item: pg.GraphicsItem | pg.GraphicsLayout, path: str | Path, width: int | None = None) -> Path:
    """Write what `item` (a PlotItem, or a GraphicsLayoutWidget's .ci) shows to a PNG file."""
    exporter = pg.exporters.ImageExporter(item)
    if width:
        exporter.parameters()["width"] = int(width)
    check_writable(path)  # before rendering for nothing
    # pyqtgraph's exporter writes straight into the file; its picture is saved atomically instead.
    return save_png(exporter.export(toBytes=True), path)


@contextmanager
def owned_popups(owner: QWidget) -> Iterator[None]:
    """Give `owner` the parentless menus pyqtgraph creates inside the block.

    A PlotItem builds its context menus ("Plot Options", the ViewBox menu) as top-level
    widgets; without a parent they outlive the view that made them. Parented to the owner,
    they go when it goes.
    """
    app = QApplication.instance()
    before = set(app.topLevelWidgets())
    try:
        yield
    finally:
        for stray in set(app.topLevelWidgets()) - before:
            # Only the menus: the rest (pyqtgraph's option panels) hang off them or go with it.
            if stray.parent() is None and isinstance(stray, QMenu):
                stray.setParent(owner, stray.windowFlags())


def segment_lines(curve: pg.PlotDataItem) -> pg.PlotDataItem:
    """Draw the curve's line as separate segments (QPainter.drawLines), not as one path.

    A long run's loss curve is hundreds of points jittering within a few pixels' height. As
    one antialiased 2-pixel path, Qt strokes it into a self-overlapping outline whose every
    scan line crosses nearly every segment: its paint grew from 0.3 to 2.5 ms per curve over
    3,000 epochs with the point count bounded. As segments the cost stays linear. pyqtgraph
    picks segments by itself only for lines that are not antialiased."""
    curve.curve.opts["segmentedLineMode"] = "on"  # pyqtgraph 0.14 has no setter for it
    return curve


def plot_widget(owner: QWidget, **kwargs) -> pg.PlotWidget:
    """A white pyqtgraph PlotWidget whose menus belong to `owner`."""
    with owned_popups(owner):
        return pg.PlotWidget(background="w", **kwargs)


class LightGrid(pg.GraphicsObject):
    """Light-grey lines across the plot at the values its axes label (or every `y_spacing`
    on the y axis), drawn in one call.

    pyqtgraph's showGrid() draws the grid with the axes, in translucent lines across the
    whole plot: that tripled a live plot's repaint (40 -> 130 ms on the shared test machine).
    Its GridItem draws three levels of lines one by one and draws them again whenever the
    range changes, which a live plot's does at every redraw: 380 lines and 3.6 ms a plot,
    the largest cost of the window's thread while a network trained."""

    def __init__(self, plot: pg.PlotItem, pen: QPen, y_spacing: float | None = None) -> None:
        super().__init__()
        # Weak: the plot holds this item, and a strong link back would keep the plot (and
        # its parentless pop-up menus) alive after its widget is gone.
        self._plot = weakref.ref(plot)
        self._pen = QPen(pen)
        self._pen.setCosmetic(True)  # one pixel wide at any zoom
        self._y_spacing = y_spacing

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        plot = self._plot()
        return plot.getViewBox().viewRect() if plot is not None else QRectF()

    def paint(self, painter: QPainter, *args) -> None:
        plot = self._plot()
        if plot is None:
            return
        view = plot.getViewBox().viewRect()
        left, right = sorted((view.left(), view.right()))
        bottom, top = sorted((view.top(), view.bottom()))
        lines = [QLineF(x, bottom, x, top) for x in self._ticks(plot, "bottom", left, right)]
        lines += [QLineF(left, y, right, y) for y in self._ticks(plot, "left", bottom, top)]
        painter.setPen(self._pen)
        painter.drawLines(lines)

    def _ticks(self, plot: pg.PlotItem, axis_name: str, low: float, high: float) -> list[float]:
        if not (math.isfinite(low) and math.isfinite(high)) or high <= low:
            return []
        if axis_name == "left" and self._y_spacing:
            first = math.ceil(low / self._y_spacing)
            count = math.floor(high / self._y_spacing) - first + 1
            return [(first + i) * self._y_spacing for i in range(max(0, min(count, 200)))]
        axis = plot.getAxis(axis_name)
        size = axis.geometry().width() if axis_name == "bottom" else axis.geometry().height()
        levels = axis.tickValues(low, high, max(size, 1.0))
        return [v for v in levels[0][1] if low <= v <= high] if levels else []


def light_grid(plot: pg.PlotWidget | pg.PlotItem, y_spacing: list[float] | None = None) -> LightGrid:
    """A light-grey grid behind the curves (see LightGrid)."""
    item = plot.getPlotItem() if isinstance(plot, pg.PlotWidget) else plot
    grid = LightGrid(item, pg.mkPen("#e4e4e4"), y_spacing[0] if y_spacing else None)
    grid.setZValue(-100)
    item.addItem(grid, ignoreBounds=True)
    return grid
