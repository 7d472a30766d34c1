"""XOR from gates: two layers of threshold neurons, wired by hand with the textbook weights.

s₁ = NAND(x₁, x₂) and s₂ = OR(x₁, x₂) are two lines; y = AND(s₁, s₂) fires between them, the
band that holds (0, 1) and (1, 0). One neuron cannot draw a band; two layers can. Beside them,
on demand, the hidden units gradient descent finds for mlp_xor (trained on a worker: it needs
torch), drawn dashed: lines too, placed differently, doing the same job.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from ...core.perceptron import (GATE_INPUTS, TEXTBOOK_AND, TEXTBOOK_NAND, TEXTBOOK_OR,
                                ThresholdUnit, gate_targets, xor_from_gates)
from .plane_view import PlaneView
from ..workers import LatestJobRunner
from .table import BAD, GOOD, fit_rows, fmt, number_table, set_rows

LEARNED_PRESET = "mlp_xor"


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
        self.learn_button = QPushButton(self.tr("Train mlp_xor and compare its hidden units"),
                                        objectName="xor_learn")
        self.learn_button.setToolTip(self.tr(
            "Train the mlp_xor preset (4 tanh hidden neurons, gradient descent) and draw each "
            "hidden neuron's line w·x + b = 0 dashed beside the hand-wired ones."))
        self.learned_note = QLabel(objectName="xor_learned_note")
        self.learned_note.setWordWrap(True)
        self.learned_table = number_table("xor_learned_table")
        self.learned_table.hide()
        left_layout.addWidget(self.learn_button)
        left_layout.addWidget(self.learned_note)
        left_layout.addWidget(self.learned_table)
        left_layout.addStretch(1)
        self.plane = PlaneView()
        self._draw_plane(())
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.plane)
        splitter.setSizes([560, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.learned_units = None  # nn.hidden_units.HiddenUnits once trained
        self._trainer = LatestJobRunner("xor-units", self)
        self._trainer.finished.connect(self._on_learned)
        self._trainer.failed.connect(self._on_failed)
        self.learn_button.clicked.connect(self.learn)

    def _draw_plane(self, learned) -> None:
        self.plane.draw(_two_layers, _two_layers(GATE_INPUTS),
                        [(TEXTBOOK_NAND, self.tr("s₁ (NAND) line")),
                         (TEXTBOOK_OR, self.tr("s₂ (OR) line"))], learned)

    def learn(self) -> None:
        from ...nn.hidden_units import train_hidden_units  # noqa: F401 (torch loads on the worker)

        self.learn_button.setEnabled(False)
        self.learned_note.setText(self.tr("Training mlp_xor…"))
        self._trainer.submit(train_hidden_units, LEARNED_PRESET, GATE_INPUTS)

    def ready(self) -> bool:
        """No training under way (screenshots wait for it)."""
        return not self._trainer.busy

    def _on_failed(self, message: str) -> None:
        self.learn_button.setEnabled(True)
        self.learned_note.setText(self.tr("⚠ {message}").format(message=message))

    def _on_learned(self, units) -> None:
        self.learn_button.setEnabled(True)
        self.learned_units = units
        learned = [(ThresholdUnit(float(w[0]), float(w[1]), float(-b)),
                    self.tr("learned h{i}").format(i=i + 1))
                   for i, (w, b) in enumerate(zip(units.weight, units.bias))]
        self._draw_plane(learned)
        rows = []
        for (x1, x2), outputs, predicted in zip(GATE_INPUTS.astype(int), units.outputs,
                                                units.predictions):
            rows.append([str(x1), str(x2), *(fmt(v) for v in outputs), str(int(predicted))])
        heads = [self.tr("x₁"), self.tr("x₂"),
                 *(self.tr("h{i}").format(i=i + 1) for i in range(len(units.bias))),
                 self.tr("class")]
        set_rows(self.learned_table, heads, rows)
        fit_rows(self.learned_table)
        self.learned_table.show()
        self.learned_note.setText(self.tr(
            "{name} after training (test accuracy {acc}): its {n} tanh hidden neurons are "
            "lines too (dashed), at other places than NAND and OR, with soft outputs between "
            "−1 and 1 instead of steps. Gradient descent found its own way to cut out the band.")
            .format(name=units.name, acc=f"{units.test_acc:.0%}", n=len(units.bias)))

    def shutdown(self) -> None:
        self._trainer.shutdown()

    def _formula(self, name: str, unit: ThresholdUnit) -> str:
        return self.tr("{name}:   w₁ = {w1},  w₂ = {w2},  θ = {theta}").format(
            name=name, w1=fmt(unit.w1, 1), w2=fmt(unit.w2, 1), theta=fmt(unit.theta, 1))
