"""Training settings and the run controls (Start, Pause/Resume, Step, Stop, Reset)."""

from __future__ import annotations

from PySide6.QtWidgets import (QDoubleSpinBox, QFormLayout, QGridLayout, QLabel,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ...nn.design import TrainingConfig
from ..choices import choice_combo

LOSSES = {"cross_entropy": "Cross-entropy", "bce": "Binary cross-entropy", "mse": "Mean squared error"}
OPTIMISERS = {"adam": "Adam", "sgd": "SGD with momentum"}
DEVICES = {"auto": "Auto", "cpu": "CPU", "cuda": "CUDA GPU", "mps": "Apple MPS"}


class TrainingPanel(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.loss = choice_combo("loss", LOSSES, "What the network is punished for: cross-entropy for classes, "
                           "BCE for one yes/no output, MSE for distances.")
        self.optimizer = choice_combo("optimizer", OPTIMISERS, "How the gradient turns into a step: "
                                "SGD follows it (with momentum); Adam adapts each weight's step size.")
        self.lr = QDoubleSpinBox(objectName="lr", decimals=5, minimum=0.00001, maximum=10.0, value=0.01, singleStep=0.001)
        self.lr.setToolTip("Learning rate: the step size. Too large and the loss jumps or becomes NaN.")
        self.batch = QSpinBox(objectName="batch_size", minimum=1, maximum=65536, value=32)
        self.batch.setToolTip("Samples per step: the gradient is averaged over this many.")
        self.epochs = QSpinBox(objectName="epochs", minimum=1, maximum=100000, value=20)
        self.epochs.setToolTip("Passes over the whole training set.")
        self.weight_decay = QDoubleSpinBox(objectName="weight_decay", decimals=5, maximum=1.0, singleStep=0.0001)
        self.weight_decay.setToolTip("Pulls every weight a little towards 0 each step (L2 regularisation).")
        self.seed = QSpinBox(objectName="seed", maximum=2**31 - 1)
        self.seed.setToolTip("The same seed gives the same starting weights and the same shuffling.")
        self.device = choice_combo("device", DEVICES, "Auto picks a CUDA GPU when torch sees one, else Apple MPS, else the CPU.")
        form = QFormLayout()
        for label, widget in (("Loss", self.loss), ("Optimiser", self.optimizer), ("Learning rate", self.lr),
                              ("Batch size", self.batch), ("Epochs", self.epochs),
                              ("Weight decay", self.weight_decay), ("Seed", self.seed), ("Device", self.device)):
            form.addRow(label, widget)
        self.start = QPushButton("▶ Train", objectName="train_start")
        self.pause = QPushButton("Pause", objectName="train_pause")
        self.step = QPushButton("Step 1 epoch", objectName="train_step")
        self.stop = QPushButton("■ Stop", objectName="train_stop")
        self.reset = QPushButton("Reset", objectName="train_reset")
        self.start.setToolTip("Build the network with fresh weights and train it.")
        self.step.setToolTip("Train one epoch, then pause: watch one pass of backpropagation at a time.")
        self.reset.setToolTip("Stop, forget the trained weights and clear the plots.")
        buttons = QGridLayout()
        buttons.addWidget(self.start, 0, 0)
        buttons.addWidget(self.pause, 0, 1)
        buttons.addWidget(self.step, 1, 0)
        buttons.addWidget(self.stop, 1, 1)
        buttons.addWidget(self.reset, 2, 0, 1, 2)
        self.status = QLabel("Not trained yet.", objectName="train_status")
        self.status.setWordWrap(True)
        self._momentum = TrainingConfig.momentum  # not shown; kept from the design file
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    def config(self) -> TrainingConfig:
        return TrainingConfig(loss=self.loss.currentData(), optimizer=self.optimizer.currentData(),
                              lr=self.lr.value(), batch_size=self.batch.value(), epochs=self.epochs.value(),
                              weight_decay=self.weight_decay.value(), seed=self.seed.value(),
                              device=self.device.currentData(), momentum=self._momentum)

    def set_config(self, config: TrainingConfig) -> None:
        for box, key in ((self.loss, config.loss), (self.optimizer, config.optimizer), (self.device, config.device)):
            box.setCurrentIndex(max(0, box.findData(key)))
        self.lr.setValue(config.lr)
        self.batch.setValue(config.batch_size)
        self.epochs.setValue(config.epochs)
        self.weight_decay.setValue(config.weight_decay)
        self.seed.setValue(config.seed)
        self._momentum = config.momentum

    def show_state(self, state: str, valid: bool) -> None:
        # "pausing" and "stopping": asked for, until the thread reaches a boundary.
        running, paused = state in ("running", "pausing", "stopping"), state == "paused"
        self.start.setEnabled(valid and not running)
        self.pause.setEnabled(state == "running" or paused)
        self.pause.setText({"paused": "Resume", "pausing": "Pausing…"}.get(state, "Pause"))
        self.step.setEnabled(valid and not running)
        self.stop.setEnabled(state in ("running", "pausing", "paused"))
