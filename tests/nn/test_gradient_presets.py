"""The preset pair that shows vanishing gradients, checked sentence by sentence against its own
descriptions: each preset is trained for its whole default run (its own settings and seed, on
the CPU) by the app's trainer, and every epoch's gradients are read as the Gradients view reads
them (those left by the epoch's last batch)."""

from __future__ import annotations

import functools

import numpy as np
import torch

from nnstudio.nn.design import PRESETS, load_design
from nnstudio.nn.gradients import gradient_norms
from nnstudio.nn.train import Trainer, design_data, with_overrides

GRADIENT_PRESETS = ("deep_sigmoid_spiral", "deep_relu_spiral")


@functools.cache
def default_run(preset: str) -> tuple[np.ndarray, np.ndarray]:
    """(test accuracy per epoch, gradient norms per epoch and layer) of the preset's own run."""
    design = load_design(preset)
    data = design_data(design)
    trainer = Trainer(design, data, with_overrides(design.training, device="cpu"))
    accuracies, norms = [], []
    for result in trainer.epochs():
        accuracies.append(result.test_acc)
        norms.append(gradient_norms(trainer.model).norms)
    return np.array(accuracies), np.array(norms)


def test_both_train_with_plain_sgd_for_40_epochs():
    for preset in GRADIENT_PRESETS:
        training = load_design(preset).training
        assert (training.optimizer, training.momentum, training.epochs) == ("sgd", 0.9, 40)
    assert "plain SGD (momentum 0.9)" in load_design(GRADIENT_PRESETS[0]).description


def test_a_sigmoid_slope_is_at_most_a_quarter():
    x = torch.linspace(-10, 10, 2001, requires_grad=True)
    torch.sigmoid(x).sum().backward()
    assert float(x.grad.max()) <= 0.25 + 1e-7


def test_sigmoid_gradient_shrinks_at_every_layer_in_every_epoch():
    _, norms = default_run("deep_sigmoid_spiral")
    assert norms.shape == (40, 7)  # six hidden Linear layers and the output layer
    assert (np.diff(norms, axis=1) > 0).all()


def test_sigmoid_first_layer_gets_under_a_thousandth_in_every_epoch():
    _, norms = default_run("deep_sigmoid_spiral")
    assert (norms[:, 0] / norms[:, -1] < 1e-3).all()


def test_sigmoid_stays_at_chance_for_all_40_epochs():
    accuracies, _ = default_run("deep_sigmoid_spiral")
    assert len(accuracies) == 40 and np.allclose(accuracies, 0.5, atol=0.02)


def test_relu_first_layer_is_about_as_strong_from_epoch_5_on():
    _, norms = default_run("deep_relu_spiral")
    ratio = norms[4:, 0] / norms[4:, -1]
    assert len(ratio) == 36 and ((ratio >= 0.1) & (ratio <= 20)).all()


def test_relu_learns_the_spiral():
    accuracies, _ = default_run("deep_relu_spiral")
    assert accuracies[-1] > 0.9


def test_the_pair_differs_only_in_the_activation():
    sig, relu = (load_design(p) for p in GRADIENT_PRESETS)
    assert [l for l in sig.layers if l["type"] != "Sigmoid"] == [l for l in relu.layers if l["type"] != "ReLU"]
    assert [l["type"] for l in sig.layers].count("Sigmoid") == 6
    assert sig.dataset == relu.dataset and sig.training == relu.training
    assert set(GRADIENT_PRESETS) <= set(PRESETS)
