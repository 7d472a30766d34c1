"""What every plot of the Network views needs: PNG export through pyqtgraph's own exporter,
plot widgets whose pop-up menus are owned by the view, and curves that stay cheap to draw
however long a run gets."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters  # noqa: F401  (registers the exporters on pg)
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


def light_grid(plot: pg.PlotWidget | pg.PlotItem, y_spacing: list[float] | None = None) -> pg.GridItem:
    """A light-grey grid behind the curves. pyqtgraph's showGrid() draws the grid with the axes,
    in translucent lines across the whole plot: that tripled a live plot's repaint (40 → 130 ms
    on the shared test machine); a GridItem costs next to nothing."""
    grid = pg.GridItem(pen=pg.mkPen("#e4e4e4"), textPen=None)
    if y_spacing is not None:
        grid.setTickSpacing(y=y_spacing)
    grid.setZValue(-100)
    plot.addItem(grid, ignoreBounds=True)
    return grid
