"""Layer outputs as pictures: feature maps tiled into a grid, dense vectors as a strip of cells.

numpy and OpenCV only, so the activation view, the learned-kernel view and the CLI share it.
A Tiling remembers where each map sits, so a view can say which channel is under the mouse.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import cv2
import numpy as np

from .errors import InputError
from .i18n import translate

#: Colour of the gaps between maps: dark, so that a map of zeros (viridis purple) still shows.
GAP_RGB = (40, 40, 40)
#: A dense vector longer than this wraps into rows, so a 120-unit layer stays readable.
STRIP_COLUMNS = 32
#: "symmetric" is one shared scale centred on zero, for weights whose sign matters.
SCALES = ("shared", "per_map", "symmetric")


@dataclass(frozen=True)
class Tiling:
    """Maps laid out in a grid: the RGB picture plus what a hover needs to name a map."""

    rgb: np.ndarray  # uint8 (rows*(h+gap)-gap, cols*(w+gap)-gap, 3), read-only
    map_shape: tuple[int, int]  # (h, w) of one map; (1, 1) for a dense cell
    columns: int
    count: int  # number of maps (channels, or units of a dense layer)
    gap: int
    lows: np.ndarray  # (count,) the value drawn darkest in each map
    highs: np.ndarray  # (count,) the value drawn brightest
    mins: np.ndarray  # (count,) each map's own minimum
    maxs: np.ndarray  # (count,) and maximum

    def index_at(self, x: float, y: float) -> int | None:
        """The map (channel or unit) under image pixel (x, y); None on a gap or outside."""
        h, w = self.map_shape
        if x < 0 or y < 0:
            return None
        col, dx = divmod(int(x), w + self.gap)
        row, dy = divmod(int(y), h + self.gap)
        index = row * self.columns + col
        if dx >= w or dy >= h or col >= self.columns or index >= self.count:
            return None
        return index


@lru_cache(maxsize=8)
def colormap_lut(name: str = "viridis") -> np.ndarray:
    """A (256, 3) RGB lookup table: "diverging" (blue, white, orange: negative, zero, positive,
    as the TensorFlow Playground colours neurons) or one of OpenCV's colour maps by name."""
    if name == "diverging":
        # OpenCV has no diverging map with a white middle, so it is built here.
        t = np.linspace(-1.0, 1.0, 256, dtype=np.float32)[:, None]
        blue, orange, white = (np.array(c, np.float32) for c in ((0, 114, 178), (230, 159, 0), (255, 255, 255)))
        lut = np.where(t < 0, white + (blue - white) * -t, white + (orange - white) * t)
        lut = np.round(lut).astype(np.uint8)
    else:
        code = getattr(cv2, f"COLORMAP_{name.upper()}", None)
        if code is None:
            raise InputError(translate("FeatureMaps", "There is no colour map called {name}.").format(name=name))
        lut = cv2.applyColorMap(np.arange(256, dtype=np.uint8)[:, None], code)[:, 0, ::-1]
    lut = np.ascontiguousarray(lut)
    lut.flags.writeable = False
    return lut


def colorize(values: np.ndarray, low: np.ndarray | float, high: np.ndarray | float, cmap: str = "viridis") -> np.ndarray:
    """uint8 RGB of values scaled from [low, high] to the colour map (low and high broadcast)."""
    span = np.asarray(high, np.float32) - np.asarray(low, np.float32)
    # A constant map is drawn in the middle colour rather than dividing by zero.
    scale = np.where(span > 0, 255.0 / np.where(span > 0, span, 1.0), 0.0).astype(np.float32)
    offset = np.where(span > 0, 0.0, 127.5).astype(np.float32)
    idx = (np.asarray(values, np.float32) - low) * scale + offset
    idx = np.clip(idx, 0, 255).astype(np.uint8)
    return colormap_lut(cmap)[idx]


def tile_maps(
    maps: np.ndarray, *, scale: str = "shared", columns: int | None = None, gap: int = 1,
    cmap: str = "viridis", background: tuple[int, int, int] = GAP_RGB,
) -> Tiling:
    """Tile (C, H, W) maps into one RGB grid: one colour scale for all maps ("shared"), one per
    map ("per_map"), or one shared scale with zero in the middle ("symmetric")."""
    maps = np.asarray(maps, dtype=np.float32)
    if maps.ndim == 2:
        maps = maps[None]
    if maps.ndim != 3 or maps.shape[0] == 0:
        raise InputError(translate("FeatureMaps", "Feature maps must be shaped (channels, height, width), not {shape}.").format(shape=maps.shape))
    if scale not in SCALES:
        raise InputError(translate("FeatureMaps", "The colour scale must be one of {value}, not {scale}.").format(value=', '.join(SCALES), scale=scale))
    count, h, w = maps.shape
    columns = columns or max(1, math.ceil(math.sqrt(count)))
    mins, maxs = maps.min(axis=(1, 2)), maps.max(axis=(1, 2))
    if scale == "shared":
        lows, highs = np.full(count, mins.min()), np.full(count, maxs.max())
    elif scale == "symmetric":
        reach = max(abs(float(mins.min())), abs(float(maxs.max())))
        lows, highs = np.full(count, -reach), np.full(count, reach)
    else:
        lows, highs = mins, maxs
    cells = colorize(maps, lows[:, None, None], highs[:, None, None], cmap)  # (C, H, W, 3)
    rows = math.ceil(count / columns)
    canvas = np.empty((rows * (h + gap) - gap, columns * (w + gap) - gap, 3), np.uint8)
    canvas[:] = background
    for i in range(count):
        r, c = divmod(i, columns)
        canvas[r * (h + gap) : r * (h + gap) + h, c * (w + gap) : c * (w + gap) + w] = cells[i]
    return _tiling(canvas, (h, w), columns, count, gap, lows, highs, mins, maxs)


def dense_strip(vector: np.ndarray, *, columns: int = STRIP_COLUMNS, gap: int = 0, cmap: str = "viridis") -> Tiling:
    """A dense layer's (N,) outputs as cells of one pixel each, wrapping after `columns` cells."""
    vector = np.asarray(vector, dtype=np.float32).ravel()
    if vector.size == 0:
        raise InputError(translate("FeatureMaps", "A dense layer with no units cannot be drawn."))
    n = vector.size
    columns = min(columns, n)
    rows = math.ceil(n / columns)
    low, high = float(vector.min()), float(vector.max())
    padded = np.full(rows * columns, np.nan, np.float32)
    padded[:n] = vector
    rgb = colorize(np.nan_to_num(padded, nan=low), low, high, cmap).reshape(rows, columns, 3)
    rgb.reshape(-1, 3)[n:] = GAP_RGB
    lows, highs = np.full(n, low), np.full(n, high)
    return _tiling(rgb, (1, 1), columns, n, gap, lows, highs, vector.copy(), vector.copy())


def tile_output(sample: np.ndarray, *, scale: str = "shared", cmap: str = "viridis") -> Tiling:
    """One sample's layer output as a picture: (C, H, W) as a grid, anything else as a strip."""
    sample = np.asarray(sample)
    if sample.ndim == 3:
        return tile_maps(sample, scale=scale, cmap=cmap)
    return dense_strip(sample, cmap=cmap)


def _tiling(rgb, map_shape, columns, count, gap, lows, highs, mins, maxs) -> Tiling:
    arrays = [np.asarray(a, np.float32) for a in (lows, highs, mins, maxs)]
    for a in (rgb, *arrays):
        a.flags.writeable = False
    return Tiling(rgb, map_shape, columns, count, gap, *arrays)
