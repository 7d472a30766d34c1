"""Perceptron panel: set w1, w2 and θ by hand and watch the truth table and the line.

The neuron answers 1 when w1·x1 + w2·x2 passes the threshold θ (the bias b = −θ is the same
number moved to the other side). The table says which of AND, OR, NAND, XOR it computes; the
plane shows the line w1·x1 + w2·x2 = θ and the side on which the neuron fires.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QSplitter, QVBoxLayout, QWidget)

from ...core.perceptron import (GATE_INPUTS, GATE_KEYS, TEXTBOOKS, ThresholdUnit,
                                gate_targets, gates_computed)
from .perceptron_model import PerceptronModel
from .plane_view import PlaneView
from .table import BAD, GOOD, fit_rows, fmt, number_table, set_rows
from .value_control import ValueControl


def gate_names(widget: QWidget) -> dict[str, str]:
    """The gates' display names (Korean keeps AND, OR, NAND, XOR as its textbooks do)."""
    return {"gate-and": QCoreApplication.translate("Gates", "AND"), "gate-or": QCoreApplication.translate("Gates", "OR"),
            "gate-nand": QCoreApplication.translate("Gates", "NAND"), "gate-xor": QCoreApplication.translate("Gates", "XOR")}


class PerceptronPanel(QWidget):
    def __init__(self, model: PerceptronModel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("perceptron_panel")
        self.model = model if model is not None else PerceptronModel(self)
        self.names = gate_names(self)

        self.w1 = ValueControl("w1", self.tr("Weight of input x₁: how much x₁ counts in the sum."))
        self.w2 = ValueControl("w2", self.tr("Weight of input x₂: how much x₂ counts in the sum."))
        self.theta = ValueControl("theta", self.tr(
            "Threshold θ: the neuron fires (answers 1) when w1·x1 + w2·x2 is above it."))
        self.bias = ValueControl("bias", self.tr(
            "Bias b = −θ: the same threshold moved to the other side, step(w·x + b)."))
        self.output_kind = QComboBox(objectName="output_kind")
        self.output_kind.addItem(self.tr("step: 1 or 0"), False)
        self.output_kind.addItem(self.tr("step: +1 or −1"), True)
        self.output_kind.setToolTip(self.tr(
            "What the neuron answers below the threshold: 0, or −1 in the bipolar variant."))
        form = QFormLayout()
        form.addRow(self.tr("w₁"), self.w1)
        form.addRow(self.tr("w₂"), self.w2)
        form.addRow(self.tr("threshold θ"), self.theta)
        form.addRow(self.tr("bias b = −θ"), self.bias)
        form.addRow(self.tr("output"), self.output_kind)

        buttons = QHBoxLayout()
        self.preset_buttons = {}
        for key, unit in TEXTBOOKS.items():
            button = QPushButton(self.tr("Textbook {gate}").format(gate=self.names[key]),
                                 objectName=f"textbook_{key}")
            button.setToolTip(self.tr("w₁ = {w1}, w₂ = {w2}, θ = {theta}").format(
                w1=fmt(unit.w1, 1), w2=fmt(unit.w2, 1), theta=fmt(unit.theta, 1)))
            button.clicked.connect(lambda _=False, u=unit: self._use_textbook(u))
            buttons.addWidget(button)
            self.preset_buttons[key] = button
        controls = QGroupBox(self.tr("The neuron: y = step(w₁·x₁ + w₂·x₂ − θ)"))
        controls_layout = QVBoxLayout(controls)
        controls_layout.addLayout(form)
        controls_layout.addLayout(buttons)

        self.table = number_table("truth_table")
        self.verdict = QLabel(objectName="verdict")
        self.verdict.setWordWrap(True)
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(controls)
        left_layout.addWidget(QLabel(self.tr(
            "Truth tables: the neuron's answer y against each gate (green where they agree).")))
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.verdict)
        left_layout.addStretch(1)

        self.plane = PlaneView()
        self.plane.setToolTip(self.tr(
            "The four inputs, coloured by the neuron's answer (orange 1, blue 0 or −1); the "
            "shaded side is where it fires; the line is w₁·x₁ + w₂·x₂ = θ."))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.plane)
        splitter.setSizes([560, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.w1.value_changed.connect(self.model.set_w1)
        self.w2.value_changed.connect(self.model.set_w2)
        self.theta.value_changed.connect(self.model.set_theta)
        self.bias.value_changed.connect(self.model.set_bias)
        self.output_kind.currentIndexChanged.connect(
            lambda _: self.model.set_bipolar(bool(self.output_kind.currentData())))
        self.model.changed.connect(self._on_unit_changed)
        self._on_unit_changed(self.model.unit)

    def _use_textbook(self, unit: ThresholdUnit) -> None:
        self.model.set_unit(ThresholdUnit(unit.w1, unit.w2, unit.theta, self.model.unit.bipolar))

    def _on_unit_changed(self, unit: ThresholdUnit) -> None:
        self.w1.set_value(unit.w1)
        self.w2.set_value(unit.w2)
        self.theta.set_value(unit.theta)
        self.bias.set_value(unit.bias)
        self.output_kind.blockSignals(True)
        self.output_kind.setCurrentIndex(1 if unit.bipolar else 0)
        self.output_kind.blockSignals(False)
        self._fill_table(unit)
        self.plane.draw(unit.output, unit.output(GATE_INPUTS),
                        [(unit, self.tr("w₁·x₁ + w₂·x₂ = θ"))])

    def _fill_table(self, unit: ThresholdUnit) -> None:
        sums = unit.weighted_sum(GATE_INPUTS)
        out = unit.output(GATE_INPUTS)
        targets = {key: gate_targets(key, unit.bipolar) for key in GATE_KEYS}
        headers = [self.tr("x₁"), self.tr("x₂"), self.tr("w₁·x₁ + w₂·x₂"), self.tr("> θ ?"),
                   self.tr("y"), *self.names.values()]
        rows, colours = [], []
        for i, ((x1, x2), s, y) in enumerate(zip(GATE_INPUTS.astype(int), sums, out)):
            passed = self.tr("yes") if s > unit.theta else self.tr("no")
            gate_cells = [str(int(targets[key][i])) for key in GATE_KEYS]
            rows.append([str(x1), str(x2), fmt(s), passed, str(int(y)), *gate_cells])
            colours.append([None] * 5 + [GOOD if targets[key][i] == y else BAD for key in GATE_KEYS])
        set_rows(self.table, headers, rows, colours)
        fit_rows(self.table)
        computed = gates_computed(unit)
        if computed:
            self.verdict.setText(self.tr("This neuron computes {gate}.").format(
                gate=self.names[computed[0]]))
        else:
            self.verdict.setText(self.tr(
                "This neuron computes none of the four gates. No choice of w₁, w₂ and θ gives "
                "XOR: no straight line puts (0, 1) and (1, 0) on one side and (0, 0) and (1, 1) "
                "on the other (see XOR from gates)."))

    def truth_outputs(self) -> np.ndarray:
        """The neuron's four answers as the table shows them."""
        return np.array([int(self.table.item(r, 4).text()) for r in range(self.table.rowCount())])
