"""The numbers under the cursor: a bitmap is a two-dimensional array of numbers."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..choices import choice_combo

CHANNELS = {"all": QT_TRANSLATE_NOOP("PixelMatrix", "All channels"), "0": QT_TRANSLATE_NOOP("PixelMatrix", "R (or gray)"),
            "1": "G", "2": "B"}


class PixelMatrix(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.size = QSpinBox(minimum=4, maximum=16, value=8)
        self.size.setObjectName("matrix_size")
        self.size.setToolTip(self.tr("How many rows and columns of pixels around the cursor to list."))
        self.channel = choice_combo("matrix_channel", CHANNELS,
                                    self.tr("A colour image is three such arrays stacked: R, G and B."), context="PixelMatrix")
        self.caption = QLabel(wordWrap=True)
        self.caption.setObjectName("matrix_caption")
        self.table = QTableWidget()
        self.table.setObjectName("matrix_table")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setToolTip(self.tr("Each cell is one pixel's stored number(s); the colour behind it is the pixel."))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(10)
        # Rows are sized to their numbers once per refresh (_refresh), not by the header's
        # ResizeToContents mode, which re-measures every row on each of the 64-256 cell
        # changes of a refresh (0.4 ms each).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        font = QFont()
        font.setPointSizeF(max(6.0, font.pointSizeF() - 1.5))
        self.table.setFont(font)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Size")))
        top.addWidget(self.size)
        top.addWidget(self.channel, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        self._source: tuple[np.ndarray, int, int, str, int, np.ndarray | None] | None = None
        self.size.valueChanged.connect(self._refresh)
        self.channel.currentIndexChanged.connect(self._refresh)

    def show_region(self, pixels: np.ndarray, col: int, row: int, label: str, divisor: int = 1,
                     values: np.ndarray | None = None) -> None:
        """List the size x size pixels around (col, row) of ``pixels``, each value divided by
        ``divisor`` (255 lists a black-and-white image as the 0s and 1s it stores), or the
        numbers of ``values`` (the palette indices of an indexed image) on the pixels' colours."""
        self._source = (pixels, col, row, label, divisor, values)
        self._refresh()

    def values(self) -> np.ndarray:
        """The numbers shown, (rows, cols) or (rows, cols, channels)."""
        return self._shown

    def _refresh(self) -> None:
        self._shown = np.zeros((0, 0), np.uint8)
        if self._source is None:
            return
        pixels, col, row, label, divisor, values = self._source
        n = self.size.value()
        h, w = pixels.shape[:2]
        x0 = min(max(0, col - n // 2), max(0, w - n))
        y0 = min(max(0, row - n // 2), max(0, h - n))
        block = pixels[y0 : y0 + n, x0 : x0 + n]
        colour = block if block.ndim == 3 else np.repeat(block[..., None], 3, axis=2)
        key = self.channel.currentData()
        shown = block if key == "all" or block.ndim == 2 else block[..., int(key)]
        shown = shown // divisor if divisor != 1 else shown
        if values is not None:
            shown = values[y0 : y0 + n, x0 : x0 + n]
        self._shown = shown
        self.caption.setText(self.tr("{label}: columns {c0}–{c1}, rows {r0}–{r1}").format(
            label=label, c0=x0, c1=x0 + block.shape[1] - 1, r0=y0, r1=y0 + block.shape[0] - 1))
        self.table.setRowCount(block.shape[0])
        self.table.setColumnCount(block.shape[1])
        self.table.setHorizontalHeaderLabels([str(x0 + i) for i in range(block.shape[1])])
        self.table.setVerticalHeaderLabels([str(y0 + i) for i in range(block.shape[0])])
        luma = colour @ np.array([0.299, 0.587, 0.114])
        for r in range(block.shape[0]):
            for c in range(block.shape[1]):
                value = shown[r, c]
                text = "\n".join(str(int(v)) for v in value) if np.ndim(value) else str(int(value))
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setBackground(QBrush(QColor(*(int(v) for v in colour[r, c]))))
                item.setForeground(QBrush(QColor("black" if luma[r, c] > 128 else "white")))
                if c == col - x0 and r == row - y0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        # As tall as their numbers: a short window scrolls instead of cutting them off.
        self.table.resizeRowsToContents()
