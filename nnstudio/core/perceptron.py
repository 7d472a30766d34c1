"""The threshold perceptron of the textbooks: a weighted sum against a threshold, a step out.

    y = 1 if w1·x1 + w2·x2 > θ else 0          (or +1 / −1, the bipolar variant)

which is the same as step(w·x + b) with the bias b = −θ. Its decision boundary is the line
w1·x1 + w2·x2 = θ. The logic gates are the four corners of the unit square with the gate's
outputs (core.toy_data.GATES); AND, OR and NAND are each one such line, XOR is not, and two
layers of step units make it: XOR = AND(NAND, OR).

Plain numpy: torch has no step unit (it has no useful derivative, which is exactly why
gradient descent needs the sigmoid).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from .toy_data import GATES

#: The four inputs of a two-input gate, in truth-table order.
GATE_INPUTS = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float64)
#: Gate keys (as in the data sets) in the order the views list them.
GATE_KEYS = ("gate-and", "gate-or", "gate-nand", "gate-xor")


@dataclass(frozen=True)
class ThresholdUnit:
    """One neuron with two inputs, a threshold and a step; `bipolar` answers +1/−1 not 1/0."""

    w1: float = 0.5
    w2: float = 0.5
    theta: float = 0.7
    bipolar: bool = False

    @property
    def bias(self) -> float:
        return -self.theta

    def weighted_sum(self, x: np.ndarray) -> np.ndarray:
        """w1·x1 + w2·x2 for each row of x (N, 2)."""
        x = np.asarray(x, dtype=np.float64)
        return self.w1 * x[..., 0] + self.w2 * x[..., 1]

    def output(self, x: np.ndarray) -> np.ndarray:
        """The step of (weighted sum − θ): 1 (or +1) above the threshold, else 0 (or −1)."""
        return step(self.weighted_sum(x) - self.theta, self.bipolar)

    def with_bias(self, bias: float) -> "ThresholdUnit":
        return replace(self, theta=-bias)

    def line(self, xs: np.ndarray) -> np.ndarray | None:
        """x2 on the boundary w1·x1 + w2·x2 = θ for each x1, or None when w2 = 0 (the line is
        then vertical, x1 = θ / w1; see vertical_line)."""
        if self.w2 == 0:
            return None
        return (self.theta - self.w1 * np.asarray(xs, dtype=np.float64)) / self.w2

    def vertical_line(self) -> float | None:
        """x1 of a vertical boundary (w2 = 0, w1 ≠ 0), else None."""
        if self.w2 == 0 and self.w1 != 0:
            return self.theta / self.w1
        return None


def step(z: np.ndarray, bipolar: bool = False) -> np.ndarray:
    """1 where z > 0, else 0 (bipolar: +1 / −1). At exactly 0 the threshold is not passed."""
    z = np.asarray(z, dtype=np.float64)
    low = -1 if bipolar else 0
    return np.where(z > 0, 1, low).astype(np.int64)


def gate_targets(key: str, bipolar: bool = False) -> np.ndarray:
    """The gate's four outputs in truth-table order; bipolar maps 0 to −1."""
    t = np.array(GATES[key], dtype=np.int64)
    return 2 * t - 1 if bipolar else t


def gates_computed(unit: ThresholdUnit) -> tuple[str, ...]:
    """The gates (keys) whose truth table this unit reproduces exactly."""
    out = unit.output(GATE_INPUTS)
    return tuple(key for key in GATE_KEYS if np.array_equal(out, gate_targets(key, unit.bipolar)))


#: The textbook AND: 0.5 + 0.5 = 1.0 passes θ = 0.7, a single 0.5 does not.
TEXTBOOK_AND = ThresholdUnit(0.5, 0.5, 0.7)
TEXTBOOK_OR = ThresholdUnit(0.5, 0.5, 0.2)
TEXTBOOK_NAND = ThresholdUnit(-0.5, -0.5, -0.7)
TEXTBOOKS = {"gate-and": TEXTBOOK_AND, "gate-or": TEXTBOOK_OR, "gate-nand": TEXTBOOK_NAND}


@dataclass(frozen=True)
class XorRow:
    x1: int
    x2: int
    nand: int  # hidden unit s1
    or_: int  # hidden unit s2
    y: int  # AND(s1, s2)


def xor_from_gates(nand: ThresholdUnit = TEXTBOOK_NAND, or_: ThresholdUnit = TEXTBOOK_OR,
                   and_: ThresholdUnit = TEXTBOOK_AND) -> list[XorRow]:
    """The hand-wired two-layer network XOR = AND(NAND(x1, x2), OR(x1, x2)), row by row."""
    s1 = nand.output(GATE_INPUTS)
    s2 = or_.output(GATE_INPUTS)
    y = and_.output(np.stack([s1, s2], axis=1))
    return [XorRow(int(a), int(b), int(p), int(q), int(r))
            for (a, b), p, q, r in zip(GATE_INPUTS.astype(int), s1, s2, y)]
