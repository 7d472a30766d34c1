"""Read-only tables of numbers (truth tables, update logs), filled in one call."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

GOOD = QColor(205, 238, 205)  # an answer that matches
BAD = QColor(250, 215, 210)  # an answer that does not
CURRENT = QColor(255, 243, 190)  # the row being explained


def fmt(value: float, digits: int = 2) -> str:
    """A number for a table cell; −0.00 is shown as 0.00 (adding 0.0 drops the sign of zero)."""
    return f"{round(float(value), digits) + 0.0:.{digits}f}"


def number_table(name: str, stretch: bool = True) -> QTableWidget:
    table = QTableWidget(objectName=name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().setVisible(False)
    mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.ResizeToContents
    table.horizontalHeader().setSectionResizeMode(mode)
    return table


def set_rows(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[str]],
             colours: Sequence[Sequence[QColor | None]] | None = None) -> None:
    """Replace the table's contents; `colours[r][c]` (or None) paints a cell's background."""
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            colour = colours[r][c] if colours is not None else None
            if colour is not None:
                item.setBackground(QBrush(colour))
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    if header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch or table.property("stretch"):
        # Stretched columns share the width equally; a long heading gets what it needs.
        table.setProperty("stretch", True)
        for c, text in enumerate(headers):
            mode = (QHeaderView.ResizeMode.ResizeToContents if len(text) > 6
                    else QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(c, mode)


def fit_rows(table: QTableWidget) -> None:
    """Make the table exactly as tall as its rows (a truth table needs no scroll bar)."""
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(height)


def cell_texts(table: QTableWidget) -> list[list[str]]:
    """What the table shows, row by row (for tests and copying)."""
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]
