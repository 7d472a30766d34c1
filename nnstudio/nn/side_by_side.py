"""Two designs trained side by side, epoch for epoch, on the same data from the same seed,
with each layer's gradient norm after every epoch: the vanishing-gradient pair
deep_sigmoid_spiral and deep_relu_spiral differ only in their activation.

The gradient norms are measured on the whole training split after each epoch (one forward
and backward pass with the training loss, the weights left untouched), so the two networks
are measured on the same points at the same moments.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import torch

from .design import load_design
from .gradients import GradientNorms, gradient_norms
from .train import Trainer, design_data, with_overrides

VANISHING_PAIR = ("deep_sigmoid_spiral", "deep_relu_spiral")


@dataclass(frozen=True)
class SideEpoch:
    name: str  # the design's name
    column: int  # 0 or 1: which of the two
    epoch: int
    epochs: int  # in all
    train_loss: float
    test_loss: float
    test_acc: float
    gradients: GradientNorms  # per layer with weights, on the training split after the epoch


def training_gradient_norms(trainer: Trainer) -> GradientNorms:
    """Each layer's gradient norm of the training loss over the whole training split."""
    model = trainer.model
    saved = {p: p.grad for p in model.parameters()}
    was_training = model.training
    try:
        model.eval()  # no dropout noise in a measurement
        for p in saved:
            p.grad = None
        with torch.enable_grad():
            # The trainer's own loss and forward (a final Softmax/Sigmoid skipped as in training),
            # so these are the gradients that training itself follows.
            loss, _ = trainer._loss_and_correct(trainer._net(trainer.x_train), trainer.y_train, "mean")
            loss.backward()
        return gradient_norms(model)
    finally:
        for p, grad in saved.items():
            p.grad = grad
        model.train(was_training)


def side_by_side(stop: threading.Event | None = None, designs: tuple[str, str] = VANISHING_PAIR,
                 epochs: int | None = None) -> Iterator[SideEpoch]:
    """Train both designs one epoch each in turn, yielding a SideEpoch for each."""
    loaded = [load_design(name) for name in designs]
    data = design_data(loaded[0])  # the same points for both
    trainers = [Trainer(d, data, with_overrides(d.training, epochs=epochs)) for d in loaded]
    total = trainers[0].config.epochs
    for epoch in range(1, total + 1):
        for column, (design, trainer) in enumerate(zip(loaded, trainers)):
            results = list(trainer.epochs(1, stop=stop))
            if not results:
                return  # stopped
            result = results[-1]
            yield SideEpoch(design.name, column, epoch, total, result.train_loss, result.test_loss,
                            result.test_acc, training_gradient_norms(trainer))


def first_to_last(norms: GradientNorms) -> float:
    """How much weaker the first layer's gradient is than the last one's (a ratio ≥ 0)."""
    values = np.asarray(norms.norms)
    return float(values[0] / values[-1]) if len(values) and values[-1] > 0 else float("nan")
