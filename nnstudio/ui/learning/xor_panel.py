"""XOR from gates: two layers of threshold neurons, wired by hand with the textbook weights.

s₁ = NAND(x₁, x₂) and s₂ = OR(x₁, x₂) are two lines; y = AND(s₁, s₂) fires between them, the
band that holds (0, 1) and (1, 0). One neuron cannot draw a band; two layers can.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QGroupBox, QLabel, QSplitter, QVBoxLayout, QWidget

from ...core.perceptron import (GATE_INPUTS, TEXTBOOK_AND, TEXTBOOK_NAND, TEXTBOOK_OR,
                                ThresholdUnit, gate_targets, xor_from_gates)
from .plane_view import PlaneView
from .table import BAD, GOOD, fit_rows, fmt, number_table, set_rows


def _two_layers(points: np.ndarray) -> np.ndarray:
    hidden = np.stack([TEXTBOOK_NAND.output(points), TEXTBOOK_OR.output(points)], axis=1)
    return TEXTBOOK_AND.output(hidden)


class XorPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("xor_panel")
        wiring = QGroupBox(self.tr("A two-layer network of step neurons"))
        wiring_layout = QVBoxLayout(wiring)
        for text in (self._formula(self.tr("hidden s₁ = NAND(x₁, x₂)"), TEXTBOOK_NAND),
                     self._formula(self.tr("hidden s₂ = OR(x₁, x₂)"), TEXTBOOK_OR),
                     self._formula(self.tr("output y = AND(s₁, s₂)"), TEXTBOOK_AND)):
            label = QLabel(text)
            label.setObjectName("wiring_line")
            wiring_layout.addWidget(label)
        self.table = number_table("xor_table")
        rows, colours = [], []
        xor = gate_targets("gate-xor")
        for row, target in zip(xor_from_gates(), xor):
            rows.append([str(row.x1), str(row.x2), str(row.nand), str(row.or_), str(row.y),
                         str(int(target))])
            colours.append([None] * 4 + [GOOD if row.y == target else BAD, None])
        set_rows(self.table, [self.tr("x₁"), self.tr("x₂"), self.tr("s₁ = NAND"),
                              self.tr("s₂ = OR"), self.tr("y = AND(s₁, s₂)"), self.tr("XOR")],
                 rows, colours)
        fit_rows(self.table)
        note = QLabel(self.tr(
            "Each hidden neuron draws one line. The output neuron fires only where both fire: "
            "between the two lines, the band that holds (0, 1) and (1, 0). A single neuron "
            "has one line and cannot; this is why networks have hidden layers."))
        note.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(wiring)
        left_layout.addWidget(self.table)
        left_layout.addWidget(note)
        left_layout.addStretch(1)
        self.plane = PlaneView()
        self.plane.draw(_two_layers, _two_layers(GATE_INPUTS),
                        [(TEXTBOOK_NAND, self.tr("s₁ (NAND) line")),
                         (TEXTBOOK_OR, self.tr("s₂ (OR) line"))])
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.plane)
        splitter.setSizes([560, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _formula(self, name: str, unit: ThresholdUnit) -> str:
        return self.tr("{name}:   w₁ = {w1},  w₂ = {w2},  θ = {theta}").format(
            name=name, w1=fmt(unit.w1, 1), w2=fmt(unit.w2, 1), theta=fmt(unit.theta, 1))
