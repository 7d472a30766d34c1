"""Evaluation on the test split: the confusion matrix (counts in the cells) and a gallery of
the misclassified samples with their predicted and true labels."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import cv2
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ...core.evaluation import accuracy
from ...core.feature_maps import colorize
from ..qt_image import to_qimage
from .plot_export import export_png, plot_widget
from .view_picker import FlowLayout

GALLERY_SIDE = 56  # pixels per misclassified sample


class ConfusionView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = plot_widget(self)
        self.plot.setAspectLocked(True)
        self.plot.invertY(True)
        self.plot.setMouseEnabled(False, False)
        self.plot.setLabel("bottom", self.tr("predicted class"))
        self.plot.setLabel("left", self.tr("true class"))
        self.image = pg.ImageItem()
        self.plot.addItem(self.image)
        self.count_items: list[pg.TextItem] = []
        self.summary = QLabel(objectName="evaluate_summary")
        self.summary.setWordWrap(True)
        self.gallery = QWidget()
        self.gallery_grid = FlowLayout(self.gallery)  # as many columns as the width holds
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.gallery)
        scroll.setMinimumHeight(2 * GALLERY_SIDE + 70)  # two rows of samples with captions
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.plot, stretch=1)
        self.gallery_title = QLabel(self.tr("Misclassified test samples"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.gallery_title)
        right_layout.addWidget(scroll, stretch=1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(right)
        self.gallery_part = right
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.matrix: np.ndarray | None = None
        self.captions: list[str] = []

    def show_confusion(self, matrix: np.ndarray, class_names: Sequence[str] | None = None) -> None:
        """(K, K) counts, rows true and columns predicted (core.evaluation.confusion_matrix)."""
        matrix = np.asarray(matrix)
        self.matrix = matrix
        self.plot.show()
        self.gallery_part.show()
        k = matrix.shape[0]
        names = list(class_names) if class_names and len(class_names) == k else [str(i) for i in range(k)]
        # Each row scaled by its class's size, so a small class's mistakes show as well.
        rows = matrix / np.maximum(matrix.sum(axis=1, keepdims=True), 1)
        self.image.setImage(colorize(rows, 0.0, 1.0, "viridis"), autoLevels=False, levels=(0, 255))
        for item in self.count_items:
            self.plot.removeItem(item)
        self.count_items = []
        for (r, c), count in np.ndenumerate(matrix):
            colour = "k" if rows[r, c] > 0.6 else "w"
            item = pg.TextItem(str(count), color=colour, anchor=(0.5, 0.5))
            item.setPos(c + 0.5, r + 0.5)
            self.plot.addItem(item)
            self.count_items.append(item)
        ticks = [[(i + 0.5, n) for i, n in enumerate(names)]]
        self.plot.getAxis("bottom").setTicks(ticks)
        self.plot.getAxis("left").setTicks(ticks)
        self.plot.setRange(xRange=(0, k), yRange=(0, k), padding=0.02)
        self.summary.setText(self.tr("Accuracy on the test split: {accuracy} of {n} samples").format(
            accuracy=f"{accuracy(matrix):.1%}", n=int(matrix.sum())))

    def show_not_for_numbers(self) -> None:
        """A data set with a number to predict: no matrix (none stays from an earlier run)."""
        self.matrix = None
        self.image.clear()
        for item in self.count_items:
            self.plot.removeItem(item)
        self.count_items = []
        while self.gallery_grid.count():
            self.gallery_grid.takeAt(0).widget().deleteLater()
        self.captions = []
        # An empty matrix and "0 misclassified" would read as a result: only the sentence shows.
        self.plot.hide()
        self.gallery_part.hide()
        self.summary.setText(self.tr("The confusion matrix counts classes; this data set asks for a number, so "
                                     "see Predicted vs true for how close the predictions are."))

    def show_misclassified(self, images: np.ndarray, true: np.ndarray, predicted: np.ndarray, class_names: Sequence[str] | None = None, limit: int = 48) -> None:
        """Samples (N, H, W) or (N, H, W, 3), any range, with their labels; the first `limit`."""
        while self.gallery_grid.count():
            self.gallery_grid.takeAt(0).widget().deleteLater()
        self.captions = []
        names = list(class_names or [])
        label = lambda k: names[k] if k < len(names) else str(k)  # noqa: E731
        for i, (image, t, p) in enumerate(zip(images[:limit], true[:limit], predicted[:limit])):
            cell = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
            cell.setPixmap(QPixmap.fromImage(to_qimage(_display_uint8(image))))
            caption = self.tr("said {predicted}\nis {true}").format(predicted=label(int(p)), true=label(int(t)))
            text = QLabel(caption, alignment=Qt.AlignmentFlag.AlignCenter)
            self.captions.append(caption)
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(2, 2, 2, 2)
            box_layout.addWidget(cell)
            box_layout.addWidget(text)
            self.gallery_grid.addWidget(box)
        shown = min(len(images), limit)
        self.gallery_title.setText(
            self.tr("Misclassified test samples: {n}").format(n=len(images))
            + (self.tr(" (first {shown} shown)").format(shown=shown) if shown < len(images) else "")
        )

    def export_png(self, path: str | Path) -> Path:
        return export_png(self.plot.getPlotItem(), path)


def _display_uint8(image: np.ndarray) -> np.ndarray:
    """A sample stretched to 0..255 and enlarged with hard pixel edges for the gallery."""
    image = np.asarray(image, dtype=np.float32)
    low, high = float(image.min()), float(image.max())
    scaled = (image - low) * (255.0 / (high - low)) if high > low else np.zeros_like(image)
    scaled = np.clip(scaled + 0.5, 0, 255).astype(np.uint8)
    return cv2.resize(scaled, (GALLERY_SIDE, GALLERY_SIDE), interpolation=cv2.INTER_NEAREST)
