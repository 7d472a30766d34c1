"""The kernel editor: a k×k grid of numbers, a heat map of it, presets, σ and normalising."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QSlider, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from superqt.utils import signals_blocked

from ...core.errors import InputError
from ...core.feature_display import DIVERGING_LUT
from ...core.kernels import KERNEL_SIZES, PRESETS, check_kernel, embed, make_kernel, normalise
from ..qt_image import to_qimage

CELL_PX = 38
#: Room around a weight's text in its cell (the cell's own padding and the grid line).
CELL_MARGIN_PX = 12


def format_weight(value: float) -> str:
    """A weight short enough for its cell: whole numbers as they are, others to 3 decimals
    (0.075, -0.125), tiny ones as 2e-4 and large ones to 3 significant digits. The exact
    value is in the cell's tooltip."""
    if not np.isfinite(value):
        return str(value)
    if value == int(value) and abs(value) < 1e4:
        return str(int(value))
    if abs(value) >= 10:
        return f"{value:.3g}".replace("e+0", "e").replace("e+", "e")
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    if text in ("0", "-0"):  # too small for 3 decimals: one significant digit, exponent
        mantissa, exponent = f"{value:.0e}".split("e")
        text = f"{mantissa}e{int(exponent)}"
    return text


def exact_weight(value: float) -> str:
    """The float32 weight in full: the shortest text that reads back as the same float32."""
    return str(np.float32(value))


