"""Activation functions and derivatives against torch and torch.autograd."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from nnstudio.core.activation_curves import ACTIVATIONS, LEAKY_SLOPE, curves, surviving_fraction

TORCH = {
    "sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": torch.relu,
    "leaky_relu": lambda x: F.leaky_relu(x, LEAKY_SLOPE), "gelu": F.gelu,
}
# Points away from 0, where ReLU-like derivatives are not defined.
X = np.concatenate([np.linspace(-8, -0.01, 300), np.linspace(0.01, 8, 300)])


@pytest.mark.parametrize("key", sorted(TORCH))
def test_function_and_derivative_equal_torch_autograd(key):
    x = torch.tensor(X, requires_grad=True)
    y = TORCH[key](x)
    y.sum().backward()
    f, df = curves(key, X)
    np.testing.assert_allclose(f, y.detach().numpy(), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(df, x.grad.numpy(), rtol=1e-9, atol=1e-12)


def test_step_is_heaviside_with_zero_slope():
    f, df = curves("step", X)
    np.testing.assert_array_equal(f, torch.heaviside(torch.tensor(X), torch.tensor(0.0, dtype=torch.float64)).numpy())
    assert not df.any()


@pytest.mark.parametrize("key", sorted(ACTIVATIONS))
def test_the_marked_maximum_is_the_derivatives_maximum(key):
    act = ACTIVATIONS[key]
    grid = np.linspace(-10, 10, 200_001)
    _, df = curves(key, grid)
    assert df.max() == pytest.approx(act.max_slope, abs=1e-9)
    _, at = curves(key, np.array([act.argmax + 1e-9]))
    assert at[0] == pytest.approx(act.max_slope, abs=1e-6)


def test_sigmoid_slope_is_at_most_a_quarter_and_depth_shrinks_it_as_a_power():
    assert ACTIVATIONS["sigmoid"].max_slope == 0.25
    np.testing.assert_allclose(surviving_fraction("sigmoid", np.arange(1, 11)), 0.25 ** np.arange(1, 11))
    assert surviving_fraction("relu", np.array([50]))[0] == 1.0
