"""Grad-CAM and saliency against the same maps computed directly with torch.autograd."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn

from nnstudio.core.errors import InputError
from nnstudio.nn.gradcam import conv_layers, explain



def lenet_8x8() -> nn.Sequential:
    return nn.Sequential(
        nn.Conv2d(1, 6, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(6, 12, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(12 * 2 * 2, 32), nn.ReLU(), nn.Dropout(0.3), nn.Linear(32, 10),
    )


def direct_gradcam(model: nn.Sequential, x: np.ndarray, layer: int, target: int) -> np.ndarray:
    """Grad-CAM by splitting the Sequential at the layer: no hooks, plain autograd."""
    model.eval()
    features = model[: layer + 1](torch.from_numpy(x[None].astype(np.float32)))
    features = features.detach().requires_grad_(True)
    score = model[layer + 1:](features)[0, target]
    (grad,) = torch.autograd.grad(score, features)
    alpha = grad[0].mean(dim=(1, 2))
    cam = torch.relu(torch.einsum("c,chw->hw", alpha, features[0].detach()))
    up = F.interpolate(cam[None, None], size=x.shape[1:], mode="bilinear", align_corners=False)[0, 0].numpy()
    return (up - up.min()) / (up.max() - up.min())


def direct_saliency(model: nn.Sequential, x: np.ndarray, target: int) -> np.ndarray:
    model.eval()
    inputs = torch.from_numpy(x[None].astype(np.float32)).requires_grad_(True)
    (grad,) = torch.autograd.grad(model(inputs)[0, target], inputs)
    sal = grad[0].abs().amax(dim=0).numpy()
    return (sal - sal.min()) / (sal.max() - sal.min())


@pytest.fixture
def lenet():
    torch.manual_seed(7)
    return lenet_8x8()


@pytest.fixture
def digit():
    rng = np.random.default_rng(3)
    return rng.random((1, 8, 8), dtype=np.float32)


@pytest.mark.parametrize("layer", [0, 3])
@pytest.mark.parametrize("target", [0, 4, 9])
def test_gradcam_equals_a_direct_autograd_computation(lenet, digit, layer, target):
    got = explain(lenet, digit, "gradcam", layer=layer, target=target)
    want = direct_gradcam(lenet, digit, layer, target)
    assert got.heat.shape == (8, 8) and got.heat.dtype == np.float32
    if np.ptp(want) > 0 and np.isfinite(want).all():
        np.testing.assert_allclose(got.heat, want, atol=1e-5)
    assert got.layer == layer and got.target == target and got.method == "gradcam"


def test_defaults_are_the_last_conv_layer_and_the_predicted_class(lenet, digit):
    got = explain(lenet, digit)
    with torch.no_grad():
        predicted = int(lenet.eval()(torch.from_numpy(digit[None])).argmax())
    assert got.layer == conv_layers(lenet)[-1] == 3
    assert got.target == predicted == got.predicted
    np.testing.assert_allclose(got.heat, direct_gradcam(lenet, digit, 3, predicted), atol=1e-5)
    assert got.heat.min() == 0.0 and got.heat.max() == pytest.approx(1.0)


@pytest.mark.parametrize("target", [1, 6])
def test_saliency_equals_torch_autograd_grad(lenet, digit, target):
    got = explain(lenet, digit, "saliency", target=target)
    np.testing.assert_allclose(got.heat, direct_saliency(lenet, digit, target), atol=1e-6)
    assert got.layer is None


def test_saliency_takes_the_largest_channel_of_a_colour_input():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.Flatten(), nn.Linear(4 * 5 * 6, 2))
    x = np.random.default_rng(1).random((3, 5, 6), dtype=np.float32)
    got = explain(model, x, "saliency", target=1)
    assert got.heat.shape == (5, 6)
    np.testing.assert_allclose(got.heat, direct_saliency(model, x, 1), atol=1e-6)


def test_gradcam_points_at_what_the_class_counts():
    """Two channels pass a 1x1 identity convolution: a blob top left in channel 0, one bottom
    right in channel 1; class 0 sums channel 0, class 1 channel 1. Each class's map lights its
    own blob only; saliency is the class's weights' support."""
    conv = nn.Conv2d(2, 2, 1)
    linear = nn.Linear(128, 2)
    with torch.no_grad():
        conv.weight.copy_(torch.eye(2)[:, :, None, None]), conv.bias.zero_()
        linear.weight.zero_(), linear.bias.zero_()
        linear.weight[0, :64] = 1.0
        linear.weight[1, 64:] = 1.0
    model = nn.Sequential(conv, nn.ReLU(), nn.Flatten(), linear)
    x = np.zeros((2, 8, 8), np.float32)
    x[0, :3, :3] = 1.0
    x[1, 5:, 5:] = 1.0
    top_left = explain(model, x, "gradcam", target=0).heat
    bottom_right = explain(model, x, "gradcam", target=1).heat
    assert top_left[0, 0] == pytest.approx(1.0) and top_left[6:, 6:].max() == pytest.approx(0.0)
    assert bottom_right[7, 7] == pytest.approx(1.0) and bottom_right[:2, :2].max() == pytest.approx(0.0)


def test_no_parameter_gradient_changes_and_the_mode_is_restored(lenet, digit):
    lenet.train()
    explain(lenet, digit)
    explain(lenet, digit, "saliency")
    assert lenet.training
    assert all(p.grad is None for p in lenet.parameters())


@pytest.mark.parametrize("kwargs, words", [
    ({"layer": 1}, "not a convolution"),
    ({"layer": 40}, "no layer 41"),
    ({"target": 10}, "Class 10 does not exist"),
    ({"target": -1}, "Class -1 does not exist"),
    ({"method": "lime"}, "gradcam or saliency"),
])
def test_bad_choices_are_one_sentence(lenet, digit, kwargs, words):
    with pytest.raises(InputError, match=words):
        explain(lenet, digit, **kwargs)


def test_a_network_without_convolutions_has_saliency_but_no_gradcam():
    model = nn.Sequential(nn.Flatten(), nn.Linear(16, 8), nn.ReLU(), nn.Linear(8, 3))
    x = np.random.default_rng(0).random((1, 4, 4), dtype=np.float32)
    with pytest.raises(InputError, match="no convolution layer"):
        explain(model, x, "gradcam")
    assert explain(model, x, "saliency").heat.shape == (4, 4)


def test_an_input_that_does_not_fit_is_one_sentence(lenet):
    with pytest.raises(InputError, match="does not fit"):
        explain(lenet, np.zeros((3, 8, 8), np.float32))
    with pytest.raises(InputError, match="image input"):
        explain(lenet, np.zeros(64, np.float32))
