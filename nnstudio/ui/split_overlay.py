"""Before over after, split by a line the user drags: left of it the picture before, right of
it the picture after, both in the same place, so a change shows exactly where it happens.

Used by the Pixels and Filters tabs' compare views. The "before" picture lives in the after
view's ViewBox, as the child of a rectangle that clips it; dragging the line only moves the
rectangle's right edge, so nothing is uploaded again while the line moves.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QRectF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from .image_levels import display_levels

LINE_TIP = QT_TRANSLATE_NOOP("SplitOverlay", "Drag the line: left of it the picture before, right of it the picture "
                             "after.")


class SplitOverlay(QObject):
    def __init__(self, box: pg.ViewBox, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clip = QGraphicsRectItem()
        self.clip.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape, True)
        self.clip.setPen(QPen(Qt.PenStyle.NoPen))
        self.clip.setZValue(5)  # over the after picture (and its grid), under markers
        self.image = pg.ImageItem()
        self.image.setParentItem(self.clip)
        self.line = pg.InfiniteLine(angle=90, movable=True, pen=pg.mkPen("#ffd400", width=2),
                                    hoverPen=pg.mkPen("#fff27a", width=3))
        self.line.setZValue(6)
        self.line.setToolTip(self.tr(LINE_TIP))
        box.addItem(self.clip, ignoreBounds=True)
        box.addItem(self.line, ignoreBounds=True)
        self.line.sigPositionChanged.connect(self._update_clip)
        self._frame = (0, 0)
        self.set_enabled(False)

    @property
    def enabled(self) -> bool:
        return self.clip.isVisible()

    def set_enabled(self, on: bool) -> None:
        self.clip.setVisible(on)
        self.line.setVisible(on)

    def set_before(self, picture: np.ndarray, frame: tuple[int, int]) -> None:
        """The picture shown left of the line, stretched over the W × H frame of the view."""
        if self.image.image is not picture:
            # 8-bit pictures without levels go to Qt as they are (no rescale on each paint).
            self.image.setImage(picture, autoLevels=False, levels=display_levels(picture))
        w, h = frame
        self.image.setRect(QRectF(0, 0, w, h))
        if frame != self._frame:
            self._frame = frame
            self.line.setBounds((0, w))
            self.line.setValue(w / 2)
        self._update_clip()

    def position(self) -> float:
        """Where the line is, as a fraction of the frame's width."""
        return float(self.line.value()) / self._frame[0] if self._frame[0] else 0.5

    def set_position(self, fraction: float) -> None:
        self.line.setValue(fraction * self._frame[0])

    def _update_clip(self) -> None:
        self.clip.setRect(QRectF(0, 0, float(self.line.value()), self._frame[1]))
