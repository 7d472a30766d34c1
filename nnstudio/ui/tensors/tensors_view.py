"""The Tensors view: real tensors of rank 1 to 5 built from the current image and data set,
with their shape, rank, dtype and memory size. Two axes are drawn as a picture; every other
axis gets a slider that says what one step along it is (a channel, a frame, a sample)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QSlider, QSplitter, QVBoxLayout, QWidget)

from ...core.image_facts import human_bytes
from ...core.tensor_examples import AXIS_MEANINGS, slice_2d
from ..network.plot_export import plot_widget
from .tensors_model import TensorsModel

MAX_SLIDERS = 5  # rank 5 at most


def axis_name(letter: str) -> str:
    return QCoreApplication.translate("TensorAxes", AXIS_MEANINGS[letter])


class TensorsView(QWidget):
    def __init__(self, model: TensorsModel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tensors_view")
        self.model = model if model is not None else TensorsModel(self)
        self.list = QListWidget(objectName="tensor_list")
        self.list.setMaximumWidth(340)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.facts = QLabel(objectName="tensor_facts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rows_axis = QComboBox(objectName="rows_axis")
        self.cols_axis = QComboBox(objectName="cols_axis")
        for combo in (self.rows_axis, self.cols_axis):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.rows_axis.setToolTip(self.tr("The axis drawn downwards"))
        self.cols_axis.setToolTip(self.tr("The axis drawn across"))
        axes_row = QHBoxLayout()
        axes_row.addWidget(QLabel(self.tr("Draw down:")))
        axes_row.addWidget(self.rows_axis)
        axes_row.addWidget(QLabel(self.tr("across:")))
        axes_row.addWidget(self.cols_axis)
        axes_row.addStretch(1)
        self.sliders: list[QSlider] = []
        self.slider_labels: list[QLabel] = []
        sliders = QGridLayout()
        for i in range(MAX_SLIDERS):
            slider = QSlider(Qt.Orientation.Horizontal, objectName=f"axis_slider_{i}")
            label = QLabel(objectName=f"axis_label_{i}")
            slider.valueChanged.connect(lambda value, s=slider: self._on_slider(s, value))
            sliders.addWidget(label, i, 0)
            sliders.addWidget(slider, i, 1)
            self.sliders.append(slider)
            self.slider_labels.append(label)
        sliders.setColumnStretch(1, 1)
        self.slice_label = QLabel(objectName="slice_label")
        self.plot = plot_widget(self)
        self.plot.setAspectLocked(True)
        self.plot.invertY(True)
        self.image = pg.ImageItem()
        self.plot.addItem(self.image)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.facts)
        right_layout.addLayout(axes_row)
        right_layout.addLayout(sliders)
        right_layout.addWidget(self.slice_label)
        right_layout.addWidget(self.plot, 1)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list.currentItemChanged.connect(self._on_list_changed)
        self.rows_axis.activated.connect(lambda _i: self._on_axes_chosen())
        self.cols_axis.activated.connect(lambda _i: self._on_axes_chosen())
        self.model.changed.connect(self._on_model_changed)
        self._on_model_changed()

    # --- acting on the model -------------------------------------------------------------
    def _on_list_changed(self, item: QListWidgetItem | None, _previous) -> None:
        if item is not None and item.data(Qt.ItemDataRole.UserRole) != self.model.current:
            self.model.select(item.data(Qt.ItemDataRole.UserRole))

    def _on_axes_chosen(self) -> None:
        self.model.set_axes(self.rows_axis.currentIndex(), self.cols_axis.currentIndex())

    def _on_slider(self, slider: QSlider, value: int) -> None:
        axis = slider.property("axis")
        if axis is not None and slider.isVisible() and self.model.index.get(axis, 0) != value:
            self.model.set_index(axis, value)

    # --- showing the model -----------------------------------------------------------------
    def _on_model_changed(self) -> None:
        m = self.model
        self._fill_list()
        example = m.example()
        if example is None:
            self.facts.setText(self.tr("Building the tensors…"))
            return
        values = example.values
        shape = "(" + ", ".join(f"{a}={n}" for a, n in zip(example.axes, values.shape)) + ")"
        self.facts.setText(self.tr(
            "<b>{title}</b><br>shape {shape} · rank {rank} · dtype {dtype} · {count} values × "
            "{itemsize} bytes = {size}<br>{source}").format(
            title=self.tr_title(example.title), shape=shape, rank=example.rank, dtype=values.dtype,
            count=f"{values.size:,}", itemsize=values.itemsize, size=human_bytes(example.nbytes),
            source=example.source))
        names = [f"{a} — {axis_name(a)}" for a in example.axes]
        for combo, current in ((self.rows_axis, m.rows), (self.cols_axis, m.cols)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names)
            combo.setCurrentIndex(current)
            combo.setEnabled(example.rank > 1)
            combo.blockSignals(False)
        sliced = [a for a in range(example.rank) if a not in (m.rows, m.cols)]
        for i, (slider, label) in enumerate(zip(self.sliders, self.slider_labels)):
            if i < len(sliced):
                axis = sliced[i]
                slider.blockSignals(True)
                slider.setProperty("axis", axis)
                slider.setRange(0, values.shape[axis] - 1)
                slider.setValue(m.index.get(axis, 0))
                slider.blockSignals(False)
                label.setText(self._slider_text(example, axis, m.index.get(axis, 0)))
            slider.setVisible(i < len(sliced))
            label.setVisible(i < len(sliced))
        plane = slice_2d(values, m.rows, m.cols, m.index).astype(np.float32)
        lo, hi = float(values.min()), float(values.max())
        self.image.setImage(plane, autoLevels=False, levels=(lo, hi if hi > lo else lo + 1))
        self.plot.autoRange()
        index = ", ".join(":" if a in (m.rows, m.cols) else str(m.index.get(a, 0)) for a in range(example.rank))
        self.slice_label.setText(self.tr("Drawn: tensor[{index}] → {h} × {w}, gray from {lo:.3g} (black) to "
                                         "{hi:.3g} (white)").format(index=index, h=plane.shape[0], w=plane.shape[1],
                                                                   lo=lo, hi=hi))

    def tr_title(self, title: str) -> str:
        return QCoreApplication.translate("TensorExamples", title)

    def _slider_text(self, example, axis: int, at: int) -> str:
        letter = example.axes[axis]
        names = example.labels.get(letter)
        what = f" ({names[at]})" if names and at < len(names) else ""
        return self.tr("{letter} = {at} of {n}: {meaning}{what}").format(
            letter=letter, at=at, n=example.values.shape[axis], meaning=axis_name(letter), what=what)

    def _fill_list(self) -> None:
        texts = [self.tr_title(t.title) + f" = {tuple(t.values.shape)}" for t in self.model.examples]
        shown = [self.list.item(i).text() for i in range(self.list.count())]
        self.list.blockSignals(True)
        if texts != shown:
            self.list.clear()
            for t, text in zip(self.model.examples, texts):
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, t.key)
                self.list.addItem(item)
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == self.model.current:
                self.list.setCurrentRow(i)
        self.list.blockSignals(False)
