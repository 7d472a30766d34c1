"""Train several designs the same way and put their figures side by side: parameters,
accuracy, time per epoch. `nnstudio compare mlp_shapes cnn_shapes` shows that a CNN's shared
filters need far fewer weights than a fully connected network, and do better."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

from .design import load_design
from .train import Trainer, design_data, with_overrides


@dataclass(frozen=True)
class ComparisonRow:
    name: str
    params: int  # trainable parameters
    epochs: int
    train_acc: float  # the training split in evaluation mode (no dropout), like test_acc
    test_acc: float
    seconds_per_epoch: float  # the median epoch, training and evaluation
    device: str

    def as_json(self) -> dict:
        return {"name": self.name, "params": self.params, "epochs": self.epochs,
                "train_acc": self.train_acc, "test_acc": self.test_acc,
                "seconds_per_epoch": self.seconds_per_epoch, "device": self.device}


def train_and_measure(path_or_preset: str, epochs: int | None = None, device: str | None = None,
                      stop: threading.Event | None = None,
                      on_epoch: Callable[[str, int, int], None] | None = None) -> ComparisonRow | None:
    """Train one design with its own settings (epochs and device overridable); None if stopped."""
    design = load_design(path_or_preset)
    config = with_overrides(design.training, epochs=epochs, device=device)
    trainer = Trainer(design, design_data(design), config)
    seconds = []
    for result in trainer.epochs(stop=stop):
        seconds.append(result.seconds)
        if on_epoch is not None:
            on_epoch(design.name, result.epoch, config.epochs)
    if len(seconds) < config.epochs:
        return None
    _, train_acc = trainer.evaluate(trainer.x_train, trainer.y_train)
    _, test_acc = trainer.evaluate(trainer.x_test, trainer.y_test)
    params = sum(p.numel() for p in trainer.model.parameters() if p.requires_grad)
    return ComparisonRow(design.name, params, len(seconds), train_acc, test_acc,
                         float(np.median(seconds)), trainer.device_label)


def compare(designs: list[str], epochs: int | None = None, device: str | None = None,
            stop: threading.Event | None = None) -> Iterator[ComparisonRow]:
    """One row per design, in order, each yielded when it has been trained."""
    for name in designs:
        row = train_and_measure(name, epochs, device, stop)
        if row is None:
            return
        yield row
