"""Small models built directly with torch.nn, and seeded synthetic data, for the nn tests."""

from __future__ import annotations

import pytest
import torch
from torch import nn


def lenet_8x8() -> nn.Sequential:
    """A LeNet-like network for 1x8x8 inputs (the shape of the digits data set)."""
    return nn.Sequential(
        nn.Conv2d(1, 6, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(6, 12, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(12 * 2 * 2, 32), nn.ReLU(), nn.Dropout(0.3), nn.Linear(32, 10),
    )


def mlp(sizes: list[int], activation=nn.ReLU) -> nn.Sequential:
    layers: list[nn.Module] = []
    for i, (a, b) in enumerate(zip(sizes, sizes[1:])):
        layers.append(nn.Linear(a, b))
        if i < len(sizes) - 2:
            layers.append(activation())
    return nn.Sequential(*layers)


@pytest.fixture
def make_mlp():
    return mlp


@pytest.fixture
def lenet():
    torch.manual_seed(0)
    return lenet_8x8()


@pytest.fixture
def digits_batch():
    g = torch.Generator().manual_seed(1)
    return torch.rand(4, 1, 8, 8, generator=g)


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "torchrun: starts several processes with torchrun (DistributedDataParallel, gloo, CPU)")
