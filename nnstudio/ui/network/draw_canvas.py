"""Draw to predict: the mouse draws on a canvas, the drawing becomes the network's input (the
same preprocessing as the training data, shown as a thumbnail) and the class probabilities
appear as bars while drawing."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import cv2
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ...core.errors import InputError
from ...core.model_input import ModelInput, to_model_input
from ..qt_image import to_qimage
from .plot_export import plot_widget

PAD_SIDE = 280  # pixels of the ink array (35 per cell of an 8x8 input)
PEN_WIDTH = 26  # a stroke about as thick, relative to the cell, as in the digits data set
THUMB_SIDE = 112

Predictor = Callable[[np.ndarray], np.ndarray]  # one input (C, H, W) or (F,) -> (K,) probabilities


class DrawingPad(QWidget):
    """A square of white ink on black, kept as a uint8 (PAD_SIDE, PAD_SIDE) array."""

    drawn = Signal()  # the ink changed (during a stroke and after clear())

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ink = np.zeros((PAD_SIDE, PAD_SIDE), np.uint8)
        self._last: tuple[int, int] | None = None
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(self.tr("Draw with the left mouse button."))

    def clear(self) -> None:
        self.ink = np.zeros_like(self.ink)
        self.update()
        self.drawn.emit()

    def stroke(self, points: Sequence[tuple[float, float]]) -> None:
        """Draw a polyline through ink-array coordinates (what a mouse drag does)."""
        ink = self.ink.copy()  # a new array each time: earlier ones may be in use elsewhere
        pts = [(int(round(x)), int(round(y))) for x, y in points]
        for a, b in zip(pts, pts[1:] or pts):
            cv2.line(ink, a, b, 255, PEN_WIDTH, cv2.LINE_AA)
        self.ink = ink
        self.update()
        self.drawn.emit()

    def _square(self) -> tuple[float, float, float]:
        side = min(self.width(), self.height())
        return (self.width() - side) / 2, (self.height() - side) / 2, side

    def to_ink(self, pos: QPointF) -> tuple[float, float]:
        x0, y0, side = self._square()
        scale = PAD_SIDE / max(side, 1)
        return (pos.x() - x0) * scale, (pos.y() - y0) * scale

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._last = self.to_ink(event.position())
            self.stroke([self._last])

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._last is not None and event.buttons() & Qt.MouseButton.LeftButton:
            point = self.to_ink(event.position())
            self.stroke([self._last, point])
            self._last = point

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._last = None

    def paintEvent(self, event) -> None:  # noqa: N802
        x0, y0, side = self._square()
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.darkGray)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(x0, y0, side, side), to_qimage(self.ink))
        painter.end()


class DrawCanvas(QWidget):
    """The pad, the thumbnail of what the network gets, and the probability bars.

    Predictions come from set_predictor(fn) (called on every change: fine for the small
    networks of the tab), or from outside: connect input_changed to a background job and feed
    its result to set_probabilities().
    """

    input_changed = Signal(object)  # ModelInput
    failed = Signal(str)

    def __init__(self, input_shape: tuple[int, ...] = (1, 8, 8), class_names: Sequence[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pad = DrawingPad()
        self.pad.drawn.connect(self._on_drawn)
        self.fit_box = QCheckBox(self.tr("Centre and scale like the training digits"))
        self.fit_box.setChecked(True)
        self.fit_box.toggled.connect(self._on_drawn)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(self.pad.clear)
        self.thumbnail = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setFixedSize(THUMB_SIDE, THUMB_SIDE)
        self.thumbnail.setStyleSheet("background: black")
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.prediction = QLabel()
        font = self.prediction.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.prediction.setFont(font)
        self.prediction.setWordWrap(True)
        self.bars_plot = plot_widget(self)
        self.bars_plot.setYRange(0, 1, padding=0)
        self.bars_plot.setMouseEnabled(False, False)
        self.bars_plot.setLabel("left", self.tr("probability"))
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush=(0, 114, 178))
        self.bars_plot.addItem(self.bars)
        grid = QGridLayout(self)
        grid.addWidget(self.pad, 0, 0, 4, 1)
        grid.addWidget(QLabel(self.tr("What the network sees:")), 0, 1)
        grid.addWidget(self.thumbnail, 1, 1)
        grid.addWidget(self.steps, 2, 1)
        grid.addWidget(self.prediction, 3, 1)
        grid.addWidget(clear, 4, 1)
        grid.addWidget(self.fit_box, 5, 0, 1, 2)  # under both columns: the pad may be narrow
        grid.addWidget(self.bars_plot, 6, 0, 1, 2)
        grid.setRowStretch(0, 0)
        grid.setRowStretch(3, 1)
        grid.setRowStretch(5, 1)
        grid.setColumnStretch(0, 1)
        self.input_shape = tuple(input_shape)
        self.class_names: list[str] = list(class_names or [])
        self.model_input: ModelInput | None = None
        self.probabilities: np.ndarray | None = None
        self._predictor: Predictor | None = None
        self._frame = False  # the input is a live frame, not the drawing
        self._on_drawn()

    def set_input_shape(self, shape: tuple[int, ...]) -> None:
        self.input_shape = tuple(shape)
        self._on_drawn()

    def set_class_names(self, names: Sequence[str]) -> None:
        self.class_names = list(names)
        if self.probabilities is not None:
            self.set_probabilities(self.probabilities)

    def set_predictor(self, predictor: Predictor | None) -> None:
        self._predictor = predictor
        self._on_drawn()

    def clear(self) -> None:
        self.pad.clear()

    def _on_drawn(self) -> None:
        try:
            made = to_model_input(self.pad.ink, self.input_shape, fit_to_ink=self.fit_box.isChecked())
        except InputError as exc:
            self.steps.setText(str(exc))
            self.failed.emit(str(exc))
            return
        self._frame = False
        self._show_input(made)

    def show_frame(self, made: ModelInput) -> None:
        """A live camera or video frame, already converted, as the input instead of the
        drawing (until the next stroke)."""
        self._frame = True
        self._show_input(made)

    def _show_input(self, made: ModelInput) -> None:
        self.model_input = made
        pixmap = QPixmap.fromImage(to_qimage(made.thumbnail))
        self.thumbnail.setPixmap(pixmap.scaled(THUMB_SIDE, THUMB_SIDE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation))
        self.steps.setText(made.steps)
        self.input_changed.emit(made)
        if not self.has_drawing:
            self._show_no_prediction()
        elif self._predictor is not None:
            try:
                self.set_probabilities(self._predictor(made.array))
            except InputError as exc:
                self.failed.emit(str(exc))

    @property
    def has_drawing(self) -> bool:
        """Something to answer for: ink on the pad, or a live frame."""
        return self._frame or bool(self.pad.ink.any())

    def _show_no_prediction(self) -> None:
        """An empty pad is no digit: a network would still answer (its bias alone), and that
        answer would teach nothing, so none is shown until something is drawn."""
        self.probabilities = None
        self.bars.setOpts(x=[], height=[], width=0.7, brushes=[])
        self.bars_plot.getAxis("bottom").setTicks(None)
        self.prediction.setText(self.tr("Draw to see the answer"))

    def set_probabilities(self, probabilities: np.ndarray) -> None:
        """Show the network's answer for the drawing (ignored while the pad is empty: a late
        answer for ink that was cleared)."""
        if not self.has_drawing:
            self._show_no_prediction()
            return
        probs = np.asarray(probabilities, dtype=np.float64).ravel()
        self.probabilities = probs
        best = int(np.argmax(probs)) if probs.size else -1
        brushes = [pg.mkBrush(230, 159, 0) if i == best else pg.mkBrush(0, 114, 178) for i in range(probs.size)]
        self.bars.setOpts(x=np.arange(probs.size), height=probs, width=0.7, brushes=brushes)
        names = self.class_names if len(self.class_names) == probs.size else [str(i) for i in range(probs.size)]
        self.bars_plot.getAxis("bottom").setTicks([list(enumerate(names))])
        self.bars_plot.setXRange(-0.5, probs.size - 0.5, padding=0.02)
        if probs.size:
            self.prediction.setText(self.tr("{name}  ({share})").format(name=names[best], share=f"{probs[best]:.0%}"))
