"""A design by file or preset name, with its model built and (optionally) trained weights
loaded: what `nnstudio export` and `nnstudio activations` start from."""

from __future__ import annotations

from pathlib import Path

import torch
from torch import nn

from ..core.dataset_registry import DataSet
from .build import build_model, load_weights
from .design import Design, load_design
from .train import design_data


def design_model(design: Design, data: DataSet, weights: str | Path | None = None) -> nn.Sequential:
    """The design's model for this data set's classes, with the weights file loaded if given
    (seeded from the design's training seed otherwise, as the trainer starts)."""
    torch.manual_seed(design.training.seed)
    model = build_model(design, data.outputs)
    if weights is not None:
        load_weights(model, weights)
    return model.eval()


def open_design_and_data(path_or_preset: str | Path) -> tuple[Design, DataSet]:
    design = load_design(path_or_preset)
    return design, design_data(design)
