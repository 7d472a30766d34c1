"""Activation functions and their derivatives as plain numpy, for plotting and for lessons.

The derivative is what backpropagation multiplies by at every layer (∂L/∂z = ∂L/∂a · f′(z)),
so its largest value bounds how much of a gradient survives a layer: the sigmoid's never
exceeds 0.25, and n sigmoid layers shrink a gradient by at least 0.25ⁿ (vanishing gradients);
ReLU's is 1 wherever the unit is on. The step's is 0 everywhere it exists, which is why
gradient descent cannot train a threshold unit. Tests compare these with torch.autograd.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from collections.abc import Callable

import numpy as np

from .i18n import QT_TRANSLATE_NOOP

LEAKY_SLOPE = 0.01  # torch.nn.LeakyReLU's default negative slope
_erf = np.frompyfunc(math.erf, 1, 1)  # numpy has no erf and nnstudio does not depend on scipy


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * x))  # = 1 / (1 + e^−x), without overflow for large |x|


def _phi(x: np.ndarray) -> np.ndarray:
    """The standard normal's cumulative distribution Φ(x)."""
    return 0.5 * (1.0 + _erf(x / math.sqrt(2.0)).astype(np.float64))


@dataclass(frozen=True)
class Activation:
    key: str
    formula: str  # the function, as a formula
    f: Callable[[np.ndarray], np.ndarray]
    df: Callable[[np.ndarray], np.ndarray]
    derivative_formula: str
    max_slope: float  # the largest value of f′
    argmax: float  # where f′ takes it (the first such x)


ACTIVATIONS: dict[str, Activation] = {a.key: a for a in (
    # The formulas read as words where they need words ("if", "else"): the views show them
    # through translate("Formulas", ...).
    Activation("step", QT_TRANSLATE_NOOP("Formulas", "1 if x > 0 else 0"), lambda x: (x > 0).astype(np.float64),
               lambda x: np.zeros_like(x, dtype=np.float64), QT_TRANSLATE_NOOP("Formulas", "0 (undefined at 0)"), 0.0, 0.0),
    Activation("sigmoid", "1 / (1 + e^−x)", _sigmoid,
               lambda x: _sigmoid(x) * (1.0 - _sigmoid(x)), "σ(x)·(1 − σ(x))", 0.25, 0.0),
    Activation("tanh", "tanh x", np.tanh, lambda x: 1.0 - np.tanh(x) ** 2, "1 − tanh²x", 1.0, 0.0),
    Activation("relu", "max(0, x)", lambda x: np.maximum(x, 0.0),
               lambda x: (x > 0).astype(np.float64), QT_TRANSLATE_NOOP("Formulas", "1 if x > 0 else 0"), 1.0, 0.0),
    Activation("leaky_relu", QT_TRANSLATE_NOOP("Formulas", "x if x > 0 else 0.01·x"),  # 0.01: LEAKY_SLOPE
               lambda x: np.where(x > 0, x, LEAKY_SLOPE * x),
               lambda x: np.where(x > 0, 1.0, LEAKY_SLOPE), QT_TRANSLATE_NOOP("Formulas", "1 if x > 0 else 0.01"),
               1.0, 0.0),
    # GELU′(x) = Φ(x) + x·φ(x) peaks where its own derivative φ(x)(2 − x²) is 0: at x = √2.
    Activation("gelu", "x·Φ(x)", lambda x: x * _phi(x),
               lambda x: _phi(x) + x * np.exp(-0.5 * x * x) / math.sqrt(2.0 * math.pi),
               "Φ(x) + x·φ(x)", 0.5 * (1 + math.erf(1.0)) + math.sqrt(2.0) * math.exp(-1.0)
               / math.sqrt(2.0 * math.pi), math.sqrt(2.0)),
)}


def curves(key: str, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """f(x) and f′(x) on the points x (float64)."""
    act = ACTIVATIONS[key]
    x = np.asarray(x, dtype=np.float64)
    return act.f(x), act.df(x)


def surviving_fraction(key: str, depth: np.ndarray) -> np.ndarray:
    """(max f′)ⁿ: the most of a gradient that n layers of this activation let through (the
    weights aside): 0.25ⁿ for the sigmoid."""
    return ACTIVATIONS[key].max_slope ** np.asarray(depth, dtype=np.float64)
