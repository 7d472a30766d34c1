"""A network evaluated over a plane of 2-D points: its class probabilities everywhere, and
each hidden neuron's output everywhere, from forward passes with forward pre-hooks."""

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

#: Neurons kept per hidden layer: the decision view draws at most this many maps of a layer.
#: Keeping every one cost a layer of 19,357 neurons 774 MB over the 100×100 plane, held
#: three times over (its input, its output, the copy): a 2.2 GB peak for a few hidden maps.
UNITS_KEPT = 32
#: Values in the widest layer of one chunk of plane points (16 MB of float32): the plane is
#: pushed through in chunks, so a wide layer never holds all 10,000 points at once.
CHUNK_VALUES = 1 << 22


@dataclass(frozen=True)
class HiddenLayer:
    name: str  # the layer whose input these neurons are, e.g. "hidden 1 (→ 3: Linear)"
    outputs: np.ndarray  # (H, W, kept) float32: the first UNITS_KEPT neurons' outputs over the plane
    index: int = -1  # the position of that layer in the Sequential (0-based)
    units: int = 0  # the neurons the layer has (0: as many as `outputs` holds)

    @property
    def total(self) -> int:
        return self.units or self.outputs.shape[2]


@dataclass(frozen=True)
class PlaneProbe:
    probabilities: np.ndarray | None  # (H, W, K) float32, K >= 2 (one sigmoid output gives 1-p, p)
    hidden: list[HiddenLayer]
    values: np.ndarray | None = None  # regression: (H, W) float32, the number predicted at each point


def probe_plane(model: nn.Sequential, grid: PlaneGrid, task: str = "classify") -> PlaneProbe:
    """Evaluate the model on every grid point (no grad, eval mode, hooks removed), in chunks
    that hold at most CHUNK_VALUES values in the widest layer. For a regression
    (`task="regress"`) the plane holds the network's first output itself, the number it
    predicts, instead of class probabilities.

    The hidden neurons are the inputs of every Linear layer after the first: what the previous
    layer's activation hands on, as the TensorFlow Playground draws them. The first UNITS_KEPT
    of each layer are kept.
    """
    linears = [i for i, m in enumerate(model) if isinstance(m, nn.Linear)]
    width = grid.network_inputs.shape[1]
    if not linears or model[linears[0]].in_features != width:
        raise InputError(translate("Probe", "The decision boundary needs a network whose first Linear layer takes "
                                   "{n} features.").format(n=width))
    seen: dict[int, list[torch.Tensor]] = {i: [] for i in linears[1:]}

    def keep(index: int):
        def hook(_module, args):
            seen[index].append(args[0][:, :UNITS_KEPT].detach().clone())  # a clone: the slice frees its base

        return hook

    widest = max(max(model[i].in_features, model[i].out_features) for i in linears)
    chunk = max(1, CHUNK_VALUES // widest)
    inputs = grid.network_inputs

    handles = [model[i].register_forward_pre_hook(keep(i)) for i in linears[1:]]
    was_training = model.training
    try:
        model.eval()
        parts = []
        with torch.no_grad():
            for start in range(0, len(inputs), chunk):
                outputs = model(as_model_batch(model, inputs[start:start + chunk]))
                parts.append(outputs[:, :1] if task == "regress" else output_probabilities(model, outputs))
                del outputs
        probs = torch.cat(parts)
    finally:
        for handle in handles:
            handle.remove()
        model.train(was_training)
    h, w = grid.shape
    hidden = [
        HiddenLayer(translate("PlaneProbe", "hidden {n} (→ {layer})").format(n=n, layer=layer_name(i, "Linear")),
                    _as_plane(torch.cat(seen[i]), h, w), i, model[i].in_features)
        for n, i in enumerate(linears[1:], start=1)
        if seen[i]
    ]
    if task == "regress":
        return PlaneProbe(None, hidden, _as_plane(probs, h, w)[:, :, 0])
    return PlaneProbe(_as_plane(probs, h, w), hidden)


def _as_plane(values: torch.Tensor, h: int, w: int) -> np.ndarray:
    array = values.cpu().float().numpy().reshape(h, w, -1).copy()
    array.flags.writeable = False
    return array
