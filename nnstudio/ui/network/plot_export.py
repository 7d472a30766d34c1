"""PNG export of any pyqtgraph view through pyqtgraph's own exporter."""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters  # noqa: F401  (registers the exporters on pg)


def export_png(item: pg.GraphicsItem | pg.GraphicsLayout, path: str | Path, width: int | None = None) -> Path:
    """Write what `item` (a PlotItem, or a GraphicsLayoutWidget's .ci) shows to a PNG file."""
    exporter = pg.exporters.ImageExporter(item)
    if width:
        exporter.parameters()["width"] = int(width)
    exporter.export(str(path))
    return Path(path)
