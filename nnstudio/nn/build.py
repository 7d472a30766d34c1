"""A checked design -> torch.nn.Sequential; trained weights to and from disk are in
weights_file (re-exported here, where callers have always found them)."""

from __future__ import annotations

from torch import nn

from .design import Design, validate
from .weights_file import load_weights, save_weights

__all__ = ["build_model", "load_weights", "save_weights"]


def _kwargs(settings: dict) -> dict:
    # JSON has lists where torch wants tuples (kernel_size=[3, 5]).
    return {k: tuple(v) if isinstance(v, list) else v for k, v in settings.items()}


def build_model(design: Design, num_classes: int | None = None) -> nn.Sequential:
    """The torch module the design describes; raises DesignError if it is invalid."""
    analysis = validate(design, num_classes)
    modules = []
    for info in analysis.layers:
        cls = getattr(nn, info.type)
        kwargs = _kwargs(info.settings)
        if info.type == "Linear":
            kwargs["in_features"] = info.in_shape[0]
        elif info.type == "Conv2d":
            kwargs["in_channels"] = info.in_shape[0]
        elif info.type in ("BatchNorm1d", "BatchNorm2d"):
            kwargs["num_features"] = info.in_shape[0]
        modules.append(cls(**kwargs))
    return nn.Sequential(*modules)
