"""One colour per layer, the same in every view (designer, Activations, Gradients, Graph):
layer i of n is viridis at 0.9 · i / (n − 1), so the first layers are dark blue, the last
yellow-green, and the order of the layers reads off the colour."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor


def layer_colour(index: int, count: int) -> QColor:
    """The colour of layer `index` (0-based, as in the Sequential) of a network of `count`."""
    position = min(max(index, 0), max(count - 1, 1)) / max(count - 1, 1)
    return pg.colormap.get("viridis").map(0.9 * position, mode="qcolor")


def text_colour_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on `colour`."""
    luma = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return QColor("#000000" if luma > 140 else "#ffffff")


def layer_badge_html(name: str, index: int, count: int) -> str:
    """A layer's name on its colour, for rich-text labels."""
    colour = layer_colour(index, count)
    return (f"<span style='background-color:{colour.name()};color:{text_colour_on(colour).name()}'>"
            f"&nbsp;{name}&nbsp;</span>")
