"""Before and after, side by side with zoom and pan linked and kept across parameter changes,
or split: the before picture over the after one, left of a line the user drags.

Both images are drawn in the frame of the original image (its width × height), whatever
their own size: a stride-2 map covers the same area as its input, so the two views line up
and a zoomed-in region stays the same region when the stride or pooling changes.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..image_levels import display_levels
from ..split_overlay import SplitOverlay
from .window_marker import WindowMarker

#: The ways to compare, by key: what the tab's menu offers.
COMPARE_MODES = {"beside": QT_TRANSLATE_NOOP("CompareViews", "Beside"),
                 "split": QT_TRANSLATE_NOOP("CompareViews", "Split")}


class CompareViews(QWidget):
    pixel_clicked = Signal(int, int)  # (row, col) in the after image's own pixels
    corners_moved = Signal(object)  # four (x, y) corners as fractions of the frame, TL TR BR BL

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = pg.GraphicsLayoutWidget()
        self.canvas.setObjectName("compare_canvas")
        self.canvas.setBackground("#202020")
        self.before_title = self.canvas.addLabel(self.tr("before"), row=0, col=0)
        self.after_title = self.canvas.addLabel(self.tr("after"), row=0, col=1)
        self.before_box = self.canvas.addViewBox(row=1, col=0)
        self.after_box = self.canvas.addViewBox(row=1, col=1)
        self.before_image, self.after_image = pg.ImageItem(), pg.ImageItem()
        for box, image in ((self.before_box, self.before_image), (self.after_box, self.after_image)):
            # Pictures arrive as 8-bit RGB/gray: without levels pyqtgraph wraps them in a
            # QImage directly instead of rescaling every pixel on each paint.
            image.setLevels(None)
            box.setAspectLocked(True)
            box.invertY(True)
            box.addItem(image)
            box.setMenuEnabled(False)
        self.after_box.setXLink(self.before_box)
        self.after_box.setYLink(self.before_box)
        self.split = SplitOverlay(self.after_box, self)
        self.mode = "beside"
        self._titles = (self.tr("before"), self.tr("after"))
        self.patch_marker = WindowMarker("#ffd400")
        self.pixel_marker = WindowMarker("#ffd400")
        self.before_box.addItem(self.patch_marker)
        self.after_box.addItem(self.pixel_marker)
        self.canvas.setToolTip(self.tr("Left: the selected stage's input; right: its output. Scroll to zoom, drag to pan "
                                       "(both views move together); click a pixel on the right to see how it was computed."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.canvas.scene().sigMouseClicked.connect(self._on_click)
        self.corners = pg.PolyLineROI([[0, 0], [1, 0], [1, 1], [0, 1]], closed=True, movable=False, pen=pg.mkPen("#ffd400", width=2))
        self.corners.setZValue(20)
        self.corners.hide()
        self.before_box.addItem(self.corners)
        self.corners.sigRegionChanged.connect(self._on_corners_dragged)
        for handle in self.corners.getHandles():
            # pyqtgraph gives each handle a parentless context menu: a stray top-level window.
            if handle.menu is not None:
                handle.menu.setParent(self, handle.menu.windowFlags())
        self._placing_corners = False
        self._frame: tuple[int, int] | None = None  # (W, H) of the original image
        self._before_hw = (1, 1)
        self._after_hw = (1, 1)
        self.after_pixels: np.ndarray | None = None

    def display(self, before: np.ndarray, after: np.ndarray, frame_wh: tuple[int, int], titles: tuple[str, str]) -> None:
        """Display two uint8 pictures in the frame of a W×H original (autorange on a new frame)."""
        w, h = frame_wh
        # During a drag the input of the edited stage stays the same picture, and mostly
        # the titles too: skipping them saves an image upload and a relayout of the canvas.
        for item, picture in ((self.before_image, before), (self.after_image, after)):
            if item.image is not picture:
                # uint8 without levels goes to Qt as it is; anything else needs levels.
                item.setImage(picture, autoLevels=False, levels=display_levels(picture))
            item.setRect(QRectF(0, 0, w, h))
        self._before_hw, self._after_hw = before.shape[:2], after.shape[:2]
        self.after_pixels = after
        self.split.set_before(before, (w, h))
        self._titles = titles
        self._show_titles()
        if self._frame != (w, h):
            self._frame = (w, h)
            self._shown_box().autoRange(padding=0.02)

    def set_mode(self, mode: str) -> None:
        """"beside": the two views; "split": the after view alone, the before picture over
        its left part up to a line the user drags. The region in view stays the same."""
        if mode == self.mode:
            return
        region = self._shown_box().viewRect()
        self.mode = mode
        beside = mode == "beside"
        # The after view follows the before view's range while both are shown; a hidden
        # before view has no width to follow, so in split mode the after view is on its own.
        for item in (self.before_box, self.before_title):
            item.setVisible(beside)
        link = self.before_box if beside else None
        self.after_box.setXLink(link)
        self.after_box.setYLink(link)
        self._shown_box().setRange(region, padding=0)
        self.split.set_enabled(not beside)
        self._show_titles()

    def _shown_box(self) -> pg.ViewBox:
        """The view box that leads zoom and pan: the before view, or the after view alone."""
        return self.before_box if self.mode == "beside" else self.after_box

    def _show_titles(self) -> None:
        before, after = self._titles
        if self.mode == "split":
            before, after = "", self.tr("{before} left of the line | {after}").format(before=before, after=after)
        for label, text in ((self.before_title, before), (self.after_title, after)):
            if label.text != text:
                label.setText(text)

    # --- perspective corners -----------------------------------------------------------
    def show_corners(self, fractions: list[tuple[float, float]] | None) -> None:
        """Show four draggable corner handles at these frame fractions (None hides them)."""
        if fractions is None or self._frame is None:
            self.corners.hide()
            return
        w, h = self._frame
        self._placing_corners = True
        for handle, (fx, fy) in zip(self.corners.getHandles(), fractions):
            # Move the existing handles: setPoints would build new ones (and new menus).
            self.corners.movePoint(handle, self.corners.mapFromParent(QPointF(fx * w, fy * h)), finish=False)
        self._placing_corners = False
        self.corners.show()

    def corner_fractions(self) -> list[tuple[float, float]]:
        w, h = self._frame or (1, 1)
        points = [self.corners.mapToParent(handle.pos()) for handle in self.corners.getHandles()]
        return [(p.x() / w, p.y() / h) for p in points]

    def _on_corners_dragged(self) -> None:
        if not self._placing_corners and self.corners.isVisible():
            self.corners_moved.emit(self.corner_fractions())

    def view_range(self) -> list:
        return self._shown_box().viewRange()

    # --- markers ----------------------------------------------------------------------
    def _to_frame(self, hw: tuple[int, int], row: float, col: float) -> QPointF:
        w, h = self._frame or (1, 1)
        return QPointF(col * w / hw[1], row * h / hw[0])

    def mark(self, patch: tuple[int, int, int, int] | None, pixel: tuple[int, int] | None) -> None:
        """Outline input rows r0..r1, cols c0..c1 (half-open) and the output pixel (row, col)."""
        for marker, area, hw in ((self.patch_marker, patch, self._before_hw), (self.pixel_marker, pixel and (*pixel, pixel[0] + 1, pixel[1] + 1), self._after_hw)):
            if area is None:
                marker.hide()
                continue
            r0, c0, r1, c1 = area
            marker.setRect(QRectF(self._to_frame(hw, r0, c0), self._to_frame(hw, r1, c1)))
            marker.show()

    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._frame is None:
            return
        if not self.after_box.sceneBoundingRect().contains(event.scenePos()):
            return
        point = self.after_box.mapSceneToView(event.scenePos())
        self.click_frame_point(point.x(), point.y())

    def click_frame_point(self, x: float, y: float) -> None:
        """A click at frame coordinates (x, y) → the after image's pixel there."""
        w, h = self._frame or (1, 1)
        row, col = int(np.floor(y * self._after_hw[0] / h)), int(np.floor(x * self._after_hw[1] / w))
        if 0 <= row < self._after_hw[0] and 0 <= col < self._after_hw[1]:
            self.pixel_clicked.emit(row, col)
