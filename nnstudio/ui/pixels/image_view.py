"""A zoomable, pannable image with a pixel grid and values once pixels are big enough.

The view's coordinates are the pixels of the ORIGINAL image: an image of another resolution
(a downsampled result) is stretched over the same extent and drawn without smoothing, so its
pixels show as blocks and the two views of the compare view line up.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTransform
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..image_levels import display_levels

#: Screen pixels per image pixel from which the grid and the values are drawn.
GRID_MIN_PX = 20.0
#: Screen pixels per image pixel needed to print three values (R, G, B) in a cell.
RGB_TEXT_MIN_PX = 30.0
#: Most cells drawn in one paint; past it the view is too far out for a grid anyway.
MAX_CELLS = 6000
#: Most pixels the image item holds. A larger image (up to 100 megapixels) is drawn from
#: every n-th pixel when zoomed out and from the visible part at full resolution when
#: zoomed in, so pyqtgraph keeps a QImage of at most 2048 × 2048 (16 MB) instead of one of
#: the whole image (400 MB) per view.
MAX_DISPLAY_PIXELS = 2048 * 2048


class PixelGrid(pg.GraphicsObject):
    """Child of an ImageItem: draws cell borders and each visible pixel's value(s).

    Works in the image item's own coordinates (one unit = one pixel of its array), and
    draws text in device pixels so that it stays a readable size at any zoom.
    """

    def __init__(self, parent: pg.GraphicsObject | None = None) -> None:
        super().__init__(parent)
        self._array: np.ndarray | None = None
        self.divisor = 1  # the cells print value // divisor: a 1-bit image stores 0/1, shows 0/255
        self.values: np.ndarray | None = None  # what the cells print instead (palette indices)
        self.drawn_cells = 0  # how many cells the last paint drew (tests, and the cap)

    def set_array(self, array: np.ndarray | None, divisor: int = 1, values: np.ndarray | None = None) -> None:
        """``values``, when given, are what the cells print (same height and width)."""
        self.prepareGeometryChange()
        self._array = array
        self.divisor = max(1, int(divisor))
        self.values = values if values is not None and array is not None and values.shape[:2] == array.shape[:2] else None
        self.update()

    def cell_text(self, row: int, col: int) -> str:
        """What the cell of pixel (row, col) says: its stored value(s), one per line."""
        source = self._array if self.values is None else self.values
        value = np.atleast_1d(source[row, col]).astype(int) // self.divisor
        return "\n".join(str(int(v)) for v in value)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        if self._array is None:
            return QRectF()
        return QRectF(0, 0, self._array.shape[1], self._array.shape[0])

    def _visible_cells(self, view: QRectF) -> tuple[int, int, int, int] | None:
        """(x0, y0, x1, y1), end-exclusive, of the cells inside ``view`` (item units)."""
        h, w = self._array.shape[:2]
        x0, y0 = max(0, math.floor(view.left())), max(0, math.floor(view.top()))
        x1, y1 = min(w, math.ceil(view.right())), min(h, math.ceil(view.bottom()))
        if x1 <= x0 or y1 <= y0:
            return None
        return x0, y0, x1, y1

    def paint(self, painter: QPainter, option, widget=None) -> None:
        self.drawn_cells = 0
        if self._array is None:
            return
        # The painter's transform is item -> device: it gives the zoom and what is in view
        # (pyqtgraph's cached viewRect() is not refreshed for child items of an image).
        to_device = painter.transform()
        px = min(abs(to_device.m11()), abs(to_device.m22()))
        to_item, invertible = to_device.inverted()
        visible = to_item.mapRect(QRectF(painter.viewport()))
        box = self.getViewBox()
        if box is not None:  # the view may be smaller than the widget it is drawn in
            visible = visible.intersected(self.mapRectFromItem(box, box.boundingRect()))
        cells = self._visible_cells(visible) if invertible else None
        if px < GRID_MIN_PX or cells is None:
            return
        x0, y0, x1, y1 = cells
        if (x1 - x0) * (y1 - y0) > MAX_CELLS:
            return
        block = self._array[y0:y1, x0:x1]
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(QColor(128, 128, 128, 160), 1))
        for x in range(x0, x1 + 1):
            painter.drawLine(to_device.map(QPointF(x, y0)), to_device.map(QPointF(x, y1)))
        for y in range(y0, y1 + 1):
            painter.drawLine(to_device.map(QPointF(x0, y)), to_device.map(QPointF(x1, y)))
        rgb = block.ndim == 3 and self.values is None  # an index is one number per cell
        if not rgb or px >= RGB_TEXT_MIN_PX:
            font = QFont()
            font.setPixelSize(int(max(7, min(14, px * (0.25 if rgb else 0.3)))))
            painter.setFont(font)
            luma = block if block.ndim == 2 else block @ np.array([0.299, 0.587, 0.114])
            dark, light = QColor(0, 0, 0), QColor(255, 255, 255)
            for row in range(block.shape[0]):
                for col in range(block.shape[1]):
                    text = self.cell_text(y0 + row, x0 + col)
                    painter.setPen(dark if luma[row, col] > 128 else light)
                    rect = to_device.mapRect(QRectF(x0 + col, y0 + row, 1, 1))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
        self.drawn_cells = block.shape[0] * block.shape[1]


class ImageView(QWidget):
    """A caption over a ViewBox holding one image. ``hovered`` gives view coordinates."""

    hovered = Signal(float, float)
    left = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(caption)
        self.caption.setObjectName("caption")
        # A long caption wraps: it must neither be cut nor widen the window.
        self.caption.setWordWrap(True)
        self.graphics = pg.GraphicsView()
        self.graphics.setBackground(QColor(40, 40, 44))
        self.vb = pg.ViewBox(invertY=True, lockAspect=True, enableMenu=False)
        self.graphics.setCentralItem(self.vb)
        self.image_item = pg.ImageItem()
        self.vb.addItem(self.image_item)
        # The grid spans the whole array in its own units (the image item may hold a part).
        self.grid = PixelGrid()
        self.grid.setZValue(1)
        self.vb.addItem(self.grid, ignoreBounds=True)
        self._shown: tuple[int, int, int, int, int] | None = None  # x0, y0, x1, y1, step held
        self._levels = None
        self.array: np.ndarray | None = None
        self.extent = (0, 0)  # (width, height) of the view's coordinates: the original image
        # Keep the whole image in view as the widget resizes, until the user zooms or pans.
        self.auto_fit = True
        self.vb.sigRangeChangedManually.connect(self._on_user_zoomed)
        self.vb.sigResized.connect(self._on_resized)
        self.vb.sigRangeChanged.connect(self._show_picture)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.graphics, stretch=1)
        self.graphics.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def set_image(self, array: np.ndarray, extent: tuple[int, int] | None = None, divisor: int = 1,
                  values: np.ndarray | None = None) -> None:
        """Show ``array`` stretched over ``extent`` (width, height; default: its own size);
        the grid prints each value divided by ``divisor`` (255 for 1-bit images: 0 and 1),
        or ``values`` instead when given (the palette index of each pixel)."""
        extent = extent or (array.shape[1], array.shape[0])
        if array is self.array and extent == self.extent and divisor == self.grid.divisor and values is self.grid.values:
            return  # already shown (arrays handed to views are never changed afterwards)
        first = self.array is None or extent != self.extent
        self.array, self.extent = array, extent
        # uint8 gets no levels and is handed to Qt as it is (levels (0, 255) would make
        # pyqtgraph rescale every pixel on each paint); any other dtype must have levels.
        self._levels = display_levels(array)
        self._shown = None
        self._show_picture()
        self.grid.set_array(array, divisor, values)
        self.grid.setTransform(QTransform.fromScale(extent[0] / array.shape[1], extent[1] / array.shape[0]))
        if first:
            self.fit()

    def _picture_window(self) -> tuple[int, int, int, int, int]:
        """(x0, y0, x1, y1, step) of the array to hold: all of it when it is small enough,
        else the part in view with half a view to spare on each side, every step-th pixel."""
        h, w = self.array.shape[:2]
        if h * w <= MAX_DISPLAY_PIXELS:
            return 0, 0, w, h, 1
        sx, sy = w / self.extent[0], h / self.extent[1]
        view = self.vb.viewRect()
        mx, my = view.width() / 2, view.height() / 2
        x0 = min(max(0, math.floor((view.left() - mx) * sx)), w - 1)
        y0 = min(max(0, math.floor((view.top() - my) * sy)), h - 1)
        x1 = max(min(w, math.ceil((view.right() + mx) * sx)), x0 + 1)
        y1 = max(min(h, math.ceil((view.bottom() + my) * sy)), y0 + 1)
        step = max(1, math.ceil(math.sqrt((x1 - x0) * (y1 - y0) / MAX_DISPLAY_PIXELS)))
        return x0 - x0 % step, y0 - y0 % step, x1, y1, step

    def _show_picture(self, *_) -> None:
        """Hand the image item the part of the array the view needs (see MAX_DISPLAY_PIXELS)."""
        if self.array is None:
            return
        x0, y0, x1, y1, step = window = self._picture_window()
        if self._shown is not None:
            a0, b0, a1, b1, held = self._shown
            inside = a0 <= x0 + (x1 - x0) // 4 and b0 <= y0 + (y1 - y0) // 4 \
                and x1 - (x1 - x0) // 4 <= a1 and y1 - (y1 - y0) // 4 <= b1
            if held == step and inside:
                return  # what is in view is held already, at the right detail
        self._shown = window
        h, w = self.array.shape[:2]
        part = self.array if (x0, y0, x1, y1, step) == (0, 0, w, h, 1) else \
            np.ascontiguousarray(self.array[y0:y1:step, x0:x1:step])
        self.image_item.setImage(part, autoLevels=False, levels=self._levels)
        sx, sy = self.extent[0] / w, self.extent[1] / h
        self.image_item.setRect(QRectF(x0 * sx, y0 * sy, (x1 - x0) * sx, (y1 - y0) * sy))

    def fit(self) -> None:
        self.auto_fit = True
        if self.array is not None:
            self.vb.setRange(QRectF(0, 0, *self.extent), padding=0.02)

    def _on_user_zoomed(self, *_) -> None:
        self.auto_fit = False

    def _on_resized(self, *_) -> None:
        if self.auto_fit:
            self.fit()

    def one_to_one(self) -> None:
        """One pixel of the original image on one screen pixel, around the view's centre."""
        centre = self.vb.viewRect().center()
        w, h = self.vb.width(), self.vb.height()
        self.auto_fit = False
        self.vb.setRange(QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h), padding=0)

    def pixel_at(self, x: float, y: float) -> tuple[int, int] | None:
        """(column, row) of this view's array under view coordinates (x, y), or None."""
        if self.array is None or not self.extent[0]:
            return None
        h, w = self.array.shape[:2]
        col = math.floor(x * w / self.extent[0])
        row = math.floor(y * h / self.extent[1])
        return (col, row) if 0 <= col < w and 0 <= row < h else None

    def _on_mouse_moved(self, scene_pos) -> None:
        if self.array is None or not self.vb.sceneBoundingRect().contains(scene_pos):
            self.left.emit()
            return
        point = self.vb.mapSceneToView(scene_pos)
        if 0 <= point.x() < self.extent[0] and 0 <= point.y() < self.extent[1]:
            self.hovered.emit(point.x(), point.y())
        else:
            self.left.emit()
