"""What a trained network's first hidden layer does with the four gate inputs: each hidden
neuron's weights and bias (its line w·x + b = 0 on the plane) and its output for each input.
The XOR view sets mlp_xor's learned units beside the hand-wired NAND and OR."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import torch
from torch import nn

from .design import load_design
from .train import Trainer, design_data


@dataclass(frozen=True)
class HiddenUnits:
    name: str
    weight: np.ndarray  # (H, 2)
    bias: np.ndarray  # (H,)
    outputs: np.ndarray  # (4, H): the hidden layer's activations for the four inputs
    predictions: np.ndarray  # (4,): the network's class for each input
    test_acc: float


def train_hidden_units(preset: str, inputs: np.ndarray) -> HiddenUnits:
    """Train the preset with its own settings, then read its first Linear layer and the
    activation after it for `inputs` (N, 2)."""
    design = load_design(preset)
    # On the CPU: four points gain nothing from a GPU.
    trainer = Trainer(design, design_data(design), replace(design.training, device="cpu"))
    last = None
    for last in trainer.epochs():
        pass
    model = trainer.model.cpu().eval()
    first = next(i for i, m in enumerate(model) if isinstance(m, nn.Linear))
    hidden = model[:first + 2] if first + 1 < len(model) else model[:first + 1]
    x = torch.from_numpy(np.asarray(inputs, dtype=np.float32))
    with torch.no_grad():
        outputs = hidden(x).numpy()
        predictions = model(x).argmax(1).numpy()
    linear = model[first]
    return HiddenUnits(design.name, linear.weight.detach().numpy().astype(np.float64),
                       linear.bias.detach().numpy().astype(np.float64), outputs, predictions,
                       float(last.test_acc) if last is not None else float("nan"))

