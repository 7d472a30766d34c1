"""The Broadcasting playground: A and B with editable shapes and values, each drawn as it is
used (the size-1 axes repeated, the copies faded), and the result; or the one axis where the
shapes do not fit, and why."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QScrollArea, QVBoxLayout, QWidget)

from ...core.broadcasting import OP_SYMBOLS, describe, fmt_shape
from .array_grid import ArrayGrid
from .broadcast_model import BroadcastModel


def copy_mask(cast, operand: str) -> np.ndarray:
    """True where the stretched operand holds a copy (an index > 0 along a repeated axis)."""
    mask = np.zeros(cast.result, bool)
    for s in cast.stretched(operand):
        index = [slice(None)] * len(cast.result)
        index[s.axis] = slice(1, None)
        mask[tuple(index)] = True
    return mask


class BroadcastView(QWidget):
    def __init__(self, model: BroadcastModel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("broadcast_view")
        self.model = model if model is not None else BroadcastModel(self)
        self.shape_a = QLineEdit("3, 3", objectName="shape_a")
        self.shape_b = QLineEdit("1, 3", objectName="shape_b")
        self.op = QComboBox(objectName="broadcast_op")
        self.op.addItem(self.tr("+ add"), "add")
        self.op.addItem(self.tr("× multiply"), "mul")
        for edit in (self.shape_a, self.shape_b):
            edit.setToolTip(self.tr("Sizes separated by commas, e.g. 3, 3 or 1, 3; press Enter"))
            edit.setMaximumWidth(160)
        controls = QHBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("Shape of A:"), self.shape_a)
        form.addRow(self.tr("Shape of B:"), self.shape_b)
        form.addRow(self.tr("Operation:"), self.op)
        controls.addLayout(form)
        rule = QLabel(self.tr(
            "The rule (numpy and PyTorch): line the shapes up on the right; a missing axis counts "
            "as size 1. On every axis the sizes must be equal, or one of them 1: that one is "
            "repeated to match. Nothing is shrunk, and no data is invented beyond copies."))
        rule.setWordWrap(True)
        controls.addWidget(rule, 1)
        self.explanation = QLabel(objectName="broadcast_explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(objectName="broadcast_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a03020;")

        self.grid_a = ArrayGrid("grid_a", editable=True)
        self.grid_b = ArrayGrid("grid_b", editable=True)
        self.used_a = ArrayGrid("used_a")
        self.used_b = ArrayGrid("used_b")
        self.result = ArrayGrid("grid_result")
        self.titles = {key: QLabel(objectName=f"title_{key}") for key in ("a", "b", "used_a", "used_b", "result")}
        self.symbols = [QLabel(), QLabel()]
        grids = QGridLayout()
        grids.addWidget(self.titles["a"], 0, 0)
        grids.addWidget(self.titles["b"], 0, 2)
        grids.addWidget(self.grid_a, 1, 0, Qt.AlignmentFlag.AlignTop)
        grids.addWidget(self.symbols[0], 1, 1)
        grids.addWidget(self.grid_b, 1, 2, Qt.AlignmentFlag.AlignTop)
        grids.addWidget(self.titles["used_a"], 2, 0)
        grids.addWidget(self.titles["used_b"], 2, 2)
        grids.addWidget(self.titles["result"], 2, 4)
        grids.addWidget(self.used_a, 3, 0, Qt.AlignmentFlag.AlignTop)
        grids.addWidget(self.symbols[1], 3, 1)
        grids.addWidget(self.used_b, 3, 2, Qt.AlignmentFlag.AlignTop)
        grids.addWidget(QLabel("="), 3, 3)
        grids.addWidget(self.result, 3, 4, Qt.AlignmentFlag.AlignTop)
        grids.setColumnStretch(5, 1)
        grids.setRowStretch(4, 1)
        holder = QWidget()
        holder.setLayout(grids)
        scroll = QScrollArea()
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.explanation)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)

        self.shape_a.editingFinished.connect(lambda: self._on_shape_edited("A", self.shape_a))
        self.shape_b.editingFinished.connect(lambda: self._on_shape_edited("B", self.shape_b))
        self.op.currentIndexChanged.connect(lambda _i: self.model.set_op(self.op.currentData()))
        self.grid_a.value_edited.connect(lambda index, text: self.model.set_value("A", index, text))
        self.grid_b.value_edited.connect(lambda index, text: self.model.set_value("B", index, text))
        self.model.changed.connect(self._on_model_changed)
        self.model.refused.connect(self._on_refused)
        self._on_model_changed()

    def _on_shape_edited(self, operand: str, edit: QLineEdit) -> None:
        current = self.model.a.shape if operand == "A" else self.model.b.shape
        if edit.text().strip() and edit.text().replace(" ", "").strip("()") == ",".join(map(str, current)):
            return  # unchanged: keep the values the user typed
        if not self.model.set_shape(operand, edit.text()):
            edit.setText(", ".join(map(str, current)))  # the previous shape stays

    def show_shape(self, operand: str, shape) -> None:
        """Give "A" or "B" this shape, as typing it and pressing Enter does (lessons)."""
        edit = self.shape_a if operand == "A" else self.shape_b
        edit.setText(", ".join(map(str, shape)))
        self._on_shape_edited(operand, edit)

    def _on_refused(self, sentence: str) -> None:
        self._on_model_changed()  # a refused cell edit shows the model's value again
        self.message.setText(sentence)

    def _on_model_changed(self) -> None:
        m = self.model
        self.message.clear()
        symbol = OP_SYMBOLS[m.op]
        for label in self.symbols:
            label.setText(symbol)
        self.titles["a"].setText(self.tr("A {shape}").format(shape=fmt_shape(m.a.shape)) + self._slice_note(m.a.ndim))
        self.titles["b"].setText(self.tr("B {shape}").format(shape=fmt_shape(m.b.shape)) + self._slice_note(m.b.ndim))
        self.grid_a.show_array(m.a)
        self.grid_b.show_array(m.b)
        cast = m.cast
        used = m.result()
        if cast is None:
            self.explanation.setText(str(m.problem))
            self.explanation.setStyleSheet("color: #a03020; font-weight: bold;")
        else:
            head = self.tr("{a} {op} {b} → {result}").format(
                a=fmt_shape(cast.a), op=symbol, b=fmt_shape(cast.b), result=fmt_shape(cast.result))
            self.explanation.setText("\n".join([head, *describe(cast)]))
            self.explanation.setStyleSheet("")
        for key in ("used_a", "used_b", "result"):
            self.titles[key].setVisible(used is not None)
        for grid in (self.used_a, self.used_b, self.result, self.symbols[1]):
            grid.setVisible(used is not None)
        if used is None:
            return
        big_a, big_b, result = used
        note = self._slice_note(len(cast.result))
        self.titles["used_a"].setText(self.tr("A as used {shape}").format(shape=fmt_shape(cast.result)) + note)
        self.titles["used_b"].setText(self.tr("B as used {shape}").format(shape=fmt_shape(cast.result)) + note)
        self.titles["result"].setText(self.tr("Result {shape}").format(shape=fmt_shape(cast.result)) + note)
        self.used_a.show_array(big_a, copy_mask(cast, "A"))
        self.used_b.show_array(big_b, copy_mask(cast, "B"))
        self.result.show_array(result)

    def _slice_note(self, rank: int) -> str:
        if rank <= 2:
            return ""
        index = ", ".join(["0"] * (rank - 2) + [":", ":"])
        return self.tr(" — showing [{index}]").format(index=index)
