"""The Network tab's inside views chosen with buttons that wrap onto a second row.

Eight view titles (Loss & accuracy, Activations … Graph) need about 650 pixels in one tab bar,
in English as in Korean; in a 1024-pixel window the column has under 400, and a tab bar then
hides most titles behind scroll arrows. These buttons stand in for the tab bar: one per tab,
checked for the view shown, in as many rows as the width needs (Qt's layouts have no flow
layout, so FlowLayout below places them).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QButtonGroup, QLayout, QLayoutItem, QTabWidget, QToolButton, QWidget

SPACING = 4


class FlowLayout(QLayout):
    """Widgets left to right at their size hints, a new row where the next one would not fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's names)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in ``rect`` (or only measure); the height they take."""
        x, y, row_height = rect.x(), rect.y(), 0
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, row_height = rect.x(), y + row_height + SPACING, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + SPACING
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()


class ViewPicker(QWidget):
    """Bound to a QTabWidget whose tabs are all added: hides its tab bar and shows one button
    per tab (its title and tooltip), then ``extra`` widgets (the export button). Call
    ``sync()`` after enabling or disabling a tab."""

    def __init__(self, tabs: QTabWidget, extra: tuple[QWidget, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("view_picker")
        self.tabs = tabs
        tabs.tabBar().hide()
        layout = FlowLayout(self)
        self.group = QButtonGroup(self)
        for index in range(tabs.count()):
            button = QToolButton(text=tabs.tabText(index), checkable=True, autoRaise=True)
            button.setToolTip(tabs.tabToolTip(index))
            self.group.addButton(button, index)
            layout.addWidget(button)
        for widget in extra:
            layout.addWidget(widget)
        self.group.idClicked.connect(tabs.setCurrentIndex)
        tabs.currentChanged.connect(self.sync)
        self.sync()

    def sync(self) -> None:
        for index in range(self.tabs.count()):
            button = self.group.button(index)
            button.setEnabled(self.tabs.isTabEnabled(index))
            button.setChecked(index == self.tabs.currentIndex())
