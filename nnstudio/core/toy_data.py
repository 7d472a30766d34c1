"""Small 2-D teaching data sets (logic gates, circle, spiral, ...) as seeded numpy arrays.

scikit-learn has make_moons/make_circles, but nnstudio does not depend on it, and the gates
and the spiral are not there anyway; each generator is a few lines of numpy.
"""

from __future__ import annotations

import numpy as np

from .errors import InputError
from .i18n import translate

GATES = {
    "gate-and": (0, 0, 0, 1),
    "gate-or": (0, 1, 1, 1),
    "gate-nand": (1, 1, 1, 0),
    "gate-xor": (0, 1, 1, 0),
}

TOY_SETS = ("circle", "quadrants", "gauss", "spiral", "moons")


def gate(name: str) -> tuple[np.ndarray, np.ndarray]:
    """The four corners of the unit square and the gate's output: x (4, 2) float32, y (4,)."""
    if name not in GATES:
        raise InputError(translate("ToyData", "Unknown logic gate '{name}'; choose one of {value}.").format(name=name, value=', '.join(GATES)))
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
    return x, np.array(GATES[name], dtype=np.int64)


def _circle(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    r = np.sqrt(rng.uniform(0, 1, n)) * 1.0
    angle = rng.uniform(0, 2 * np.pi, n)
    x = np.stack([r * np.cos(angle), r * np.sin(angle)], axis=1)
    return x, (r > 0.6).astype(np.int64)


def _quadrants(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    x = rng.uniform(-1, 1, (n, 2))
    return x, ((x[:, 0] > 0) ^ (x[:, 1] > 0)).astype(np.int64)


def _gauss(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    y = rng.integers(0, 2, n)
    centres = np.array([[-0.5, -0.5], [0.5, 0.5]])
    return centres[y] + rng.normal(0, 0.25, (n, 2)), y.astype(np.int64)


def _spiral(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    y = rng.integers(0, 2, n)
    t = np.sqrt(rng.uniform(0, 1, n)) * 2.5 * np.pi  # sqrt: points evenly along the arm
    r = t / (2.5 * np.pi)
    angle = t + np.pi * y
    x = np.stack([r * np.cos(angle), r * np.sin(angle)], axis=1)
    return x, y.astype(np.int64)


def _moons(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    y = rng.integers(0, 2, n)
    t = rng.uniform(0, np.pi, n)
    upper = np.stack([np.cos(t), np.sin(t)], axis=1)
    lower = np.stack([1 - np.cos(t), 0.5 - np.sin(t)], axis=1)
    x = np.where(y[:, None] == 0, upper, lower)
    return (x - [0.5, 0.25]) / 1.25, y.astype(np.int64)


_MAKERS = {"circle": _circle, "quadrants": _quadrants, "gauss": _gauss,
           "spiral": _spiral, "moons": _moons}


def check_points_and_noise(n: int, noise: float) -> None:
    """What every generated 2-D set needs (the classes' and the regression sets'): at least
    2 points, and a noise that is zero or positive (NaN too is refused: numpy would fill
    the set with it)."""
    if n < 2:
        raise InputError(translate("ToyData", "A 2-D data set needs at least 2 points."))
    if not noise >= 0:
        raise InputError(translate("ToyData", "Noise must be zero or positive."))


def toy_set(
    name: str, n: int = 1000, noise: float = 0.0, seed: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """n points of a 2-D set, Gaussian noise of std `noise` added: x (n, 2) float32, y (n,)."""
    if name not in _MAKERS:
        raise InputError(translate("ToyData", "Unknown 2-D data set '{name}'; choose one of {value}.").format(name=name, value=', '.join(TOY_SETS)))
    check_points_and_noise(n, noise)
    rng = np.random.default_rng(seed)
    x, y = _MAKERS[name](n, rng)
    x = x + rng.normal(0, noise, x.shape) if noise else x
    return x.astype(np.float32), y


def split(
    x: np.ndarray, y: np.ndarray, test_ratio: float, seed: int = 0
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Shuffle, then cut off `test_ratio` of the samples as the test split."""
    if not 0 <= test_ratio < 1:
        raise InputError(translate("ToyData", "The test ratio must be at least 0 and below 1."))
    order = np.random.default_rng(seed).permutation(len(x))
    n_test = int(round(len(x) * test_ratio))
    test, train = order[:n_test], order[n_test:]
    return x[train], y[train], x[test], y[test]
