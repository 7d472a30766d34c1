"""A few epochs of plain mini-batch training with what the inside views need recorded per
epoch: for demos, screenshots and tests of those views. (The Network tab trains with its own
training loop; this one has no devices, pausing or plots.)"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from .gradients import GradientNorms, measure_gradient_norms
from .weights import WeightHistogram, weight_histograms


@dataclass(frozen=True)
class EpochRecord:
    epoch: int
    loss: float
    accuracy: float  # on the training data
    gradients: GradientNorms  # measured on the first batch of the data, after the epoch
    histograms: list[WeightHistogram]


def quick_fit(
    model: nn.Sequential, x: np.ndarray, y: np.ndarray, *, epochs: int = 10, lr: float = 1e-2,
    batch_size: int = 64, seed: int = 0,
) -> Iterator[EpochRecord]:
    """Adam on cross-entropy, shuffled with `seed`; yields one record per epoch."""
    generator = torch.Generator().manual_seed(seed)
    inputs = torch.as_tensor(np.asarray(x), dtype=torch.float32)
    targets = torch.as_tensor(np.asarray(y), dtype=torch.int64)
    optimiser = torch.optim.Adam(model.parameters(), lr=lr)
    loss_fn = nn.CrossEntropyLoss()
    probe_x, probe_y = inputs[:256], targets[:256]
    for epoch in range(1, epochs + 1):
        model.train()
        order = torch.randperm(len(inputs), generator=generator)
        total, correct = 0.0, 0
        for start in range(0, len(inputs), batch_size):
            idx = order[start : start + batch_size]
            optimiser.zero_grad()
            out = model(inputs[idx])
            loss = loss_fn(out, targets[idx])
            loss.backward()
            optimiser.step()
            total += loss.item() * len(idx)
            correct += int((out.argmax(1) == targets[idx]).sum())
        optimiser.zero_grad()
        yield EpochRecord(
            epoch, total / len(inputs), correct / len(inputs),
            measure_gradient_norms(model, probe_x, probe_y, loss_fn), weight_histograms(model),
        )