class KernelEditor(QWidget):
    kernel_edited = Signal(object)  # the new float32 kernel
    problem = Signal(str)  # one sentence when an edit cannot be used

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kernel = make_kernel("identity")
        self.size_combo = QComboBox(objectName="kernel_size")
        for k in KERNEL_SIZES:
            self.size_combo.addItem(f"{k}×{k}", k)
        self.size_combo.setToolTip(self.tr("The kernel's side k: a k×k kernel looks at a k×k neighbourhood, so larger "
                                           "kernels see larger structures."))
        self.preset_combo = QComboBox(objectName="kernel_preset")
        self.preset_combo.addItem(self.tr("Preset…"), "")
        for preset in PRESETS.values():
            self.preset_combo.addItem(QCoreApplication.translate("Kernels", preset.label), preset.name)
            self.preset_combo.setItemData(self.preset_combo.count() - 1,
                                          QCoreApplication.translate("Kernels", preset.explanation),
                                          Qt.ItemDataRole.ToolTipRole)
        self.preset_combo.setToolTip(self.tr("Classic kernels; hover over one to read what it does."))
        self.sigma_slider = QSlider(Qt.Orientation.Horizontal, objectName="sigma")
        self.sigma_slider.setRange(1, 50)
        self.sigma_slider.setValue(10)
        self.sigma_slider.setToolTip("σ of the Gaussian preset: how far the bell curve reaches. Larger σ blurs more (the kernel must be large enough to hold it).")
        self.sigma_label = QLabel("σ 1.0")
        self.normalise_box = QCheckBox(self.tr("sum 1"), objectName="normalise")
        self.normalise_box.setToolTip(self.tr("Scale the weights so they sum to 1: the filtered image then keeps its "
                                              "overall brightness."))
        self.table = QTableWidget(objectName="kernel_grid")
        self.table.horizontalHeader().setVisible(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setToolTip(self.tr("The weights. Each output value is the sum of these numbers times the pixels under "
                                      "them; type a number and the result updates."))
        self.heat = QLabel(objectName="kernel_heat")
        self.heat.setToolTip(self.tr("The kernel as a heat map: red weights add, blue weights subtract, white is 0."))
        self.heat.setFixedSize(72, 72)

        top = QHBoxLayout()
        top.addWidget(self.size_combo)
        top.addWidget(self.preset_combo, 1)
        top.addWidget(self.normalise_box)
        sigma_row = QHBoxLayout()
        sigma_row.addWidget(self.sigma_label)
        sigma_row.addWidget(self.sigma_slider, 1)
        grid_row = QGridLayout()
        grid_row.addWidget(self.table, 0, 0)
        grid_row.addWidget(self.heat, 0, 1, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(sigma_row)
        layout.addLayout(grid_row)

        self.size_combo.currentIndexChanged.connect(self._on_size_changed)
        self.preset_combo.activated.connect(self._on_preset_chosen)
        self.sigma_slider.valueChanged.connect(self._on_sigma_changed)
        self.normalise_box.toggled.connect(self._on_normalise_toggled)
        self.table.itemChanged.connect(self._on_cell_changed)
        self.set_kernel(self._kernel)

    # --- model -> view ------------------------------------------------------------------
    @property
    def kernel(self) -> np.ndarray:
        return self._kernel.copy()

    def set_kernel(self, kernel: np.ndarray) -> None:
        self._kernel = np.array(kernel, np.float32)
        with signals_blocked(self.table):
            self._fill_table()
        index = self.size_combo.findData(self._kernel.shape[0])
        if index >= 0:
            with signals_blocked(self.size_combo):
                self.size_combo.setCurrentIndex(index)
        self._draw_heat()
        self._show_matching_preset()

    def _fill_table(self) -> None:
        k = self._kernel.shape[0]
        self.table.setRowCount(k)
        self.table.setColumnCount(self._kernel.shape[1])
        texts = [[format_weight(float(v)) for v in row] for row in self._kernel]
        for r in range(k):
            for c in range(self._kernel.shape[1]):
                item = QTableWidgetItem(texts[r][c])
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(self.tr("Weight at row {r}, column {c}: {value}").format(
                    r=r, c=c, value=exact_weight(float(self._kernel[r, c]))))
                self.table.setItem(r, c, item)
        # Columns as wide as the longest weight, so no cell is cut to "0....".
        metrics = self.table.fontMetrics()
        widest = max(metrics.horizontalAdvance(t) for row in texts for t in row) + CELL_MARGIN_PX
        row_px = CELL_PX if k <= 5 else 30
        col_px = max(row_px, widest)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setDefaultSectionSize(col_px)
        self.table.verticalHeader().setDefaultSectionSize(row_px)
        frame = 2 * self.table.frameWidth()
        self.table.setFixedSize(col_px * self._kernel.shape[1] + frame, row_px * k + frame)

    def _show_sigma(self) -> None:
        """σ belongs to the Gaussian alone: the slider shows only while it is the preset."""
        gaussian = self.preset_combo.currentData() == "gaussian"
        self.sigma_label.setVisible(gaussian)
        self.sigma_slider.setVisible(gaussian)

    def _show_matching_preset(self) -> None:
        """Name the preset the grid holds (so the combo never claims a kernel it does not show)."""
        k = self._kernel.shape[0]
        match = 0
        for index in range(1, self.preset_combo.count()):
            name = self.preset_combo.itemData(index)
            if name not in ("random", "gaussian") and self._kernel.shape == (k, k) and np.array_equal(make_kernel(name, k), self._kernel):
                match = index
                break
        if match or self.preset_combo.currentData() not in ("random", "gaussian"):
            with signals_blocked(self.preset_combo):
                self.preset_combo.setCurrentIndex(match)
        self._show_sigma()

    def _draw_heat(self) -> None:
        m = float(np.max(np.abs(self._kernel))) or 1.0
        idx = np.clip(np.rint(self._kernel / m * 127.5 + 127.5), 0, 255).astype(np.uint8)
        rgb = np.ascontiguousarray(DIVERGING_LUT[idx])
        pixmap = QPixmap.fromImage(to_qimage(rgb)).scaled(72, 72, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)
        self.heat.setPixmap(pixmap)

    # --- view -> model ------------------------------------------------------------------
    def _emit(self, kernel: np.ndarray) -> None:
        try:
            kernel = check_kernel(kernel)
            if self.normalise_box.isChecked():
                kernel = normalise(kernel)
        except InputError as exc:
            self.set_kernel(self._kernel)  # the previous kernel stays
            self.problem.emit(str(exc))
            return
        self.set_kernel(kernel)
        self.kernel_edited.emit(self.kernel)

    def _on_cell_changed(self, item: QTableWidgetItem) -> None:
        text = item.text().strip().replace("−", "-")
        try:
            value = float(text)
        except ValueError:
            self.set_kernel(self._kernel)
            self.problem.emit(f"{text!r} is not a number; type a value such as -1, 0.5 or 2e-3.")
            return
        kernel = self._kernel.astype(np.float64)
        kernel[item.row(), item.column()] = value
        self.preset_combo.setCurrentIndex(0)  # hand-edited: no longer the preset
        self._emit(kernel)

    def _on_size_changed(self) -> None:
        k = int(self.size_combo.currentData())
        preset = self.preset_combo.currentData()
        if preset:
            self._emit(make_kernel(preset, k, self._sigma()))
        elif k >= self._kernel.shape[0]:
            self._emit(embed(self._kernel, k))
        else:
            off = (self._kernel.shape[0] - k) // 2
            self._emit(self._kernel[off : off + k, off : off + k])

    def _on_preset_chosen(self) -> None:
        name = self.preset_combo.currentData()
        if name:
            self._emit(make_kernel(name, int(self.size_combo.currentData()), self._sigma()))

    def _sigma(self) -> float:
        return self.sigma_slider.value() / 10.0

    def _on_sigma_changed(self) -> None:
        self.sigma_label.setText(f"σ {self._sigma():.1f}")
        if self.preset_combo.currentData() == "gaussian":
            self._emit(make_kernel("gaussian", int(self.size_combo.currentData()), self._sigma()))

    def _on_normalise_toggled(self, on: bool) -> None:
        if on:
            self._emit(self._kernel)
            if not np.isclose(float(self._kernel.sum()), 1.0, atol=1e-4):
                with signals_blocked(self.normalise_box):
                    self.normalise_box.setChecked(False)
