"""Backprop panel: one sample through a small network, neuron by neuron, forward and back.

Pick a design (a preset or your own small dense design) and a sample; Next computes one
neuron at a time: z = W·x + b and a = f(z) going forward, the loss, then ∂L/∂a, ∂L/∂z and
∂L/∂W going back, each written as the product that forms it; last the update and the new
loss. Apply update keeps the new weights, so pressing it again and again trains by hand.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFileDialog, QHBoxLayout, QLabel,
                               QPlainTextEdit, QPushButton, QSpinBox, QSplitter, QVBoxLayout,
                               QWidget)

from .backprop_model import DEFAULT_DESIGN, TRACEABLE_PRESETS, BackpropModel
from .backprop_text import explain
from .network_diagram import NetworkDiagram

OWN_DESIGN = "__own__"


class BackpropPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backprop_panel")
        self.model = BackpropModel(self)
        self.design = QComboBox(objectName="backprop_design")
        for name in TRACEABLE_PRESETS:
            self.design.addItem(name, name)
        self.design.addItem(self.tr("Your own design…"), OWN_DESIGN)
        self.design.setToolTip(self.tr(
            "A small dense network: up to 3 Linear layers of up to 8 neurons, each followed by "
            "ReLU, Sigmoid or Tanh (Softmax last). Weights are the untrained, seeded ones."))
        self.sample = QSpinBox(objectName="backprop_sample", minimum=0, maximum=0)
        self.sample.setToolTip(self.tr("Which sample of the training split goes through."))
        self.lr = QDoubleSpinBox(objectName="backprop_lr", decimals=3, minimum=0.001,
                                 maximum=10.0, singleStep=0.05)
        self.lr.setToolTip(self.tr("Learning rate η of the update W ← W − η·∂L/∂W."))
        self.back = QPushButton(self.tr("◀ Back"), objectName="backprop_back")
        self.next = QPushButton(self.tr("Next ▶"), objectName="backprop_next")
        self.to_end = QPushButton(self.tr("All steps"), objectName="backprop_all")
        self.apply = QPushButton(self.tr("Apply update"), objectName="backprop_apply")
        self.apply.setToolTip(self.tr("Keep the updated weights and start again from the input."))
        bar = QHBoxLayout()
        for label, widget in ((self.tr("design"), self.design), (self.tr("sample"), self.sample),
                              (self.tr("η"), self.lr)):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addStretch(1)
        for button in (self.back, self.next, self.to_end, self.apply):
            bar.addWidget(button)
        self.status = QLabel(objectName="backprop_status")
        self.status.setWordWrap(True)
        self.diagram = NetworkDiagram()
        self.text = QPlainTextEdit(objectName="backprop_text", readOnly=True)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.text.setFont(mono)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.diagram)
        splitter.addWidget(self.text)
        splitter.setSizes([430, 250])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(splitter, stretch=1)

        self.design.activated.connect(self._on_design_chosen)
        self.sample.valueChanged.connect(self.model.set_sample)
        self.lr.valueChanged.connect(self.model.set_lr)
        self.back.clicked.connect(lambda: self.model.go(self.model.position - 1))
        self.next.clicked.connect(lambda: self.model.go(self.model.position + 1))
        self.to_end.clicked.connect(lambda: self.model.go(len(self.model.steps) - 1))
        self.apply.clicked.connect(self.model.apply_update)
        self.model.changed.connect(self._on_changed)
        self.model.failed.connect(self._on_failed)
        self.model.loading_changed.connect(self._on_loading)
        self._on_changed()
        self.model.load(DEFAULT_DESIGN)
        self.design.setCurrentIndex(self.design.findData(DEFAULT_DESIGN))

    def ready(self) -> bool:
        """The trace is there and nothing is loading (screenshots and tests wait for it)."""
        return self.model.trace is not None and not self.model.loading

    def _on_design_chosen(self, index: int) -> None:
        key = self.design.itemData(index)
        if key == OWN_DESIGN:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a design"), "",
                                                  self.tr("Designs (*.json)"))
            if not path:
                self.design.setCurrentIndex(self.design.findData(self.model.source))
                return
            key = path
        self.model.load(key)

    def _on_loading(self, loading: bool) -> None:
        if loading:
            self.status.setText(self.tr("Loading the design…"))
        for widget in (self.back, self.next, self.to_end, self.apply, self.sample, self.lr):
            widget.setEnabled(not loading and self.model.trace is not None)

    def _on_failed(self, message: str) -> None:
        self.status.setText(self.tr("⚠ {message} The previous network stays.").format(message=message))
        if self.model.source and self.design.findData(self.model.source) >= 0:
            self.design.setCurrentIndex(self.design.findData(self.model.source))
        self._on_loading(False)

    def _on_changed(self) -> None:
        model, trace = self.model, self.model.trace
        self.diagram.set_state(trace, model.steps, model.position)
        if trace is None:
            self.text.setPlainText("")
            return
        net = model.net
        for box, value, top in ((self.sample, model.sample, len(net.x_train) - 1),
                                (self.lr, model.lr, None)):
            box.blockSignals(True)
            if top is not None:
                box.setMaximum(top)
            box.setValue(value)
            box.blockSignals(False)
        self.text.setPlainText(explain(trace, model.current))
        label = net.class_names[int(net.y_train[model.sample])]
        self.status.setText(self.tr(
            "{name}: sample {i} of {n}, class {label}; step {step} of {steps}; updates applied: "
            "{updates}.").format(name=net.design.name, i=model.sample, n=len(net.x_train),
                                 label=label, step=model.position + 1, steps=len(model.steps),
                                 updates=model.updates))
        self.back.setEnabled(model.position >= 0)
        self.next.setEnabled(model.position < len(model.steps) - 1)
        self.to_end.setEnabled(model.position < len(model.steps) - 1)
        self.apply.setEnabled(True)

    def shutdown(self) -> None:
        self.model.shutdown()
