"""core.dense_forward (the Neurons view's hover numbers) against torch's own forward pass."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from nnstudio.core.dense_forward import dense_forward
from nnstudio.nn.build import build_model
from nnstudio.nn.design import Design, load_design
from nnstudio.ui.network.neuron_view import linear_weights

ACTIVATIONS = ["ReLU", "Sigmoid", "Tanh", "LeakyReLU", "GELU", "Softmax", None]


def torch_numbers(model, x):
    """(z, a) of every Linear layer from torch's eval-mode forward: z is the Linear's output,
    a the output just before the next Linear (or the model's output)."""
    model.eval()
    zs, a = [], []
    current = torch.tensor(x[None], dtype=torch.float32)
    with torch.no_grad():
        for i, module in enumerate(model):
            current = module(current)
            if isinstance(module, torch.nn.Linear):
                zs.append(current[0].double())
            following = model[i + 1] if i + 1 < len(model) else None
            if zs and (following is None or isinstance(following, torch.nn.Linear)):
                a.append(current[0].double())
    return zs, a


@settings(max_examples=25, deadline=None)
@given(widths=st.lists(st.integers(1, 8), min_size=1, max_size=3),
       acts=st.lists(st.sampled_from(ACTIVATIONS), min_size=3, max_size=3),
       dropout=st.booleans(), seed=st.integers(0, 10_000))
def test_every_neuron_equals_torch(widths, acts, dropout, seed):
    widths = [*widths[:-1], max(widths[-1], 2)]  # a classifier: two outputs or more
    layers = []
    for width, act in zip(widths, acts):
        layers.append({"type": "Linear", "out_features": width})
        if act is not None:
            layers.append({"type": act} | ({"dim": 1} if act == "Softmax" else {}))
        if dropout:
            layers.append({"type": "Dropout", "p": 0.5})
    design = Design(input=(3,), layers=tuple(layers), name="t")
    torch.manual_seed(seed)
    model = build_model(design, widths[-1])
    x = np.random.default_rng(seed).normal(size=3).astype(np.float32)
    numbers = dense_forward(design.layers, [(w.weight, w.bias) for w in linear_weights(
        {k: v.numpy() for k, v in model.state_dict().items()}, design.layers)], x)
    zs, a = torch_numbers(model, x)
    assert numbers is not None and len(numbers) == len(zs)
    for mine, z, out in zip(numbers, zs, a):
        np.testing.assert_allclose(mine.z, z.numpy(), rtol=1e-5, atol=1e-5)
        np.testing.assert_allclose(mine.a, out.numpy(), rtol=1e-5, atol=1e-5)


def test_batchnorm_convolutions_and_misfits_are_refused():
    x = np.zeros(2)
    assert dense_forward(({"type": "Conv2d", "out_channels": 1},), [(np.eye(2), None)], x) is None
    layers = ({"type": "Linear", "out_features": 2}, {"type": "BatchNorm1d"})
    assert dense_forward(layers, [(np.eye(2), np.zeros(2))], x) is None
    assert dense_forward(({"type": "Linear", "out_features": 3},), [(np.eye(2), np.zeros(2))], x) is None


def test_perceptron_preset():
    design = load_design("perceptron_and")
    torch.manual_seed(1)
    model = build_model(design, 2)
    x = np.array([1.0, 0.0], np.float32)
    (layer,) = dense_forward(design.layers, [(model[0].weight.detach().numpy(), model[0].bias.detach().numpy())], x)
    with torch.no_grad():
        expected = torch.sigmoid(model[0](torch.tensor(x[None])))[0, 0].item()
    assert layer.activations == ("Sigmoid",)
    assert layer.a[0] == pytest.approx(expected, abs=1e-6)
