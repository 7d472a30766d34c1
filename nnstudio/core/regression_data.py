"""Built-in regression sets: 2-D points whose target is a number, as TensorFlow Playground
has them. "reg-plane": a tilted plane, y = 0.6·x₁ + 0.3·x₂; "reg-gauss": a hill and a
valley, two Gaussian bumps of opposite sign. Both with noise added to the target.
"""

from __future__ import annotations

import numpy as np

from .errors import InputError
from .toy_data import check_points_and_noise, split

REGRESSION_SETS = ("reg-plane", "reg-gauss")


def regression_set(name: str, n: int, noise: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """(points (n, 2) float32 in [-1, 1]², targets (n,) float32)."""
    check_points_and_noise(n, noise)
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1.0, 1.0, size=(n, 2))
    if name == "reg-plane":
        y = 0.6 * x[:, 0] + 0.3 * x[:, 1]
    elif name == "reg-gauss":
        bump = lambda c: np.exp(-((x - c) ** 2).sum(axis=1) / (2 * 0.35 ** 2))  # noqa: E731
        y = bump(np.array([-0.4, 0.4])) - bump(np.array([0.4, -0.4]))
    else:
        raise InputError(f"Unknown regression set '{name}'; choose one of {', '.join(REGRESSION_SETS)}.")
    if noise:  # not for 0, nor for -0.0, which numpy's normal() refuses as a negative scale
        y = y + rng.normal(0.0, noise * 0.5, size=n)
    return x.astype(np.float32), y.astype(np.float32)


def regression_split(name: str, n: int, noise: float, seed: int, test_ratio: float):
    x, y = regression_set(name, n, noise, seed)
    return split(x, y, test_ratio, seed + 1)
