"""Backpropagation with numbers: one sample through a small dense network, forward and back,
by the chain-rule formulas written out (no autograd), then one gradient-descent step.

For each layer l, from a⁰ = x:

    forward    zˡ = Wˡ aˡ⁻¹ + bˡ,    aˡ = f(zˡ)
    backward   ∂L/∂aˡ = (Wˡ⁺¹)ᵀ ∂L/∂zˡ⁺¹        (the last layer: from the loss)
               ∂L/∂zˡ = ∂L/∂aˡ ⊙ f′(zˡ)
               ∂L/∂Wˡ = ∂L/∂zˡ (aˡ⁻¹)ᵀ,   ∂L/∂bˡ = ∂L/∂zˡ
    update     Wˡ ← Wˡ − η ∂L/∂Wˡ,        bˡ ← bˡ − η ∂L/∂bˡ

The losses are the trainer's (nn/train.py) for one sample: cross-entropy on the scores (a final
Softmax is part of it), binary cross-entropy summed over the outputs (a final Sigmoid is part of
it, otherwise on the raw scores), mean squared error averaged over the outputs; a class label
becomes a one-hot target for BCE and MSE with several outputs. Where a softmax or sigmoid meets
its loss the product simplifies: ∂L/∂z = a − t. Tests check every number against
torch.autograd.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..core.errors import InputError
from ..core.i18n import translate
from .design import Design

if TYPE_CHECKING:  # the formulas are numpy: the GUI steps through them without torch loaded
    from torch import nn

MAX_LAYERS = 3  # Linear layers
MAX_WIDTH = 8  # inputs and neurons per layer
#: Layer types that may follow a Linear as its activation, and their short names.
ACTIVATIONS = {"Sigmoid": "sigmoid", "Tanh": "tanh", "ReLU": "relu", "Softmax": "softmax"}
SKIPPED = ("Flatten", "Dropout")  # nothing to show for one sample at evaluation time


class BackpropError(InputError):
    """A design this view cannot trace, or a bad sample or target."""


@dataclass(frozen=True)
class DenseLayer:
    weight: np.ndarray  # (out, in)
    bias: np.ndarray  # (out,)
    activation: str  # "identity", "sigmoid", "tanh", "relu", "softmax"


@dataclass(frozen=True)
class LayerTrace:
    """Every number of one layer for one sample, forward, backward and after the update."""

    activation: str
    weight: np.ndarray
    bias: np.ndarray
    input: np.ndarray  # aˡ⁻¹
    z: np.ndarray
    a: np.ndarray
    dL_da: np.ndarray
    f_prime: np.ndarray | None  # f′(z); None for a softmax (not element by element)
    dL_dz: np.ndarray
    dL_dW: np.ndarray
    dL_db: np.ndarray
    weight_new: np.ndarray
    bias_new: np.ndarray


@dataclass(frozen=True)
class BackpropTrace:
    x: np.ndarray
    target: np.ndarray  # (1,) class label for cross-entropy, else the vector t
    loss_kind: str
    layers: tuple[LayerTrace, ...]
    loss: float
    lr: float
    new_loss: float  # on the same sample, after the update

    @property
    def output(self) -> np.ndarray:
        return self.layers[-1].a

    def as_json(self) -> dict:
        rows = []
        for layer in self.layers:
            rows.append({
                "activation": layer.activation, "W": layer.weight.tolist(),
                "b": layer.bias.tolist(), "input": layer.input.tolist(), "z": layer.z.tolist(),
                "a": layer.a.tolist(), "dL_da": layer.dL_da.tolist(),
                "f_prime": None if layer.f_prime is None else layer.f_prime.tolist(),
                "dL_dz": layer.dL_dz.tolist(), "dL_dW": layer.dL_dW.tolist(),
                "dL_db": layer.dL_db.tolist(), "W_new": layer.weight_new.tolist(),
                "b_new": layer.bias_new.tolist()})
        return {"input": self.x.tolist(), "target": self.target.tolist(), "loss_kind": self.loss_kind,
                "loss": self.loss, "output": self.output.tolist(), "lr": self.lr,
                "new_loss": self.new_loss, "layers": rows}


def dense_layers(design: Design, model: "nn.Sequential") -> list[DenseLayer]:
    """The design's Linear layers with their activations and the model's weights (float64);
    BackpropError with one sentence for a design that is not a small dense network."""
    if len(design.input) != 1 or design.input[0] > MAX_WIDTH:
        raise BackpropError(translate("Backprop", "Backprop with numbers takes up to {n} plain "
                                      "inputs; this design takes {shape}.").format(
            n=MAX_WIDTH, shape=tuple(design.input)))
    layers: list[DenseLayer] = []
    for index, (spec, module) in enumerate(zip(design.layers, model)):
        kind = spec.get("type")
        if kind == "Linear":
            if len(layers) == MAX_LAYERS or module.out_features > MAX_WIDTH:
                raise BackpropError(translate(
                    "Backprop", "Backprop with numbers shows up to {layers} Linear layers of up "
                    "to {width} neurons; this design is larger.").format(
                    layers=MAX_LAYERS, width=MAX_WIDTH))
            layers.append(DenseLayer(module.weight.detach().double().cpu().numpy().copy(),
                                     module.bias.detach().double().cpu().numpy().copy()
                                     if module.bias is not None else np.zeros(module.out_features),
                                     "identity"))
        elif kind in ACTIVATIONS and layers and layers[-1].activation == "identity":
            last = layers[-1]
            if kind == "Softmax" and index != len(design.layers) - 1:
                raise BackpropError(translate("Backprop", "A Softmax can only be the last layer "
                                              "here."))
            layers[-1] = DenseLayer(last.weight, last.bias, ACTIVATIONS[kind])
        elif kind not in SKIPPED:
            raise BackpropError(translate(
                "Backprop", "Backprop with numbers needs Linear layers, each followed by at most "
                "one of ReLU, Sigmoid, Tanh (Softmax last); layer {n} is {kind}.").format(
                n=index + 1, kind=kind))
    if not layers:
        raise BackpropError(translate("Backprop", "The design has no Linear layer to trace."))
    return layers


def activate(kind: str, z: np.ndarray) -> np.ndarray:
    if kind == "sigmoid":
        return 1.0 / (1.0 + np.exp(-z))
    if kind == "tanh":
        return np.tanh(z)
    if kind == "relu":
        return np.maximum(z, 0.0)
    if kind == "softmax":
        e = np.exp(z - z.max())
        return e / e.sum()
    return z.copy()


def derivative(kind: str, z: np.ndarray, a: np.ndarray) -> np.ndarray | None:
    """f′(z) element by element (written with a = f(z) where that is the textbook form);
    ReLU′(0) = 0, as torch takes it. None for softmax, whose Jacobian is not diagonal."""
    if kind == "sigmoid":
        return a * (1.0 - a)
    if kind == "tanh":
        return 1.0 - a * a
    if kind == "relu":
        return (z > 0).astype(np.float64)
    if kind == "softmax":
        return None
    return np.ones_like(z)


def target_vector(loss: str, label_or_vector, outputs: int) -> np.ndarray:
    """What the loss compares with: a class label for cross-entropy; for BCE and MSE the label
    itself with one output, a one-hot vector with several, or a vector given in full."""
    values = np.atleast_1d(np.asarray(label_or_vector, dtype=np.float64))
    if loss == "cross_entropy" or len(values) == 1:
        label = values[0]
        if label != int(label) or not 0 <= label < max(outputs, 2):
            raise BackpropError(translate("Backprop", "The target must be a class from 0 to {last}.")
                                .format(last=max(outputs, 2) - 1))
        if loss == "cross_entropy" or outputs == 1:
            return np.array([float(label)])
        return np.eye(outputs)[int(label)]
    if len(values) != outputs:
        raise BackpropError(translate("Backprop", "The target needs {n} numbers, one per output.")
                            .format(n=outputs))
    return values


def _loss(loss: str, last: str, z: np.ndarray, a: np.ndarray, t: np.ndarray):
    """(L, ∂L/∂a, ∂L/∂z or None) at the output; ∂L/∂z is given where the product simplifies."""
    if loss == "cross_entropy":
        c = int(t[0])
        onehot = np.eye(len(a))[c]
        if last == "softmax":  # L = −log a_c; through the softmax ∂L/∂z becomes a − t
            return float(-np.log(a[c])), -onehot / a[c], None
        p = activate("softmax", a)  # the scores a are logits
        return float(-np.log(p[c])), p - onehot, None
    if loss == "bce":
        if last == "sigmoid":  # L = −Σ [t log a + (1 − t) log(1 − a)]
            value = -np.sum(t * np.log(a) + (1 - t) * np.log1p(-a))
            return float(value), (a - t) / (a * (1 - a)), a - t
        # On raw scores, as BCE-with-logits: L = Σ [max(a, 0) − a t + log(1 + e^−|a|)]
        value = np.sum(np.maximum(a, 0) - a * t + np.log1p(np.exp(-np.abs(a))))
        return float(value), activate("sigmoid", a) - t, None
    k = len(a)  # mse: L = (1/K) Σ (a − t)²
    return float(np.sum((a - t) ** 2) / k), 2.0 * (a - t) / k, None


def forward(layers: list[DenseLayer], x: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """[(z, a)] per layer."""
    out, a = [], np.asarray(x, dtype=np.float64)
    for layer in layers:
        z = layer.weight @ a + layer.bias
        a = activate(layer.activation, z)
        out.append((z, a))
    return out


def loss_of(layers: list[DenseLayer], x: np.ndarray, t: np.ndarray, loss: str) -> float:
    z, a = forward(layers, x)[-1]
    return _loss(loss, layers[-1].activation, z, a, t)[0]


def backprop(layers: list[DenseLayer], x, target, loss: str, lr: float) -> BackpropTrace:
    """Forward, loss, backward and one step of plain gradient descent for one sample."""
    x = np.asarray(x, dtype=np.float64).ravel()
    if len(x) != layers[0].weight.shape[1]:
        raise BackpropError(translate("Backprop", "The input needs {n} numbers; {m} were given.")
                            .format(n=layers[0].weight.shape[1], m=len(x)))
    t = target_vector(loss, target, len(layers[-1].bias))
    passes = forward(layers, x)
    inputs = [x] + [a for _, a in passes[:-1]]
    z_out, a_out = passes[-1]
    value, dL_da, dL_dz_given = _loss(loss, layers[-1].activation, z_out, a_out, t)
    traces: list[LayerTrace] = []
    for index in range(len(layers) - 1, -1, -1):
        layer, (z, a), a_in = layers[index], passes[index], inputs[index]
        f_prime = derivative(layer.activation, z, a)
        if index == len(layers) - 1 and dL_dz_given is not None:
            dL_dz = dL_dz_given
        elif f_prime is None:  # softmax: its Jacobian diag(a) − a aᵀ times ∂L/∂a
            dL_dz = a * (dL_da - a @ dL_da)
        else:
            dL_dz = dL_da * f_prime
        dL_dW = np.outer(dL_dz, a_in)
        dL_db = dL_dz.copy()
        traces.append(LayerTrace(layer.activation, layer.weight, layer.bias, a_in, z, a, dL_da,
                                 f_prime, dL_dz, dL_dW, dL_db, layer.weight - lr * dL_dW,
                                 layer.bias - lr * dL_db))
        dL_da = layer.weight.T @ dL_dz  # for the layer before
    traces.reverse()
    updated = [DenseLayer(tr.weight_new, tr.bias_new, tr.activation) for tr in traces]
    return BackpropTrace(x, t, loss, tuple(traces), value, float(lr),
                         loss_of(updated, x, t, loss))


@dataclass(frozen=True)
class SampleChoice:
    """Which sample to trace: `index` into the training split, or `values` typed in."""

    index: int | None = None
    values: tuple[float, ...] | None = None


def trace_design(design: Design, model: "nn.Sequential", x_train: np.ndarray, y_train: np.ndarray,
                 choice: SampleChoice, target=None, lr: float | None = None) -> BackpropTrace:
    """backprop() for a design and its model on a training sample or typed input; the target
    defaults to the sample's label (a typed input needs one)."""
    layers = dense_layers(design, model)
    if choice.values is not None:
        x = np.asarray(choice.values, dtype=np.float64)
        if target is None:
            raise BackpropError(translate("Backprop", "A typed input needs a target too."))
    else:
        index = 0 if choice.index is None else choice.index
        if not 0 <= index < len(x_train):
            raise BackpropError(translate("Backprop", "The sample must be between 0 and {last} "
                                          "(the training split has {n} samples).").format(
                last=len(x_train) - 1, n=len(x_train)))
        x = np.asarray(x_train[index], dtype=np.float64).ravel()
        target = int(y_train[index]) if target is None else target
    rate = design.training.lr if lr is None else lr
    if not (rate > 0 and np.isfinite(rate)):
        raise BackpropError(translate("Backprop", "The learning rate must be a positive number."))
    return backprop(layers, x, target, design.training.loss, rate)


@dataclass(frozen=True)
class DenseNet:
    """A small dense design ready to trace: its layers as numbers and its training split."""

    design: Design
    layers: tuple[DenseLayer, ...]
    x_train: np.ndarray
    y_train: np.ndarray
    class_names: tuple[str, ...]


def open_dense(path_or_preset: str, weights: str | None = None) -> DenseNet:
    """Load a design (file or preset), build its model (seeded as the trainer starts, or with
    trained weights) and take its layers; BackpropError if it is not small and dense."""
    from .design_source import design_model, open_design_and_data  # imports torch

    design, data = open_design_and_data(path_or_preset)
    model = design_model(design, data, weights)
    layers = dense_layers(design, model)
    return DenseNet(design, tuple(layers), data.x_train, data.y_train, data.class_names)
