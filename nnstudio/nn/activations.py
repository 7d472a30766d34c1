"""Every layer's output of a Sequential for one input batch, captured with forward hooks.

Works on any ``torch.nn.Sequential``: the hooks are registered for one forward pass and
removed again, the model runs in eval mode (dropout off, batch norm on its running
statistics) and goes back to the mode it was in, and no gradients are recorded, so a capture
can be taken between two training steps without disturbing them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn

from ..core.atomic_write import write_with
from ..core.errors import InputError
from ..core.i18n import translate


def layer_name(index: int, kind: str) -> str:
    """A layer as every view names it: its number from 1 (the designer's block number, since a
    design's layers are the Sequential's modules one for one) and its type, e.g. "1: Linear"."""
    return f"{index + 1}: {kind}"


@dataclass(frozen=True)
class LayerCapture:
    """One layer's output for a batch, shaped as torch gives it: (N, C, H, W) or (N, F)."""

    index: int  # position in the Sequential
    kind: str  # the layer's class name, e.g. "MaxPool2d"
    output: np.ndarray  # float32, read-only

    @property
    def name(self) -> str:
        """What the views show, e.g. "3: MaxPool2d" for index 2 (numbered from 1, as the
        designer numbers its blocks)."""
        return layer_name(self.index, self.kind)

    @property
    def key(self) -> str:
        """The key in a saved .npz file, e.g. "2_MaxPool2d"."""
        return f"{self.index}_{self.kind}"


def model_device_and_dtype(model: nn.Module) -> tuple[torch.device, torch.dtype]:
    """Where the model's parameters live (the CPU and float32 for a model without any)."""
    for tensor in model.parameters():
        return tensor.device, tensor.dtype
    return torch.device("cpu"), torch.float32


def as_model_batch(model: nn.Module, inputs: np.ndarray | torch.Tensor) -> torch.Tensor:
    """Inputs as a tensor on the model's device and dtype (numpy arrays are copied)."""
    device, dtype = model_device_and_dtype(model)
    if isinstance(inputs, torch.Tensor):
        return inputs.to(device=device, dtype=dtype)
    # A copy: the arrays handed around are read-only, which torch cannot wrap.
    return torch.tensor(np.asarray(inputs), device=device, dtype=dtype)


def capture_activations(model: nn.Sequential, inputs: np.ndarray | torch.Tensor) -> list[LayerCapture]:
    """Run one batch through the model and return every top-level layer's output.

    ``inputs`` is a batch, (N, C, H, W) or (N, F). Raises InputError (with the model left as it
    was) when the batch does not fit the model.
    """
    if not isinstance(model, nn.Sequential):
        raise InputError(translate("Activations", "Activations can be shown only for a sequential model (one layer after another)."))
    batch = as_model_batch(model, inputs)
    outputs: list[torch.Tensor | None] = [None] * len(model)

    def keep(index: int):
        def hook(_module, _args, output):
            outputs[index] = output.detach()

        return hook

    handles = [layer.register_forward_hook(keep(i)) for i, layer in enumerate(model)]
    was_training = model.training
    try:
        model.eval()
        with torch.no_grad():
            model(batch)
    except RuntimeError as exc:
        raise InputError(
            translate("Activations", "An input of shape {value} does not fit this network ({value2}).").format(value=tuple(batch.shape), value2=_first_line(exc))
        ) from None
    finally:
        for handle in handles:
            handle.remove()
        model.train(was_training)
    return [
        LayerCapture(i, type(layer).__name__, _readonly(out))
        for i, (layer, out) in enumerate(zip(model, outputs))
        if out is not None
    ]


def save_activations_npz(path: str | Path, captures: list[LayerCapture]) -> None:
    """Save one array per layer, keyed "<index>_<name>" (e.g. "0_Conv2d"), as torch shapes them."""
    # Through a file object, so the name given is the name written (np.savez would add
    # ".npz" to a path without it), and atomically.
    write_with(path, lambda handle: np.savez(handle, **{c.key: c.output for c in captures}))


def _readonly(tensor: torch.Tensor) -> np.ndarray:
    array = np.array(tensor.cpu().float().numpy(), dtype=np.float32)  # a copy the GUI may keep
    array.flags.writeable = False
    return array


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


class ThrottledCapture:
    """Captures for live views during training, at most once per `interval_s` seconds.

    Call it after every training step; it returns the captures when the interval has passed
    and None otherwise, so the training loop pays for a capture only a few times a second.
    """

    def __init__(self, model: nn.Sequential, inputs: np.ndarray | torch.Tensor, interval_s: float = 0.2, clock=time.monotonic) -> None:
        self.model, self.inputs, self.interval_s, self._clock = model, inputs, interval_s, clock
        self._last: float | None = None

    def __call__(self) -> list[LayerCapture] | None:
        now = self._clock()
        if self._last is not None and now - self._last < self.interval_s:
            return None
        self._last = now
        return capture_activations(self.model, self.inputs)
