"""Rosenblatt's rule panel: train a threshold neuron on a gate one sample at a time.

Each step shows which sample was looked at, the neuron's answer, the error t − y and the
change η(t − y)x; the plane shows the line moving. On AND, OR and NAND a pass without error
comes; on XOR the weights come back to where they were, pass after pass.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QSplitter, QVBoxLayout, QWidget)

from ...core.perceptron import GATE_INPUTS
from ...core.rosenblatt import RosenblattStep, RosenblattTrainer
from ..choices import choice_combo
from .perceptron_panel import gate_names
from .plane_view import PlaneView
from .table import BAD, CURRENT, fmt, number_table, set_rows

MAX_EPOCHS = 1000  # "Run to the end" gives up after this many passes
SHOWN_ROWS = 200  # the log keeps the latest updates


class RosenblattPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosenblatt_panel")
        self.names = gate_names(self)
        self.gate = choice_combo("rosenblatt_gate", self.names, self.tr(
            "The gate to learn. AND, OR and NAND are linearly separable; XOR is not."))
        self.lr = QDoubleSpinBox(objectName="rosenblatt_lr", decimals=2, minimum=0.01,
                                 maximum=2.0, singleStep=0.05, value=0.1)
        self.lr.setToolTip(self.tr("Learning rate η: how far one mistake moves the weights."))
        self.start = [QDoubleSpinBox(objectName=f"rosenblatt_start_{n}", decimals=2,
                                     minimum=-5.0, maximum=5.0, singleStep=0.1)
                      for n in ("w1", "w2", "b")]
        start_row = QHBoxLayout()
        for label, box in zip((self.tr("w₁"), self.tr("w₂"), self.tr("b")), self.start):
            box.setToolTip(self.tr("The weights training starts from."))
            start_row.addWidget(QLabel(label))
            start_row.addWidget(box)
        form = QFormLayout()
        form.addRow(self.tr("gate"), self.gate)
        form.addRow(self.tr("learning rate η"), self.lr)
        form.addRow(self.tr("start"), start_row)

        self.step_button = QPushButton(self.tr("Step: one sample"), objectName="rosenblatt_step")
        self.epoch_button = QPushButton(self.tr("One pass"), objectName="rosenblatt_epoch")
        self.run_button = QPushButton(self.tr("Run to the end"), objectName="rosenblatt_run")
        self.reset_button = QPushButton(self.tr("Reset"), objectName="rosenblatt_reset")
        self.step_button.setToolTip(self.tr("Show the next sample to the neuron and apply the rule once."))
        self.run_button.setToolTip(self.tr(
            "Whole passes until one has no mistake, or the weights repeat (at most {n} passes).")
            .format(n=MAX_EPOCHS))
        buttons = QHBoxLayout()
        for button in (self.step_button, self.epoch_button, self.run_button, self.reset_button):
            buttons.addWidget(button)
        rule = QLabel(self.tr("y = step(w·x + b);   w ← w + η (t − y) x;   b ← b + η (t − y)"))
        rule.setObjectName("rule")
        box = QGroupBox(self.tr("Rosenblatt's learning rule"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(rule)
        box_layout.addLayout(form)
        box_layout.addLayout(buttons)

        self.explain = QLabel(objectName="rosenblatt_explain")
        self.explain.setWordWrap(True)
        self.status = QLabel(objectName="rosenblatt_status")
        self.status.setWordWrap(True)
        self.log = number_table("rosenblatt_log")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(box)
        left_layout.addWidget(self.explain)
        left_layout.addWidget(self.log, stretch=1)
        left_layout.addWidget(self.status)
        self.plane = PlaneView()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.plane)
        splitter.setSizes([680, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.step_button.clicked.connect(lambda: self._advance(lambda: [self.trainer.step()]))
        self.epoch_button.clicked.connect(lambda: self._advance(self.trainer.run_epoch))
        self.run_button.clicked.connect(self._run_to_end)
        self.reset_button.clicked.connect(self.reset)
        self.gate.currentIndexChanged.connect(self.reset)
        self.lr.valueChanged.connect(self.reset)
        for spin in self.start:
            spin.valueChanged.connect(self.reset)
        self.trainer: RosenblattTrainer
        self.reset()

    def reset(self) -> None:
        w1, w2, b = (box.value() for box in self.start)
        self.trainer = RosenblattTrainer(self.gate.currentData(), self.lr.value(), (w1, w2), b)
        self.explain.setText(self.tr("Press Step to show the neuron its first sample."))
        self._refresh()

    def _advance(self, action) -> None:
        records: list[RosenblattStep] = action()
        self._explain(records[-1])
        self._refresh()

    def _run_to_end(self) -> None:
        last = len(self.trainer.history)
        self.trainer.run(MAX_EPOCHS)
        if len(self.trainer.history) > last:
            self._explain(self.trainer.history[-1])
        self._refresh()

    def _explain(self, r: RosenblattStep) -> None:
        x1, x2 = (int(v) for v in r.x)
        if r.error == 0:
            change = self.tr("right, so nothing changes.")
        else:
            change = self.tr("wrong by t − y = {e}: Δw = η·{e}·({x1}, {x2}) = ({dw1}, {dw2}), "
                             "Δb = {db}.").format(e=r.error, x1=x1, x2=x2, dw1=fmt(r.delta_w[0]),
                                                  dw2=fmt(r.delta_w[1]), db=fmt(r.delta_b))
        self.explain.setText(self.tr(
            "Pass {epoch}, sample ({x1}, {x2}) with target t = {t}: w·x + b = {s}, so y = {y}; "
            "{change}").format(epoch=r.epoch, x1=x1, x2=x2, t=r.target, s=fmt(r.weighted_sum),
                               y=r.output, change=change))

    def _refresh(self) -> None:
        t = self.trainer
        unit = t.unit
        self.plane.draw(unit.output, t.t, [(unit, self.tr("w₁·x₁ + w₂·x₂ + b = 0"))])
        headers = [self.tr("pass"), self.tr("x₁, x₂"), self.tr("t"), self.tr("w·x + b"),
                   self.tr("y"), self.tr("t − y"), self.tr("Δw₁"), self.tr("Δw₂"), self.tr("Δb"),
                   self.tr("w₁"), self.tr("w₂"), self.tr("b")]
        shown = t.history[-SHOWN_ROWS:]
        rows, colours = [], []
        for r in shown:
            rows.append([str(r.epoch), f"{int(r.x[0])}, {int(r.x[1])}", str(r.target),
                         fmt(r.weighted_sum), str(r.output), str(r.error), fmt(r.delta_w[0]),
                         fmt(r.delta_w[1]), fmt(r.delta_b), fmt(r.w[0]), fmt(r.w[1]), fmt(r.b)])
            colours.append([BAD if r.error else None] * len(headers))
        if colours:
            colours[-1] = [CURRENT] * len(headers)
        set_rows(self.log, headers, rows, colours)
        self.log.scrollToBottom()
        self.status.setText(self._status_text())

    def _status_text(self) -> str:
        t = self.trainer
        outcome = t.outcome
        gate = self.names[self.gate.currentData()]
        if outcome is None:
            right = int((t.unit.output(GATE_INPUTS) == t.t).sum())
            return self.tr("%n update(s) so far; the current line gets {right} of 4 right.", "",
                           len(t.history)).format(right=right)
        if outcome.converged:
            return self.tr("Learned {gate}: pass {epoch} had no mistake, so the weights no longer "
                           "change (w₁ = {w1}, w₂ = {w2}, b = {b}).").format(
                gate=gate, epoch=outcome.epochs, w1=fmt(t.w[0]), w2=fmt(t.w[1]), b=fmt(t.b))
        if outcome.cycling:
            return self.tr("Never settles on {gate}: every pass makes a mistake, and after pass "
                           "{epoch} the weights are back where they were %n pass(es) "
                           "before; it would cycle for ever. No single line separates XOR.", "",
                           outcome.period).format(gate=gate, epoch=outcome.epochs)
        return self.tr("No pass without a mistake in %n pass(es).", "", outcome.epochs)
