"""The plane behind a 2-D data set: a grid of points to evaluate a network on, and the
class colours its outputs paint (the TensorFlow Playground view)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .errors import InputError
from .i18n import translate

#: Class colours (RGB) for the scatter plot and the plane, colour-blind friendly (Okabe-Ito).
CLASS_COLOURS = np.array(
    [(0, 114, 178), (230, 159, 0), (0, 158, 115), (204, 121, 167), (86, 180, 233),
     (213, 94, 0), (240, 228, 66), (0, 0, 0)],
    dtype=np.float32,
)


@dataclass(frozen=True)
class PlaneGrid:
    """steps × steps points covering the data with a margin; row 0 is the smallest y."""

    xs: np.ndarray  # (steps,) x of each column
    ys: np.ndarray  # (steps,) y of each row
    points: np.ndarray  # (steps*steps, 2) float32, row-major: point (r, c) = (xs[c], ys[r])
    inputs: np.ndarray | None = None  # what the network takes at each point, if not the point

    @property
    def network_inputs(self) -> np.ndarray:
        return self.points if self.inputs is None else self.inputs

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.ys), len(self.xs)

    @property
    def extent(self) -> tuple[float, float, float, float]:
        """(x0, y0, width, height) of the plane, for placing the image under the points."""
        dx = (self.xs[-1] - self.xs[0]) / max(len(self.xs) - 1, 1)
        dy = (self.ys[-1] - self.ys[0]) / max(len(self.ys) - 1, 1)
        return (float(self.xs[0] - dx / 2), float(self.ys[0] - dy / 2),
                float(self.xs[-1] - self.xs[0] + dx), float(self.ys[-1] - self.ys[0] + dy))


def plane_grid(points: np.ndarray, steps: int = 100, margin: float = 0.1, to_inputs=None) -> PlaneGrid:
    """A grid over the bounding box of 2-D points, widened by `margin` of its size each side;
    `to_inputs` turns its points into the network's inputs (feature crosses)."""
    points = np.asarray(points, dtype=np.float64)
    if points.ndim != 2 or points.shape[1] != 2 or len(points) == 0:
        raise InputError(translate("DecisionGrid", "A decision boundary needs a data set of points with two features."))
    if steps < 2:
        raise InputError(translate("DecisionGrid", "The plane needs at least 2 steps a side."))
    low, high = points.min(axis=0), points.max(axis=0)
    span = np.where(high - low > 0, high - low, 1.0)  # one point or a line still gets a plane
    low, high = low - margin * span, high + margin * span
    xs = np.linspace(low[0], high[0], steps, dtype=np.float32)
    ys = np.linspace(low[1], high[1], steps, dtype=np.float32)
    gx, gy = np.meshgrid(xs, ys)
    grid = np.stack([gx.ravel(), gy.ravel()], axis=1)
    inputs = None if to_inputs is None else np.asarray(to_inputs(grid), dtype=np.float32)
    for a in (xs, ys, grid, inputs):
        if a is not None:
            a.flags.writeable = False
    return PlaneGrid(xs, ys, grid, inputs)


def decision_image(probabilities: np.ndarray, *, confidence_shading: bool = True) -> np.ndarray:
    """uint8 RGB (H, W, 3) of (H, W, K) class probabilities: each class's colour weighted by
    its probability, faded toward white where the network is unsure."""
    probs = np.asarray(probabilities, dtype=np.float32)
    if probs.ndim != 3 or probs.shape[2] < 2:
        raise InputError(translate("DecisionGrid", "Class probabilities must be shaped (height, width, classes) with 2 or more classes."))
    k = probs.shape[2]
    colours = CLASS_COLOURS[np.arange(k) % len(CLASS_COLOURS)]
    rgb = probs @ colours
    if confidence_shading:
        # Certainty 0 (uniform) -> white, 1 (one class) -> the full class colour, light enough
        # that the scatter points on top stay visible.
        certainty = (probs.max(axis=2, keepdims=True) - 1 / k) * (k / (k - 1))
        rgb = 255 - (255 - rgb) * (0.15 + 0.5 * certainty)
    return np.clip(rgb + 0.5, 0, 255).astype(np.uint8)
