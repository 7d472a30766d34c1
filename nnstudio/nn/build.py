"""A checked design -> torch.nn.Sequential, and trained weights to and from disk."""

from __future__ import annotations

from pathlib import Path

import torch
from torch import nn

from ..core.errors import InputError
from .design import Design, validate


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


def save_weights(model: nn.Module, path: str | Path) -> None:
    torch.save({k: v.detach().cpu() for k, v in model.state_dict().items()}, str(path))


def load_weights(model: nn.Module, path: str | Path) -> None:
    """Load a state dict saved by save_weights; weights_only, so nothing is unpickled."""
    path = Path(path)
    try:
        state = torch.load(str(path), map_location="cpu", weights_only=True)
    except FileNotFoundError:
        raise InputError(f"There is no weights file {path.name}.") from None
    except Exception as exc:  # noqa: BLE001 (torch raises several kinds for a bad file)
        raise InputError(f"{path.name} is not a weights file nnstudio can read ({exc}).") from None
    if not isinstance(state, dict):
        raise InputError(f"{path.name} does not hold a state dict of weights.")
    from .weight_fit import weights_mismatch

    mismatch = weights_mismatch(model, state, path.name)
    if mismatch is not None:
        raise InputError(mismatch)
    try:
        model.load_state_dict(state)
    except RuntimeError:
        raise InputError(f"The weights in {path.name} do not fit this design "
                         "(different layers or sizes).") from None
