"""Which units Dropout switches off in a training forward pass, drawn as torch's own dropout draws them.

A view of the activations shows the network as it is evaluated, where Dropout lets every
unit through. To show what training does, one more forward pass of the same input runs in
evaluation mode, and each Dropout layer's mask is drawn, layer after layer, as torch's
dropout draws it in training mode (bernoulli of 1 − p for every unit) from a generator of
its own seeded by `seed`: the same units a training pass after `torch.manual_seed(seed)`
drops, and training's own random numbers are not touched.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from .activations import as_model_batch


@dataclass(frozen=True)
class DropoutMask:
    index: int  # the Dropout layer's position in the Sequential
    p: float
    kept: np.ndarray  # bool, one sample's output shape: False where the unit was dropped

    @property
    def dropped(self) -> int:
        return int((~self.kept).sum())


def training_dropout_masks(model: nn.Sequential, sample: np.ndarray, seed: int = 0) -> list[DropoutMask]:
    """The masks of every Dropout layer for one input (shaped like the network's input)."""
    layers = [(i, m) for i, m in enumerate(model) if isinstance(m, nn.Dropout)]
    if not layers:
        return []
    masks: dict[int, torch.Tensor] = {}
    # A generator of its own, seeded by `seed`: it draws the same numbers torch's dropout
    # draws from the global one after manual_seed(seed) (bernoulli of 1 − p, layer after
    # layer), but no other thread using torch meanwhile can move it between two draws.
    generator = torch.Generator().manual_seed(seed)

    def draw(module, args, _output):
        masks[id(module)] = torch.empty_like(args[0]).bernoulli_(1 - module.p, generator=generator) != 0

    handles = [m.register_forward_hook(draw) for _, m in layers]
    was_training = model.training
    try:
        model.eval()  # every layer as evaluated: only the shapes of the Dropout inputs are needed
        with torch.no_grad():
            model(as_model_batch(model, np.asarray(sample)[None]))
    finally:
        for h in handles:
            h.remove()
        model.train(was_training)
    out = []
    for i, m in layers:
        kept = masks[id(m)][0].cpu().numpy().astype(bool)
        kept.flags.writeable = False
        out.append(DropoutMask(i, float(m.p), kept))
    return out
