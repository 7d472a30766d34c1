"""The feed-forward numbers of a small dense network for one input, neuron by neuron.

For each Linear layer: the inputs it gets, z = W·x + b and a = f(z) after the activation
that follows it. numpy only, from the same weights the Neurons view draws, so a hover there
reads the numbers of the picture on screen (tests check them against torch's forward). The
network runs as in evaluation: Dropout passes everything through; a layer whose evaluation
needs more than the weights (BatchNorm1d's running statistics) makes it refuse (None).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

_ERF = np.vectorize(math.erf, otypes=[np.float64])


def _softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max())
    return e / e.sum()


def _activation(layer: dict) -> Callable[[np.ndarray], np.ndarray] | None:
    kind = layer.get("type")
    if kind == "ReLU":
        return lambda z: np.maximum(z, 0.0)
    if kind == "Sigmoid":
        return lambda z: 1.0 / (1.0 + np.exp(-z))
    if kind == "Tanh":
        return np.tanh
    if kind == "LeakyReLU":
        slope = float(layer.get("negative_slope", 0.01))
        return lambda z: np.where(z >= 0, z, slope * z)
    if kind == "GELU":  # torch's exact GELU: x·Φ(x)
        return lambda z: 0.5 * z * (1.0 + _ERF(z / math.sqrt(2.0)))
    if kind == "Softmax":
        return _softmax
    return None


#: Layers that change nothing when the network is evaluated on one sample.
_PASS_THROUGH = ("Dropout", "Flatten")


@dataclass(frozen=True)
class LayerNumbers:
    """One Linear layer and what follows it, for one input."""

    inputs: np.ndarray  # (in,) what the layer gets
    weight: np.ndarray  # (out, in)
    bias: np.ndarray  # (out,) zeros when the layer has none
    z: np.ndarray  # (out,) weighted sum plus bias
    activations: tuple[str, ...]  # the activation layers applied after it, in order
    a: np.ndarray  # (out,) after them (= z when there is none)


def dense_forward(layers: tuple[dict, ...], weights: list, x: np.ndarray) -> list[LayerNumbers] | None:
    """Each Linear layer's numbers for input x, or None when the layers are not a plain dense
    stack or the weights do not fit them. `weights` holds (weight, bias) pairs, one per Linear."""
    a = np.asarray(x, np.float64).ravel()
    out: list[LayerNumbers] = []
    pending: dict | None = None  # the Linear layer whose activations are being collected
    for layer in (*layers, {"type": "_end"}):
        kind = layer.get("type")
        f = _activation(layer)
        if kind in _PASS_THROUGH:
            continue
        if f is not None and pending is not None:
            pending["a"] = f(pending["a"])
            pending["activations"].append(kind)
            continue
        if pending is not None:
            out.append(LayerNumbers(pending["inputs"], pending["weight"], pending["bias"], pending["z"],
                                    tuple(pending["activations"]), pending["a"]))
            a = pending["a"]
            pending = None
        if kind == "_end":
            break
        if kind != "Linear" or len(out) >= len(weights):
            return None
        weight, bias = weights[len(out)]
        weight = np.asarray(weight, np.float64)
        bias = np.zeros(weight.shape[0]) if bias is None else np.asarray(bias, np.float64)
        if weight.ndim != 2 or weight.shape[1] != a.size or bias.shape != (weight.shape[0],) \
                or int(layer.get("out_features", weight.shape[0])) != weight.shape[0]:
            return None
        z = weight @ a + bias
        pending = {"inputs": a, "weight": weight, "bias": bias, "z": z, "a": z, "activations": []}
    return out if len(out) == len(weights) and out else None
