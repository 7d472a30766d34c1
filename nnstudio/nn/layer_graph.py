"""A Sequential as the nodes of a graph, with the tensor shape on every edge (what Netron
shows), found by running one zero sample through it with forward hooks."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from torch import nn

from .activations import capture_activations, layer_name


@dataclass(frozen=True)
class GraphNode:
    index: int
    kind: str  # e.g. "Conv2d"
    details: str  # torch's own description of the settings, e.g. "1, 6, kernel_size=(3, 3)"
    output_shape: tuple[int, ...]  # one sample's output, without the batch axis
    parameters: int

    @property
    def name(self) -> str:
        return layer_name(self.index, self.kind)


def layer_graph(model: nn.Sequential, input_shape: tuple[int, ...]) -> list[GraphNode]:
    """One node per layer, in order; the edge into node i carries the shape of node i-1's output
    (the input shape for node 0). InputError when the input does not fit."""
    captures = capture_activations(model, np.zeros((1, *input_shape), np.float32))
    return [
        GraphNode(
            c.index,
            c.kind,
            model[c.index].extra_repr(),
            tuple(c.output.shape[1:]),
            sum(p.numel() for p in model[c.index].parameters()),
        )
        for c in captures
    ]
