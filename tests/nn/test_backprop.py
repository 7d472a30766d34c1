"""Backprop with numbers: every value equals torch.autograd's on random small dense nets."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from nnstudio.nn.backprop import (BackpropError, SampleChoice, backprop, dense_layers,
                                  trace_design)
from nnstudio.nn.build import build_model
from nnstudio.nn.design import Design, TrainingConfig, load_design
from nnstudio.nn.train import design_data

TORCH_ACT = {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": torch.relu,
             "identity": lambda z: z, "softmax": lambda z: torch.softmax(z, 0)}
LAYER_TYPE = {"sigmoid": "Sigmoid", "tanh": "Tanh", "relu": "ReLU", "softmax": "Softmax"}


@st.composite
def small_nets(draw):
    loss = draw(st.sampled_from(["mse", "bce", "cross_entropy"]))
    depth = draw(st.integers(1, 3))
    widths = [draw(st.integers(1, 8)) for _ in range(depth + 1)]
    if loss == "cross_entropy":
        widths[-1] = max(widths[-1], 2)
    hidden = [draw(st.sampled_from(["sigmoid", "tanh", "relu"])) for _ in range(depth - 1)]
    last = draw(st.sampled_from(["identity", "sigmoid", "tanh", "relu", "softmax"]))
    seed = draw(st.integers(0, 10_000))
    return loss, widths, [*hidden, last], seed


def _design(loss, widths, acts) -> Design:
    layers = []
    for width, act in zip(widths[1:], acts):
        layers.append({"type": "Linear", "out_features": width})
        if act != "identity":
            layers.append({"type": LAYER_TYPE[act]} | ({"dim": 0} if act == "softmax" else {}))
    return Design((widths[0],), tuple(layers), training=TrainingConfig(loss=loss, lr=0.1))


def _reference(loss, model_layers, acts, x, label_or_t):
    """Autograd through the same computation as the trainer's loss for one sample."""
    params = [(torch.tensor(l.weight, requires_grad=True), torch.tensor(l.bias, requires_grad=True))
              for l in model_layers]
    a = torch.tensor(x)
    zs, as_ = [], []
    for (w, b), act in zip(params, acts):
        z = w @ a + b
        z.retain_grad()
        a = TORCH_ACT[act](z)
        a.retain_grad()
        zs.append(z)
        as_.append(a)
    k = len(as_[-1])
    if loss == "cross_entropy":
        if acts[-1] == "softmax":
            value = F.cross_entropy(zs[-1][None], torch.tensor([label_or_t]))
            value_via_a = -torch.log(as_[-1][label_or_t])  # the same number, through a
        else:
            value = value_via_a = F.cross_entropy(as_[-1][None], torch.tensor([label_or_t]))
    else:
        t = torch.tensor(label_or_t, dtype=torch.float64)
        if loss == "bce":
            if acts[-1] == "sigmoid":
                value = F.binary_cross_entropy_with_logits(zs[-1], t, reduction="sum")
                value_via_a = F.binary_cross_entropy(as_[-1], t, reduction="sum")
            else:
                value = value_via_a = F.binary_cross_entropy_with_logits(as_[-1], t, reduction="sum")
        else:
            value = value_via_a = F.mse_loss(as_[-1], t, reduction="sum") / k
    value_via_a.backward(retain_graph=True)
    dL_da_last = as_[-1].grad.clone()
    for tensor in [*zs, *as_, *(p for pair in params for p in pair)]:
        tensor.grad = None
    value.backward()
    return value.item(), zs, as_, params, dL_da_last


