"""The training settings: loss, optimiser (with Nesterov for SGD), learning rate and its
schedule, batch size, epochs, weight decay (L2) and L1, seed, device. Bound to the NetworkDocument: an edit sets the document's config (for the
next run), and opening a design shows the design's settings."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QFormLayout, QSpinBox, QVBoxLayout, QWidget

from ...nn.design import TrainingConfig
from ..choices import choice_combo
from .document import NetworkDocument

DEVICES = ("auto", "cpu", "cuda", "mps")


class TrainingPanel(QWidget):
    def __init__(self, document: NetworkDocument, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.loss = choice_combo("loss", {"cross_entropy": self.tr("Cross-entropy"), "bce": self.tr("Binary cross-entropy"),
                                          "mse": self.tr("Mean squared error"), "mae": self.tr("Mean absolute error"),
                                          "huber": self.tr("Huber")},
                                 self.tr("What the network is punished for: cross-entropy for classes, "
                                    "BCE for one yes/no output, MSE for distances; for a number to predict "
                                    "MSE, MAE (less swayed by outliers) or Huber (squared near 0, absolute beyond)."))
        self.optimizer = choice_combo("optimizer", {"adam": self.tr("Adam"), "adamw": self.tr("AdamW"),
                                                    "sgd": self.tr("SGD with momentum"), "rmsprop": self.tr("RMSprop"),
                                                    "adagrad": self.tr("Adagrad")},
                                      self.tr("How the gradient turns into a step: SGD follows it (with momentum); "
                                              "RMSprop and Adagrad scale each weight's step by its gradients so far; "
                                              "Adam adds momentum to that; AdamW applies weight decay apart from it."))
        self.nesterov = QCheckBox(self.tr("Nesterov momentum (SGD)"), objectName="nesterov")
        self.nesterov.setToolTip(self.tr("SGD looks ahead along its momentum before taking the gradient."))
        self.augment = QCheckBox(self.tr("Augment (flip, shift)"), objectName="augment")
        self.augment.setToolTip(self.tr("Pictures only: each training batch is flipped left-right at random and "
                                        "shifted by a few pixels (the same for the same seed); the test samples "
                                        "stay as they are. A few samples a class then look like many."))
        self.schedule = choice_combo("schedule", {"constant": self.tr("Constant"),
                                                  "step": self.tr("Step (×0.1 every third of the epochs)"),
                                                  "cosine": self.tr("Cosine (down to 0)")},
                                     self.tr("How the learning rate changes over the epochs."))
        self.l1 = QDoubleSpinBox(objectName="l1", decimals=5, maximum=1.0, singleStep=0.0001)
        self.l1.setToolTip(self.tr("L1 regularisation: adds rate × Σ|w| to the loss, which pushes unneeded weights "
                                   "to exactly 0."))
        self.lr = QDoubleSpinBox(objectName="lr", decimals=5, minimum=0.00001, maximum=10.0, value=0.01, singleStep=0.001)
        self.lr.setToolTip(self.tr("Learning rate: the step size. Too large and the loss jumps or becomes NaN."))
        self.batch = QSpinBox(objectName="batch_size", minimum=1, maximum=65536, value=32)
        self.batch.setToolTip(self.tr("Samples per step: the gradient is averaged over this many."))
        self.epochs = QSpinBox(objectName="epochs", minimum=1, maximum=100000, value=20)
        self.epochs.setToolTip(self.tr("Passes over the whole training set; each pass is one step per batch."))
        self.weight_decay = QDoubleSpinBox(objectName="weight_decay", decimals=5, maximum=1.0, singleStep=0.0001)
        self.weight_decay.setToolTip(self.tr("Pulls every weight a little towards 0 each step (L2 regularisation)."))
        self.seed = QSpinBox(objectName="seed", maximum=2**31 - 1)
        self.seed.setToolTip(self.tr("The same seed gives the same starting weights and the same shuffling."))
        self.device = choice_combo("device", {"auto": self.tr("Auto"), "cpu": self.tr("CPU"), "cuda": self.tr("CUDA GPU"),
                                              "mps": self.tr("Apple MPS")},
                                   self.tr("Auto picks a CUDA GPU when torch sees one, else Apple MPS, else the CPU."))
        form = QFormLayout()
        for label, widget in ((self.tr("Loss"), self.loss), (self.tr("Optimiser"), self.optimizer), ("", self.nesterov),
                              (self.tr("Learning rate"), self.lr), (self.tr("LR schedule"), self.schedule),
                              (self.tr("Batch size"), self.batch), (self.tr("Epochs"), self.epochs),
                              (self.tr("Weight decay (L2)"), self.weight_decay), (self.tr("L1"), self.l1),
                              (self.tr("Seed"), self.seed), (self.tr("Device"), self.device), ("", self.augment)):
            if label:
                form.addRow(label, widget)
            else:  # under both columns: a narrow window leaves the field column too little
                form.addRow(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)
        for box in (self.loss, self.optimizer, self.device, self.schedule):
            box.currentIndexChanged.connect(self._on_edited)
        for spin in (self.lr, self.batch, self.epochs, self.weight_decay, self.l1, self.seed):
            spin.valueChanged.connect(self._on_edited)
        self.nesterov.toggled.connect(self._on_edited)
        self.augment.toggled.connect(self._on_edited)
        document.design_opened.connect(self._show_config)
        document.config_restored.connect(self._show_config)
        self._show_config()

    def config(self) -> TrainingConfig:
        """The document's settings with what these fields show (momentum is not shown: it
        stays as the design file gave it)."""
        return replace(self.document.config, loss=self.loss.currentData(), optimizer=self.optimizer.currentData(),
                       nesterov=self.nesterov.isChecked(), schedule=self.schedule.currentData(),
                       lr=self.lr.value(), batch_size=self.batch.value(), epochs=self.epochs.value(),
                       weight_decay=self.weight_decay.value(), l1=self.l1.value(), seed=self.seed.value(),
                       device=self.device.currentData(), augment=self.augment.isChecked())

    def _on_edited(self, *_) -> None:
        self.nesterov.setEnabled(self.optimizer.currentData() == "sgd")
        self.document.set_config(self.config())

    def _show_config(self) -> None:
        config = self.document.config
        widgets = (self.loss, self.optimizer, self.device, self.schedule, self.nesterov, self.lr, self.batch,
                   self.epochs, self.weight_decay, self.l1, self.seed, self.augment)
        blockers = [QSignalBlocker(w) for w in widgets]
        for box, key in ((self.loss, config.loss), (self.optimizer, config.optimizer), (self.device, config.device),
                         (self.schedule, config.schedule)):
            box.setCurrentIndex(max(0, box.findData(key)))
        self.nesterov.setChecked(config.nesterov)
        self.nesterov.setEnabled(config.optimizer == "sgd")
        self.augment.setChecked(config.augment)
        self.l1.setValue(config.l1)
        self.lr.setValue(config.lr)
        self.batch.setValue(config.batch_size)
        self.epochs.setValue(config.epochs)
        self.weight_decay.setValue(config.weight_decay)
        self.seed.setValue(config.seed)
        del blockers
        # The fields clamp what they cannot show (an lr above their maximum): that is the
        # config the next run uses, and the file a save writes, so say it once, here.
        shown = self.config()
        if shown != config:
            self.document.set_config(shown)
