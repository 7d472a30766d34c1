import numpy as np
import pytest
import torch
from torch import nn

from nnstudio.core.errors import InputError
from nnstudio.nn.gradients import gradient_norms, measure_gradient_norms
from nnstudio.nn.weights import conv_kernels, weight_histograms


def _spiral(n=200, seed=0):
    rng = np.random.default_rng(seed)
    t = rng.uniform(0.25, 3 * np.pi, n)
    label = rng.integers(0, 2, n)
    angle = t + np.pi * label
    x = np.stack([t * np.cos(angle), t * np.sin(angle)], axis=1) / 5 + rng.normal(0, 0.05, (n, 2))
    return x.astype(np.float32), label.astype(np.int64)


def _deep(activation, seed=0):
    torch.manual_seed(seed)
    layers, width = [], 16
    sizes = [2] + [width] * 8
    for a, b in zip(sizes, sizes[1:]):
        layers += [nn.Linear(a, b), activation()]
    return nn.Sequential(*layers, nn.Linear(width, 2))


def test_norms_equal_torch_gradients_after_backward(make_mlp):
    torch.manual_seed(0)
    model = make_mlp([2, 5, 3, 2])
    x, y = _spiral(32)
    nn.CrossEntropyLoss()(model(torch.from_numpy(x)), torch.from_numpy(y)).backward()
    norms = gradient_norms(model)
    assert norms.names == ("1: Linear", "3: Linear", "5: Linear") and norms.indices == (0, 2, 4) and norms.layer_count == 5
    for value, index in zip(norms.norms, (0, 2, 4)):
        layer = model[index]
        ref = torch.cat([layer.weight.grad.ravel(), layer.bias.grad.ravel()]).norm().item()
        assert value == pytest.approx(ref, rel=1e-6)


def test_measure_keeps_the_models_own_gradients(make_mlp):
    torch.manual_seed(0)
    model = make_mlp([2, 4, 2])
    x, y = _spiral(16)
    model[0].weight.grad = torch.ones_like(model[0].weight)
    measured = measure_gradient_norms(model, x, y)
    assert torch.equal(model[0].weight.grad, torch.ones_like(model[0].weight))
    assert model[2].weight.grad is None
    assert (measured.norms > 0).all()


def test_deep_sigmoid_network_starves_its_first_layer_relu_does_not():
    x, y = _spiral()
    sig = measure_gradient_norms(_deep(nn.Sigmoid), x, y)
    relu = measure_gradient_norms(_deep(nn.ReLU), x, y)
    assert len(sig.norms) == len(relu.norms) == 9
    # Vanishing gradients: the sigmoid net's first layer gets far less than the ReLU net's...
    assert sig.norms[0] < relu.norms[0] / 10
    # ...and far less than its own last layer, by a factor the ReLU net does not show.
    assert sig.norms[0] / sig.norms[-1] < 1e-3
    assert relu.norms[0] / relu.norms[-1] > 10 * sig.norms[0] / sig.norms[-1]


def test_first_conv_kernels_and_refusal_without_conv(lenet, make_mlp):
    kernels = conv_kernels(lenet)
    np.testing.assert_array_equal(kernels, lenet[0].weight.detach().numpy())
    assert conv_kernels(lenet, 3).shape == (12, 6, 3, 3)
    with pytest.raises(InputError, match="no convolution"):
        conv_kernels(make_mlp([2, 2, 1]))
    with pytest.raises(InputError, match="not a convolution"):
        conv_kernels(lenet, 1)


def test_weight_histograms_equal_numpy(lenet):
    hists = weight_histograms(lenet, bins=12)
    assert [h.name for h in hists] == ["1: Conv2d", "4: Conv2d", "8: Linear", "11: Linear"]
    counts, edges = np.histogram(lenet[7].weight.detach().numpy().astype(np.float64).ravel(), bins=12)
    np.testing.assert_array_equal(hists[2].counts, counts)
    np.testing.assert_allclose(hists[2].edges, edges)
    assert hists[2].counts.sum() == lenet[7].weight.numel()
