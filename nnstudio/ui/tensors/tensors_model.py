"""The Tensors view's state: the tensors built from the current image and data set, the one
shown, which two axes are drawn and where every other axis is sliced.

The tensors are built on a worker (a 2048 × 2048 image's float32 copy takes longer than the
window's thread may spend); each set carries the image and data set it was made from.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Signal

from ...core.tensor_examples import TensorExample, data_tensors, image_tensors
from ..workers import LatestJobRunner

ORDER = ("vector", "gray", "hwc", "chw", "batch", "video", "series")


def build_all(pixels: np.ndarray, image_name: str, x, y, classes, data_name: str) -> list[TensorExample]:
    found = {t.key: t for t in image_tensors(pixels, image_name) + data_tensors(x, y, classes, data_name)}
    return [found[key] for key in ORDER]


def default_axes(example: TensorExample) -> tuple[int, int]:
    """The two axes drawn first: the image's rows and columns, a series' steps and features."""
    axes = example.axes
    if "H" in axes and "W" in axes:
        return axes.index("H"), axes.index("W")
    if example.rank == 1:
        return 0, 0
    return example.rank - 2, example.rank - 1


class TensorsModel(QObject):
    changed = Signal()  # new tensors, another tensor, other axes or another slice
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.examples: list[TensorExample] = []
        self.current = "hwc"
        self.rows, self.cols = 0, 1
        self.index: dict[int, int] = {}
        self._runner = LatestJobRunner("tensors", self)
        self._runner.finished.connect(self._on_built)
        self._runner.failed.connect(self.failed)

    def rebuild(self, pixels: np.ndarray, image_name: str, data=None) -> None:
        """Build every tensor again from this image and data set (DataSet or None)."""
        if data is None:
            self._runner.submit(build_all, pixels, image_name, None, None, (), "")
        else:
            self._runner.submit(build_all, pixels, image_name, data.x_train, data.y_train,
                                data.class_names, data.name)

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def example(self) -> TensorExample | None:
        return next((t for t in self.examples if t.key == self.current), None)

    def select(self, key: str) -> None:
        self.current = key
        self._reset_axes()
        self.changed.emit()

    def set_axes(self, rows: int, cols: int) -> None:
        example = self.example()
        if example is None or not (0 <= rows < example.rank and 0 <= cols < example.rank):
            return
        if rows == cols and example.rank > 1:  # one axis cannot go both ways: swap the two
            rows, cols = (rows, self.rows) if rows != self.rows else (self.cols, cols)
        self.rows, self.cols = rows, cols
        self.changed.emit()

    def set_index(self, axis: int, value: int) -> None:
        example = self.example()
        if example is None or not 0 <= axis < example.rank:
            return
        self.index[axis] = int(np.clip(value, 0, example.values.shape[axis] - 1))
        self.changed.emit()

    def shutdown(self) -> None:
        self._runner.shutdown()

    def _on_built(self, examples: list[TensorExample]) -> None:
        old = self.example()
        self.examples = examples
        new = self.example()
        if old is None or new is None or old.values.shape != new.values.shape:
            self._reset_axes()
        self.changed.emit()

    def _reset_axes(self) -> None:
        example = self.example()
        if example is not None:
            self.rows, self.cols = default_axes(example)
        self.index = {}
