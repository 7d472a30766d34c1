"""A network evaluated over a plane of 2-D points: its class probabilities everywhere, and
each hidden neuron's output everywhere, from one forward pass with forward pre-hooks."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from ..core.decision_grid import PlaneGrid
from ..core.errors import InputError
from ..core.i18n import translate
from .activations import as_model_batch, layer_name
from .predict import output_probabilities


@dataclass(frozen=True)
class HiddenLayer:
    name: str  # the layer whose input these neurons are, e.g. "hidden 1 (→ 3: Linear)"
    outputs: np.ndarray  # (H, W, units) float32: each neuron's output over the plane
    index: int = -1  # the position of that layer in the Sequential (0-based)


@dataclass(frozen=True)
class PlaneProbe:
    probabilities: np.ndarray | None  # (H, W, K) float32, K >= 2 (one sigmoid output gives 1-p, p)
    hidden: list[HiddenLayer]
    values: np.ndarray | None = None  # regression: (H, W) float32, the number predicted at each point


def probe_plane(model: nn.Sequential, grid: PlaneGrid, task: str = "classify") -> PlaneProbe:
    """Evaluate the model on every grid point (one batch, no grad, eval mode, hooks removed).
    For a regression (`task="regress"`) the plane holds the network's first output itself,
    the number it predicts, instead of class probabilities.

    The hidden neurons are the inputs of every Linear layer after the first: what the previous
    layer's activation hands on, as the TensorFlow Playground draws them.
    """
    linears = [i for i, m in enumerate(model) if isinstance(m, nn.Linear)]
    width = grid.network_inputs.shape[1]
    if not linears or model[linears[0]].in_features != width:
        raise InputError(translate("Probe", "The decision boundary needs a network whose first Linear layer takes "
                                   "{n} features.").format(n=width))
    seen: dict[int, torch.Tensor] = {}

    def keep(index: int):
        def hook(_module, args):
            seen[index] = args[0].detach()

        return hook

    handles = [model[i].register_forward_pre_hook(keep(i)) for i in linears[1:]]
    was_training = model.training
    try:
        model.eval()
        with torch.no_grad():
            outputs = model(as_model_batch(model, grid.network_inputs))
            probs = outputs[:, :1] if task == "regress" else output_probabilities(model, outputs)
    finally:
        for handle in handles:
            handle.remove()
        model.train(was_training)
    h, w = grid.shape
    hidden = [
        HiddenLayer(translate("PlaneProbe", "hidden {n} (→ {layer})").format(n=n, layer=layer_name(i, "Linear")),
                    _as_plane(seen[i], h, w), i)
        for n, i in enumerate(linears[1:], start=1)
        if i in seen
    ]
    if task == "regress":
        return PlaneProbe(None, hidden, _as_plane(probs, h, w)[:, :, 0])
    return PlaneProbe(_as_plane(probs, h, w), hidden)


def _as_plane(values: torch.Tensor, h: int, w: int) -> np.ndarray:
    array = values.cpu().float().numpy().reshape(h, w, -1).copy()
    array.flags.writeable = False
    return array
