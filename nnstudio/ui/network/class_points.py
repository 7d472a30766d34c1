"""Data points in their class colours, cheap enough for the window's thread.

pyqtgraph's ScatterPlotItem renders one symbol per distinct brush object (its atlas keys on
the object) and does Python work per spot: a fresh brush per point made 20,000 points of a
2-D data set cost seconds. Here every point of a class shares its class's brush, and a large
set is thinned to every n-th point: 2,000 points show the classes' regions as well as 20,000.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from ...core.decision_grid import CLASS_COLOURS

MAX_POINTS = 2000
#: The class colours as "#rrggbb", for widgets that take names (the point editor's swatches).
CLASS_HEX = ["#{:02x}{:02x}{:02x}".format(*(int(v) for v in colour)) for colour in CLASS_COLOURS]

_BRUSHES: list | None = None  # made on first use: a QBrush needs the application


def class_points(points: np.ndarray, labels: np.ndarray, limit: int = MAX_POINTS):
    """(x, y, brushes) for ScatterPlotItem.setData: every n-th point, at most `limit`."""
    global _BRUSHES
    if _BRUSHES is None:
        _BRUSHES = [pg.mkBrush(*c) for c in CLASS_COLOURS.astype(int)]
    step = max(1, -(-len(points) // limit))
    points = np.asarray(points)[::step]
    labels = np.asarray(labels, dtype=np.int64)[::step] % len(_BRUSHES)
    brushes = np.empty(len(labels), dtype=object)
    brushes[:] = [_BRUSHES[k] for k in labels]
    return points[:, 0], points[:, 1], brushes