@given(small_nets())
@settings(max_examples=120, deadline=None)
def test_every_number_equals_torch_autograd(net):
    loss, widths, acts, seed = net
    torch.manual_seed(seed)
    design = _design(loss, widths, acts)
    model = build_model(design).double()
    layers = dense_layers(design, model)
    rng = np.random.default_rng(seed)
    x = rng.normal(size=widths[0])
    k = widths[-1]
    if loss == "cross_entropy" or k == 1:
        label = int(rng.integers(0, max(k, 2)))
        target = label
        ref_target = label if loss == "cross_entropy" else [float(label)]
    else:
        ref_target = rng.uniform(0, 1, k).tolist()
        target = ref_target
    trace = backprop(layers, x, target, loss, 0.1)
    value, zs, as_, params, dL_da_last = _reference(loss, layers, acts, x, ref_target)
    tol = dict(rtol=1e-8, atol=1e-10)
    assert trace.loss == pytest.approx(value, rel=1e-8, abs=1e-10)
    for i, layer in enumerate(trace.layers):
        np.testing.assert_allclose(layer.z, zs[i].detach().numpy(), **tol)
        np.testing.assert_allclose(layer.a, as_[i].detach().numpy(), **tol)
        np.testing.assert_allclose(layer.dL_dz, zs[i].grad.numpy(), **tol)
        if i < len(trace.layers) - 1:
            np.testing.assert_allclose(layer.dL_da, as_[i].grad.numpy(), **tol)
        else:
            np.testing.assert_allclose(layer.dL_da, dL_da_last.numpy(), rtol=1e-7, atol=1e-9)
        np.testing.assert_allclose(layer.dL_dW, params[i][0].grad.numpy(), **tol)
        np.testing.assert_allclose(layer.dL_db, params[i][1].grad.numpy(), **tol)
        if layer.f_prime is not None:  # f′(z) itself, by autograd of f alone
            z = torch.tensor(layer.z, requires_grad=True)
            TORCH_ACT[layer.activation](z).sum().backward()
            np.testing.assert_allclose(layer.f_prime, z.grad.numpy(), **tol)


def test_the_update_is_one_sgd_step_and_lowers_the_loss_on_mlp_xor():
    design = load_design("mlp_xor")
    data = design_data(design)
    torch.manual_seed(0)
    model = build_model(design, data.num_classes).double()
    trace = trace_design(design, model, data.x_train, data.y_train, SampleChoice(index=1), lr=0.05)
    optimiser = torch.optim.SGD(model.parameters(), lr=0.05)
    out = model(torch.tensor(data.x_train[1:2], dtype=torch.float64))
    F.cross_entropy(out, torch.tensor(data.y_train[1:2])).backward()
    optimiser.step()
    linears = [m for m in model if isinstance(m, torch.nn.Linear)]
    for layer, linear in zip(trace.layers, linears):
        np.testing.assert_allclose(layer.weight_new, linear.weight.detach().numpy(), rtol=1e-10)
        np.testing.assert_allclose(layer.bias_new, linear.bias.detach().numpy(), rtol=1e-10)
    new_out = model(torch.tensor(data.x_train[1:2], dtype=torch.float64))
    assert trace.new_loss == pytest.approx(F.cross_entropy(new_out, torch.tensor(data.y_train[1:2])).item())
    assert trace.new_loss < trace.loss


def test_the_perceptron_preset_traces_with_its_sigmoid_and_bce():
    design = load_design("perceptron_and")
    data = design_data(design)
    model = build_model(design, data.num_classes)
    trace = trace_design(design, model, data.x_train, data.y_train, SampleChoice(index=3))
    (layer,) = trace.layers
    assert layer.activation == "sigmoid" and trace.loss_kind == "bce"
    np.testing.assert_allclose(layer.dL_dz, layer.a - trace.target)  # σ meets BCE: a − t
    np.testing.assert_allclose(layer.dL_dz, layer.dL_da * layer.f_prime)  # and the product


@pytest.mark.parametrize("layers, sentence", [
    ([{"type": "Linear", "out_features": 9}], "up to 8 neurons"),
    ([{"type": "Linear", "out_features": 4}, {"type": "GELU"}], "layer 2 is GELU"),
    ([{"type": "Linear", "out_features": 4}] * 4, "up to 3 Linear layers"),
])
def test_designs_it_cannot_trace_get_one_sentence(layers, sentence):
    design = Design((2,), tuple(layers))
    with pytest.raises(BackpropError, match=sentence):
        dense_layers(design, build_model(design))


def test_bad_sample_and_target_get_one_sentence():
    design = load_design("mlp_xor")
    data = design_data(design)
    model = build_model(design, data.num_classes)
    with pytest.raises(BackpropError, match="between 0 and 3"):
        trace_design(design, model, data.x_train, data.y_train, SampleChoice(index=4))
    with pytest.raises(BackpropError, match="class from 0 to 1"):
        trace_design(design, model, data.x_train, data.y_train, SampleChoice(index=0), target=5)
    with pytest.raises(BackpropError, match="needs 2 numbers"):
        trace_design(design, model, data.x_train, data.y_train, SampleChoice(values=(1.0,)), target=0)
