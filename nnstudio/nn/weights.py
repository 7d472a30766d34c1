"""What a network has learned, as numbers to draw: conv kernels and weight histograms."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from torch import nn

from ..core.errors import InputError
from .activations import layer_name
from ..core.i18n import translate


@dataclass(frozen=True)
class WeightHistogram:
    name: str  # e.g. "1: Conv2d" (activations.layer_name)
    counts: np.ndarray  # (bins,) int64
    edges: np.ndarray  # (bins + 1,) float64


def conv_layer_indices(model: nn.Sequential) -> list[int]:
    return [i for i, m in enumerate(model) if isinstance(m, nn.Conv2d)]


def conv_kernels(model: nn.Sequential, index: int | None = None) -> np.ndarray:
    """A conv layer's weights (out_channels, in_channels, kh, kw) as float32; the first conv
    layer unless an index is given. InputError for a network without one."""
    convs = conv_layer_indices(model)
    if not convs:
        raise InputError(translate("Weights", "This network has no convolution layer, so it has no kernels to show."))
    index = convs[0] if index is None else index
    if index not in convs:
        raise InputError(translate("Weights", "Layer {index} is not a convolution layer.").format(index=index))
    kernels = model[index].weight.detach().cpu().float().numpy().copy()
    kernels.flags.writeable = False
    return kernels


def weight_histograms(model: nn.Sequential, bins: int = 30) -> list[WeightHistogram]:
    """np.histogram of each layer's weights (not biases), one per layer that has a weight."""
    result = []
    for index, layer in enumerate(model):
        weight = getattr(layer, "weight", None)
        if not isinstance(weight, nn.Parameter):
            continue
        counts, edges = np.histogram(weight.detach().cpu().double().numpy().ravel(), bins=bins)
        result.append(WeightHistogram(layer_name(index, type(layer).__name__), counts, edges))
    return result
