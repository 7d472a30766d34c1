"""A grid of numbers showing an array of any rank: a scalar as one cell, a vector as one row,
a matrix as rows × columns, and from rank 3 on the matrix at index 0 of the leading axes.

Cells marked as copies (a broadcast operand repeated along an axis) are drawn faded, so the
repeated row or column shows as what it is: the same numbers again.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

COPY_BACKGROUND = QColor(214, 228, 245)
COPY_TEXT = QColor(90, 110, 140)
CELL = 46  # pixels per column: four digits and a sign fit


def matrix_view(values: np.ndarray) -> np.ndarray:
    """The 2-D part of an array the grid draws."""
    if values.ndim == 0:
        return values.reshape(1, 1)
    if values.ndim == 1:
        return values.reshape(1, -1)
    return values[(0,) * (values.ndim - 2)]


def number_text(value: float) -> str:
    return f"{value:.4g}" if value != int(value) or abs(value) >= 1e6 else str(int(value))


class ArrayGrid(QTableWidget):
    """Shows one array; when editable, ``value_edited(index, text)`` names the full index."""

    value_edited = Signal(tuple, str)

    def __init__(self, name: str, editable: bool = False) -> None:
        super().__init__()
        self.setObjectName(name)
        self._editable = editable
        self._rank = 0
        self._filling = False
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        if not editable:
            self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setMinimumSectionSize(20)
        self.horizontalHeader().setDefaultSectionSize(CELL)
        self.verticalHeader().setDefaultSectionSize(24)
        self.itemChanged.connect(self._on_item_changed)

    def show_array(self, values: np.ndarray, copies: np.ndarray | None = None) -> None:
        """Draw `values`; `copies` (a boolean array of the same shape) marks repeated cells."""
        self._filling = True
        self._rank = values.ndim
        grid = matrix_view(np.asarray(values, np.float64))
        marks = matrix_view(copies) if copies is not None else np.zeros(grid.shape, bool)
        self.setRowCount(grid.shape[0])
        self.setColumnCount(grid.shape[1])
        # numpy and torch count from 0
        self.setHorizontalHeaderLabels([str(c) for c in range(grid.shape[1])])
        self.setVerticalHeaderLabels([str(r) for r in range(grid.shape[0])])
        for r in range(grid.shape[0]):
            for c in range(grid.shape[1]):
                item = QTableWidgetItem(number_text(float(grid[r, c])))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if marks[r, c]:
                    item.setBackground(QBrush(COPY_BACKGROUND))
                    item.setForeground(QBrush(COPY_TEXT))
                    item.setToolTip(self.tr("a copy: this operand was repeated along an axis of size 1"))
                if not self._editable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.setItem(r, c, item)
        self._filling = False
        self._fit()

    def cell_texts(self) -> list[list[str]]:
        return [[self.item(r, c).text() for c in range(self.columnCount())] for r in range(self.rowCount())]

    def copy_marks(self) -> list[list[bool]]:
        return [[self.item(r, c).background().color() == COPY_BACKGROUND for c in range(self.columnCount())]
                for r in range(self.rowCount())]

    def _fit(self) -> None:
        width = self.verticalHeader().width() + CELL * self.columnCount() + 2 * self.frameWidth() + 4
        height = self.horizontalHeader().height() + 24 * self.rowCount() + 2 * self.frameWidth() + 4
        self.setFixedSize(min(width, 16 * CELL), min(height, 16 * 24 + 30))

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or not self._editable:
            return
        r, c = item.row(), item.column()
        index = () if self._rank == 0 else (c,) if self._rank == 1 else (0,) * (self._rank - 2) + (r, c)
        text = item.text()
        # After the edit has been committed: a listener redraws the grid, which replaces
        # the very item Qt is still handing over.
        QTimer.singleShot(0, self, lambda: self.value_edited.emit(index, text))
