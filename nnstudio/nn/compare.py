"""Train several designs the same way and put their figures side by side: parameters,
accuracy, time per epoch. `nnstudio compare mlp_shapes cnn_shapes` shows that a CNN's shared
filters need far fewer weights than a fully connected network, and do better."""

from __future__ import annotations

import threading
from collections.abc import Iterator
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


@dataclass(frozen=True)
class ComparisonProgress:
    """An epoch of one design done (for a progress bar)."""

    name: str
    index: int  # which design, 0-based
    designs: int  # how many in all
    epoch: int
    epochs: int


def measure_steps(path_or_preset: str, epochs: int | None = None, device: str | None = None,
                  stop: threading.Event | None = None, index: int = 0,
                  designs: int = 1) -> Iterator[ComparisonProgress | ComparisonRow]:
    """Train one design with its own settings (epochs and device overridable): a
    ComparisonProgress per epoch, then its ComparisonRow (none when stopped)."""
    design = load_design(path_or_preset)
    config = with_overrides(design.training, epochs=epochs, device=device)
    trainer = Trainer(design, design_data(design), config)
    seconds = []
    for result in trainer.epochs(stop=stop):
        seconds.append(result.seconds)
        yield ComparisonProgress(design.name, index, designs, result.epoch, config.epochs)
    if len(seconds) < config.epochs:
        return
    _, train_acc = trainer.evaluate(trainer.x_train, trainer.y_train)
    _, test_acc = trainer.evaluate(trainer.x_test, trainer.y_test)
    params = sum(p.numel() for p in trainer.model.parameters() if p.requires_grad)
    yield ComparisonRow(design.name, params, len(seconds), train_acc, test_acc,
                        float(np.median(seconds)), trainer.device_label)


def compare_steps(designs: list[str], epochs: int | None = None, device: str | None = None,
                  stop: threading.Event | None = None) -> Iterator[ComparisonProgress | ComparisonRow]:
    """Every design in order: its progress, then its row; ends early when stopped."""
    for index, name in enumerate(designs):
        finished = False
        for item in measure_steps(name, epochs, device, stop, index, len(designs)):
            finished = isinstance(item, ComparisonRow)
            yield item
        if not finished:
            return


def compare(designs: list[str], epochs: int | None = None, device: str | None = None,
            stop: threading.Event | None = None) -> Iterator[ComparisonRow]:
    """One row per design, in order, each yielded when it has been trained."""
    for item in compare_steps(designs, epochs, device, stop):
        if isinstance(item, ComparisonRow):
            yield item
