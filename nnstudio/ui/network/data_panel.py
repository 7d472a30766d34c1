"""The data set picker: built-in sets and imports, their options, and a preview.

Loading runs in the background (the shapes set is drawn, IDX files decompressed); the
page hears `loaded(DataSet)` or `failed(str)` and keeps the previous set on failure.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout, QLabel,
                               QSpinBox, QVBoxLayout, QWidget)

from ...core.dataset_registry import DataOptions, DataSet, load_dataset
from ...core.toy_data import GATES, TOY_SETS
from ..workers import LatestJobRunner

CLASS_COLOURS = ["#1565c0", "#e65100", "#2e7d32", "#6a1b9a", "#c62828", "#00838f",
                 "#9e9d24", "#4e342e", "#ad1457", "#37474f"]
IMPORTS = {"idx-folder": "MNIST IDX folder…", "image-folder": "Image folder…"}


def montage(images: np.ndarray, columns: int = 8) -> np.ndarray:
    """(N, 1, H, W) in 0..1 -> one uint8 picture of up to 4 rows, 1 px gaps."""
    images = images[: columns * 4, 0]
    n, h, w = images.shape
    rows = max(1, -(-n // columns))
    out = np.full((rows * (h + 1), columns * (w + 1)), 255, np.uint8)
    for i, image in enumerate(images):
        r, c = divmod(i, columns)
        out[r * (h + 1): r * (h + 1) + h, c * (w + 1): c * (w + 1) + w] = (255 - image * 255).astype(np.uint8)
    return out


class DataPanel(QWidget):
    loaded = Signal(object)  # DataSet
    failed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.name = QComboBox(objectName="dataset_name")
        for key in (*GATES, *TOY_SETS, "digits", "shapes"):
            self.name.addItem(key, key)
        for key, label in IMPORTS.items():
            self.name.addItem(label, key)
        self.name.setToolTip("gate-*: the four points of a logic gate; circle … moons: 2-D points; "
                             "digits: 1,797 real 8×8 handwritten digits; shapes: generated 28×28 pictures.")
        self.points = QSpinBox(objectName="dataset_points", minimum=20, maximum=20000, value=1000, singleStep=100)
        self.noise = QDoubleSpinBox(objectName="dataset_noise", minimum=0.0, maximum=1.0, value=0.1, singleStep=0.05)
        self.test_ratio = QDoubleSpinBox(objectName="dataset_test_ratio", minimum=0.0, maximum=0.9, value=0.25, singleStep=0.05)
        self.noise.setToolTip("Random jitter added to every 2-D point: more noise, harder to separate.")
        self.test_ratio.setToolTip("Share of the samples held back to test on: the network never trains on them.")
        self.folder = ""
        form = QFormLayout()
        form.addRow("Data set", self.name)
        form.addRow("Points", self.points)
        form.addRow("Noise", self.noise)
        form.addRow("Test share", self.test_ratio)
        self.summary = QLabel(objectName="dataset_summary")
        self.summary.setWordWrap(True)
        self.preview = pg.PlotWidget(objectName="dataset_preview")
        self.preview.setBackground("w")
        self.preview.setMinimumHeight(150)
        self.preview.getPlotItem().hideAxis("left")
        self.preview.getPlotItem().hideAxis("bottom")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        self.data: DataSet | None = None
        self.runner = LatestJobRunner("dataset", self)
        self.runner.finished.connect(self._on_loaded)
        self.runner.failed.connect(self._on_failed)
        self.name.activated.connect(self._on_name_chosen)
        for spin in (self.points, self.noise, self.test_ratio):
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(self.reload)

    def options(self) -> DataOptions:
        return DataOptions(n=self.points.value(), noise=round(self.noise.value(), 4),
                           test_ratio=round(self.test_ratio.value(), 4), folder=self.folder)

    def choose(self, name: str, options: dict | None = None) -> None:
        """Select a data set (as a design file names it) and load it."""
        options = options or {}
        for widget, key in ((self.points, "n"), (self.noise, "noise"), (self.test_ratio, "test_ratio")):
            widget.blockSignals(True)
            widget.setValue(options.get(key, DataOptions.__dataclass_fields__[key].default))
            widget.blockSignals(False)
        self.folder = options.get("folder", "")
        index = self.name.findData(name)
        if index >= 0:
            self.name.setCurrentIndex(index)
        self.reload()

    def design_entry(self) -> dict:
        """What a design file records about the data set."""
        entry = {"name": self.name.currentData(), "test_ratio": round(self.test_ratio.value(), 4)}
        if self.name.currentData() in TOY_SETS:
            entry.update(n=self.points.value(), noise=round(self.noise.value(), 4))
        if self.folder:
            entry["folder"] = self.folder
        return entry

    def _on_name_chosen(self) -> None:
        key = self.name.currentData()
        if key in IMPORTS:
            folder = QFileDialog.getExistingDirectory(self, IMPORTS[key])
            if not folder:
                return
            self.folder = folder
        self.reload()

    def reload(self) -> None:
        key = self.name.currentData()
        self.points.setEnabled(key in TOY_SETS or key == "shapes")
        self.noise.setEnabled(key in TOY_SETS)
        self.summary.setText("Loading…")
        self.runner.submit(load_dataset, key, self.options())

    def _on_loaded(self, data: DataSet) -> None:
        self.data = data
        counts = np.bincount(data.y_train, minlength=data.num_classes)
        self.summary.setText(
            f"{data.name}: {len(data.x_train):,} train + {len(data.x_test):,} test samples, "
            f"{data.num_classes} classes; one sample is {data.input_shape} → a batch is "
            f"(N, {', '.join(map(str, data.input_shape))}). Train samples per class: "
            + ", ".join(map(str, counts)))
        self._show_preview(data)
        self.loaded.emit(data)

    def _on_failed(self, message: str) -> None:
        self.summary.setText(f"⚠ {message}" + (f" Still using {self.data.name}." if self.data else ""))
        self.failed.emit(message)

    def _show_preview(self, data: DataSet) -> None:
        plot = self.preview.getPlotItem()
        plot.clear()
        if data.kind == "images":
            image = pg.ImageItem(montage(data.x_train))
            plot.addItem(image)
            plot.getViewBox().invertY(True)
            plot.getViewBox().setAspectLocked(True)
        else:
            plot.getViewBox().invertY(False)
            plot.getViewBox().setAspectLocked(True)
            x, y = data.x_train[:2000], data.y_train[:2000]
            brushes = [pg.mkBrush(CLASS_COLOURS[int(k) % len(CLASS_COLOURS)]) for k in y]
            plot.addItem(pg.ScatterPlotItem(x[:, 0], x[:, 1], size=6 if len(x) > 10 else 14, brush=brushes, pen=None))
        plot.autoRange()

    def shutdown(self) -> None:
        self.runner.shutdown()
