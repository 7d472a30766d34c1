"""Dropout in the Activations view: which units a training pass drops, marked on the maps.

The maps show the network as it is evaluated (every unit on). Over a dense Dropout layer's
strip, a cross marks each unit that Dropout switched off in a training forward pass of the
same input (nn.dropout_masks: the mask torch drew), and a sentence says how many and that
evaluation uses none. Dropout after a convolution drops single pixels of every map, too many
to mark one by one: there the sentence gives the count only.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from ...core.feature_maps import Tiling

CROSS = "#d50000"


def cell_centres(tiling: Tiling, indices: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Image coordinates of the centres of these cells (units) of a tiling."""
    h, w = tiling.map_shape
    rows, cols = np.divmod(np.asarray(indices, int), tiling.columns)
    return cols * (w + tiling.gap) + w / 2, rows * (h + tiling.gap) + h / 2


class DropoutMarks:
    """Crosses over the Dropout rows of an ActivationGrid, and the sentence under it."""

    def __init__(self, label: QLabel) -> None:
        self.label = label
        self.label.setWordWrap(True)
        self.label.hide()
        self.masks: list = []  # nn.dropout_masks.DropoutMask
        self.items: list[pg.ScatterPlotItem] = []
        self.marked: dict[int, np.ndarray] = {}  # row -> the unit indices crossed

    def set_masks(self, masks: list) -> None:
        self.masks = list(masks or [])

    def draw(self, rows: list, tilings: list[Tiling], captures: list) -> None:
        """Called after the grid redrew: rows are (label, viewbox, image) per capture."""
        for item in self.items:
            if item.getViewBox() is not None:
                item.getViewBox().removeItem(item)
        self.items, self.marked = [], {}
        by_index = {m.index: m for m in self.masks}
        sentences = []
        for row, (capture, tiling) in enumerate(zip(captures, tilings)):
            mask = by_index.get(capture.index)
            if mask is None or mask.kept.shape != tuple(capture.output.shape[1:]):
                continue
            sentences.append(QCoreApplication.translate(
                "DropoutMarks",                 "{layer}: a training pass drops {dropped} of {units} units of this input (p = {p})").format(
                layer=capture.name, dropped=mask.dropped, units=mask.kept.size, p=f"{mask.p:g}"))
            if mask.kept.ndim != 1 or row >= len(rows):
                continue
            dropped = np.flatnonzero(~mask.kept)
            x, y = cell_centres(tiling, dropped)
            item = pg.ScatterPlotItem(x, y, symbol="x", size=9, pen=pg.mkPen(CROSS, width=1.5),
                                      brush=pg.mkBrush(CROSS), pxMode=True)
            rows[row][1].addItem(item)
            self.items.append(item)
            self.marked[row] = dropped
        if sentences:
            self.label.setText(QCoreApplication.translate(
                "DropoutMarks",                 "Dropout, ✕ = dropped in training: {layers}. The maps show evaluation, where Dropout "
                "drops nothing and every unit works.").format(layers="; ".join(sentences)))
        self.label.setVisible(bool(sentences))
