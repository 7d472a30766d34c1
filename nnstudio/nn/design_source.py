"""A design by file or preset name, with its model built and (optionally) trained weights
loaded: what `nnstudio export` and `nnstudio activations` start from.

The presets that show vanishing gradients (deep_sigmoid_spiral, deep_relu_spiral) live in
resources/designs/ beside the others; load_design() knows its own preset list, so these are
looked up here first.
"""

from __future__ import annotations

from pathlib import Path

from torch import nn

from ..core.dataset_registry import DataSet
from ..core.errors import InputError
from ..core.resources import resource
from .build import build_model, load_weights
from .design import PRESETS, Design, load_design
from .train import design_data

GRADIENT_PRESETS = ("deep_sigmoid_spiral", "deep_relu_spiral")


def all_presets() -> tuple[str, ...]:
    return (*PRESETS, *(p for p in GRADIENT_PRESETS if p not in PRESETS))


def open_design(path_or_preset: str | Path) -> Design:
    """load_design(), which also knows the gradient presets."""
    text = str(path_or_preset)
    if text in GRADIENT_PRESETS and text not in PRESETS:
        return load_design(str(resource("designs", text + ".json")))
    if text not in PRESETS and not Path(text).is_file():
        raise InputError(f"'{text}' is neither a design file nor a preset ({', '.join(all_presets())}).")
    return load_design(text)


def design_model(design: Design, data: DataSet, weights: str | Path | None = None) -> nn.Sequential:
    """The design's model for this data set's classes, with the weights file loaded if given
    (seeded from the design's training seed otherwise, as the trainer starts)."""
    import torch

    torch.manual_seed(design.training.seed)
    model = build_model(design, data.num_classes)
    if weights is not None:
        load_weights(model, weights)
    return model.eval()


def open_design_and_data(path_or_preset: str | Path) -> tuple[Design, DataSet]:
    design = open_design(path_or_preset)
    return design, design_data(design)
