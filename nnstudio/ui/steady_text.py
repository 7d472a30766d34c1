"""A wrapped line of text that changes often (a run's figures every epoch) without laying
out the window again at each change.

A QLabel asks its layout for a new geometry at every setText, and the request climbs to the
window: every layout of the window is computed again, the wrapped labels' text included, and
every widget repaints. While a network trained, the run bar's figures did that two or three
times an epoch: the main cost of the window's thread (a quarter of a core, shared with the
training thread's interpreter lock). Here the label is not in a layout: its holder is, at the
height the text needs, which changes only when the text needs another number of lines.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class SteadyText(QWidget):
    """Put this in a layout; `label` is the QLabel that shows the text."""

    def __init__(self, text: str = "", object_name: str = "", lines: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(text, self, objectName=object_name)
        self.label.setWordWrap(True)
        self._least = lines * self.label.fontMetrics().lineSpacing()
        # As wide as the layout gives (the text wraps), as tall as the text needs.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._fit()

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:  # noqa: N802 (QLabel's name)
        self.label.setText(text)
        self._fit()

    def setToolTip(self, tip: str) -> None:  # noqa: N802 (Qt's name)
        self.label.setToolTip(tip)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self.label.setGeometry(self.rect())
        self._fit()

    def _fit(self) -> None:
        laid_out = self.width() >= 50  # before the first layout the width means nothing
        needed = max(self._least, self.label.heightForWidth(self.width()) if laid_out else 0)
        if self.minimumHeight() != needed or self.maximumHeight() != needed:
            self.setFixedHeight(needed)  # a new layout only when the number of lines changes
