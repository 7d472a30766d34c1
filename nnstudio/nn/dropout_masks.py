"""Which units Dropout switches off in a training forward pass, read from torch's own draw.

A view of the activations shows the network as it is evaluated, where Dropout lets every
unit through. To show what training does, one more forward pass of the same input runs with
only the Dropout layers in training mode (BatchNorm keeps its running statistics, so the
model is not changed). Each Dropout layer's mask is the one torch drew in that pass: the
random state before the layer is kept, and the draw is replayed on a tensor of ones, which
takes the same random numbers for the same shape. The pass runs on a forked random state,
seeded by `seed`, so training's own random numbers are not disturbed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F
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
    states: dict[int, torch.Tensor] = {}

    def before(index):
        def hook(_module, _args):
            states[index] = torch.get_rng_state()
        return hook

    def after(index):
        def hook(module, args, _output):
            following = torch.get_rng_state()
            torch.set_rng_state(states[index])
            masks[index] = F.dropout(torch.ones_like(args[0]), module.p, training=True) != 0
            torch.set_rng_state(following)
        return hook

    handles = [h for i, m in layers for h in (m.register_forward_pre_hook(before(i)), m.register_forward_hook(after(i)))]
    was_training = model.training
    try:
        model.eval()
        for _, m in layers:
            m.train()
        with torch.random.fork_rng(devices=[]), torch.no_grad():
            torch.manual_seed(seed)
            model(as_model_batch(model, np.asarray(sample)[None]))
    finally:
        for h in handles:
            h.remove()
        model.train(was_training)
    out = []
    for i, m in layers:
        kept = masks[i][0].cpu().numpy().astype(bool)
        kept.flags.writeable = False
        out.append(DropoutMask(i, float(m.p), kept))
    return out
