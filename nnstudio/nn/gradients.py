"""How strongly each layer learns: the norm of its parameters' gradients after a backward pass.

Plotted per epoch on a log scale, this shows vanishing gradients: in a deep sigmoid network
the first layers get gradients orders of magnitude smaller than the last; with ReLU they don't.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from .activations import as_model_batch, layer_name


@dataclass(frozen=True)
class GradientNorms:
    """One value per layer that has parameters, in the order of the Sequential."""

    names: tuple[str, ...]  # e.g. ("1: Linear", "3: Linear") (activations.layer_name)
    norms: np.ndarray  # (layers,) float64: L2 norm over all the layer's parameter gradients
    indices: tuple[int, ...] = ()  # each one's position in the Sequential (0-based)
    layer_count: int = 0  # layers in the Sequential, with or without parameters


def gradient_norms(model: nn.Sequential) -> GradientNorms:
    """Read the gradients left by the last backward(); a layer without any reads as 0."""
    names, norms, indices = [], [], []
    for index, layer in enumerate(model):
        params = [p for p in layer.parameters() if p.requires_grad]
        if not params:
            continue
        squares = sum(float(p.grad.detach().double().pow(2).sum()) for p in params if p.grad is not None)
        names.append(layer_name(index, type(layer).__name__))
        indices.append(index)
        norms.append(np.sqrt(squares))
    array = np.asarray(norms, dtype=np.float64)
    array.flags.writeable = False
    return GradientNorms(tuple(names), array, tuple(indices), len(model))


def measure_gradient_norms(
    model: nn.Sequential,
    inputs: np.ndarray | torch.Tensor,
    targets: np.ndarray | torch.Tensor,
    loss_fn: Callable[[torch.Tensor, torch.Tensor], torch.Tensor] | None = None,
) -> GradientNorms:
    """One forward and backward pass on a batch, without disturbing the model's own gradients
    (an optimiser step in progress keeps the ones it had). Cross-entropy unless told."""
    loss_fn = loss_fn or nn.CrossEntropyLoss()
    saved = {p: p.grad for p in model.parameters()}
    for p in saved:
        p.grad = None
    try:
        x = as_model_batch(model, inputs)
        device = x.device
        y = targets.to(device) if isinstance(targets, torch.Tensor) else torch.as_tensor(np.asarray(targets), device=device)
        with torch.enable_grad():
            loss_fn(model(x), y).backward()
        return gradient_norms(model)
    finally:
        for p, grad in saved.items():
            p.grad = grad
