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
from ...core.feature_maps import colormap_lut

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


#: A number's colour comes from this many shades of the map: brushes are shared per shade (see
#: above), and 64 shades of viridis are more than an eye tells apart next to each other.
SHADES = 64
_SHADE_BRUSHES: dict[str, list] = {}


def value_points(points: np.ndarray, values: np.ndarray, low: float, high: float, cmap: str = "viridis",
                 limit: int = MAX_POINTS):
    """(x, y, brushes) for points coloured by a number (a regression target) on the colour
    scale from `low` to `high` that the plane behind them uses."""
    if cmap not in _SHADE_BRUSHES:
        lut = colormap_lut(cmap)
        _SHADE_BRUSHES[cmap] = [pg.mkBrush(*(int(v) for v in lut[round(i * 255 / (SHADES - 1))]))
                                for i in range(SHADES)]
    step = max(1, -(-len(points) // limit))
    points = np.asarray(points)[::step]
    values = np.asarray(values, np.float64)[::step]
    span = high - low if high > low else 1.0
    shade = np.clip(np.rint((values - low) / span * (SHADES - 1)), 0, SHADES - 1).astype(np.int64)
    brushes = np.empty(len(shade), dtype=object)
    brushes[:] = [_SHADE_BRUSHES[cmap][k] for k in shade]
    return points[:, 0], points[:, 1], brushes
