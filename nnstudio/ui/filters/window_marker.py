"""An outline of a few image pixels that stays visible at any zoom.

A 3×3 window on a 1920-pixel-wide image covers one or two screen pixels at Fit zoom, so an
outline drawn in image units vanishes. This one is drawn in screen space: a 2-pixel outline of
the window itself and, when that is smaller than MIN_SIDE_PX on screen, a square of that side
around it, so the eye finds it and can follow it as ▶ Slide moves it.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPen

#: Smallest side, in screen pixels, of the square drawn around a window.
MIN_SIDE_PX = 14.0
PEN_PX = 2


class WindowMarker(pg.GraphicsObject):
    def __init__(self, colour: str) -> None:
        super().__init__()
        self._rect = QRectF()
        self._pen = QPen(QColor(colour), PEN_PX)
        self._pen.setCosmetic(True)
        self.setZValue(10)
        self.hide()

    def setRect(self, rect: QRectF) -> None:  # noqa: N802 (the name QGraphicsRectItem uses)
        self.prepareGeometryChange()
        self._rect = QRectF(rect).normalized()
        self.update()

    def rect(self) -> QRectF:
        return QRectF(self._rect)

    def viewTransformChanged(self) -> None:  # noqa: N802 (pyqtgraph's name)
        # The screen-space margin is a different number of image units at every zoom.
        self.prepareGeometryChange()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        px = self.pixelWidth() or 0.0
        py = self.pixelHeight() or 0.0
        margin_x, margin_y = (MIN_SIDE_PX / 2 + PEN_PX) * px, (MIN_SIDE_PX / 2 + PEN_PX) * py
        return self._rect.adjusted(-margin_x, -margin_y, margin_x, margin_y)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self._rect.isNull():
            return
        on_screen = painter.transform().mapRect(self._rect)
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(self._pen)
        painter.drawRect(on_screen)
        if on_screen.width() < MIN_SIDE_PX or on_screen.height() < MIN_SIDE_PX:
            side_x = max(MIN_SIDE_PX, on_screen.width() + 2 * PEN_PX)
            side_y = max(MIN_SIDE_PX, on_screen.height() + 2 * PEN_PX)
            centre = on_screen.center()
            painter.drawRect(QRectF(centre.x() - side_x / 2, centre.y() - side_y / 2, side_x, side_y))
        painter.restore()
