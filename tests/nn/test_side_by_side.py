"""The vanishing-gradient pair trained side by side: gradient norms equal a direct
torch.autograd computation, and the sigmoid network's first layer gets far less than ReLU's."""

from __future__ import annotations

import threading

import numpy as np
import torch
import torch.nn.functional as F

from nnstudio.nn.design import load_design
from nnstudio.nn.side_by_side import VANISHING_PAIR, first_to_last, side_by_side
from nnstudio.nn.train import Trainer, design_data, with_overrides


def autograd_norms(model, x, y):
    """Per Linear layer: the L2 norm over its weight and bias gradients, by torch.autograd.grad."""
    layers = [m for m in model if isinstance(m, torch.nn.Linear)]
    params = [p for m in layers for p in (m.weight, m.bias)]
    grads = torch.autograd.grad(F.cross_entropy(model(x), y), params)
    return np.array([float(torch.sqrt(gw.double().pow(2).sum() + gb.double().pow(2).sum()))
                     for gw, gb in zip(grads[::2], grads[1::2])])


def test_norms_equal_autograd_for_both_networks():
    items = list(side_by_side(epochs=2))
    assert [(i.column, i.epoch) for i in items] == [(0, 1), (1, 1), (0, 2), (1, 2)]
    assert [i.name for i in items[:2]] == list(VANISHING_PAIR)
    for column, name in enumerate(VANISHING_PAIR):
        design = load_design(name)
        trainer = Trainer(design, design_data(design), with_overrides(design.training, epochs=2))
        for epoch, result in enumerate(trainer.epochs(), start=1):
            mine = next(i for i in items if i.column == column and i.epoch == epoch)
            assert mine.train_loss == result.train_loss and mine.test_acc == result.test_acc
            expected = autograd_norms(trainer.model, trainer.x_train, trainer.y_train)
            np.testing.assert_allclose(mine.gradients.norms, expected, rtol=1e-5)
            assert len(mine.gradients.norms) == 7


def test_the_sigmoid_networks_first_layer_gets_far_less_gradient():
    items = list(side_by_side(epochs=3))
    sigmoid, relu = items[-2], items[-1]
    assert first_to_last(sigmoid.gradients) < 1e-2
    assert first_to_last(relu.gradients) > 100 * first_to_last(sigmoid.gradients)


def test_stop_ends_it_between_epochs():
    stop = threading.Event()
    seen = []
    for item in side_by_side(stop, epochs=5):
        seen.append(item)
        stop.set()
    assert len(seen) == 1
