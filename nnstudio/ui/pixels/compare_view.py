"""Original and result compared: side by side with zoom and pan linked, so the same pixels are
always side by side, or split (the original over the left part of the result), or the result
alone."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget

from ..split_overlay import SplitOverlay
from .image_view import ImageView

#: The ways to compare, by key: what the view menu offers.
COMPARE_MODES = {"beside": QT_TRANSLATE_NOOP("CompareView", "Beside"),
                 "split": QT_TRANSLATE_NOOP("CompareView", "Split"),
                 "result": QT_TRANSLATE_NOOP("CompareView", "Result")}


class CompareView(QWidget):
    hovered = Signal(float, float)  # original-image coordinates, from either side
    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = ImageView(self.tr("Original"))
        self.original.setObjectName("original_view")
        self.result = ImageView(self.tr("Result"))
        self.result.setObjectName("result_view")
        self.result.vb.setXLink(self.original.vb)
        self.result.vb.setYLink(self.original.vb)
        self.split = SplitOverlay(self.result.vb, self)
        self.mode = "beside"
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.original)
        self._layout.addWidget(self.result)
        for view in (self.original, self.result):
            view.hovered.connect(self.hovered)
            view.left.connect(self.left)
            view.vb.sigRangeChangedManually.connect(self._on_user_zoomed)

    def arrange(self) -> None:
        """Side by side or one above the other, whichever shows the image bigger."""
        w, h = self.result.extent
        if not w or not h:
            return
        across = min(self.width() / 2 / w, self.height() / h)
        stacked = min(self.width() / w, self.height() / 2 / h)
        direction = QBoxLayout.Direction.TopToBottom if stacked > across else QBoxLayout.Direction.LeftToRight
        if direction != self._layout.direction():
            self._layout.setDirection(direction)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.arrange()

    def set_mode(self, mode: str) -> None:
        """"beside": both views; "split": the result, the original over it left of a line;
        "result": the result alone (bigger)."""
        self.mode = mode
        self.original.setVisible(mode == "beside")
        self.split.set_enabled(mode == "split")

    def set_original(self, array) -> None:
        """The original (or one of its channels), in its view and under the split line."""
        self.original.set_image(array)
        self.split.set_before(array, self.original.extent)

    def fit(self) -> None:
        self.original.fit()
        self.result.fit()

    def one_to_one(self) -> None:
        self.result.one_to_one()
        self.original.auto_fit = False

    def _on_user_zoomed(self, *_) -> None:
        # The views are linked: a zoom in either one is a zoom in both.
        self.original.auto_fit = self.result.auto_fit = False
