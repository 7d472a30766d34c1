"""The colours of an indexed image's palette, as a grid of swatches (index order)."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

COLUMNS = 16


class PaletteSwatches(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("palette_swatches")
        self.colours = np.zeros((0, 3), np.uint8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("The palette: the only colours this image may use. Each pixel stores the "
                                "index of one of them, so a 16-colour image needs 4 bits per pixel."))

    def set_colours(self, colours: np.ndarray | None) -> None:
        self.colours = np.zeros((0, 3), np.uint8) if colours is None else colours
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        rows = max(1, math.ceil(len(self.colours) / COLUMNS))
        return QSize(COLUMNS * 14, rows * 14 + 2)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        side = max(4.0, min(14.0, (self.width() - 2) / COLUMNS))
        painter.setPen(QColor(90, 90, 90))
        for i, (r, g, b) in enumerate(self.colours):
            painter.setBrush(QColor(int(r), int(g), int(b)))
            painter.drawRect(QRectF((i % COLUMNS) * side, (i // COLUMNS) * side, side - 1, side - 1))
        painter.end()
