"""Rosenblatt's perceptron learning rule, one sample at a time:

    y = step(w·x + b)          (b = −θ)
    w ← w + η (t − y) x
    b ← b + η (t − y)

Nothing changes on a sample the neuron already gets right. On a linearly separable set (AND,
OR, NAND) the rule stops changing after finitely many mistakes (the perceptron convergence
theorem): a whole pass without an error. On XOR no line is right for all four points, so every
pass has an error; the weights stay bounded and, being multiples of η, return to an earlier
state: the rule cycles for ever. RosenblattTrainer.run() detects both endings.

Not gradient descent: the step has no useful derivative, so this rule is the only way to train
a threshold unit (and torch has nothing like it); the Network tab's perceptron presets use a
sigmoid instead so that gradient descent can work.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .perceptron import GATE_INPUTS, ThresholdUnit, gate_targets, step

DECIMALS = 10  # weights are kept to this many decimals (see step())


@dataclass(frozen=True)
class RosenblattStep:
    """One update: which sample, what the neuron answered, the error and the change."""

    epoch: int  # 1-based pass over the samples
    index: int  # which sample (0-based, truth-table order)
    x: tuple[float, float]
    target: int
    weighted_sum: float  # w·x + b before the update
    output: int
    error: int  # t − y
    delta_w: tuple[float, float]  # η (t − y) x
    delta_b: float  # η (t − y)
    w: tuple[float, float]  # after the update
    b: float  # after the update


@dataclass(frozen=True)
class RosenblattOutcome:
    """How a run ended: converged after `epochs` passes, or a cycle of `period` passes found
    (the weights at the end of pass `epochs` equal those at the end of `epochs − period`), or
    neither within the pass limit."""

    converged: bool
    epochs: int
    period: int = 0

    @property
    def cycling(self) -> bool:
        return self.period > 0


class RosenblattTrainer:
    """Trains a two-input threshold unit on a gate by Rosenblatt's rule, one sample per step."""

    def __init__(self, gate: str, lr: float = 0.1, w: tuple[float, float] = (0.0, 0.0),
                 b: float = 0.0, bipolar: bool = False) -> None:
        self.x = GATE_INPUTS
        self.t = gate_targets(gate, bipolar)
        self.lr = float(lr)
        self.bipolar = bipolar
        self.w = np.round(np.array(w, dtype=np.float64), DECIMALS)
        self.b = round(float(b), DECIMALS)
        self.epoch = 1  # the pass the next step belongs to
        self.index = 0  # the sample the next step looks at
        self.errors_this_epoch = 0
        self.history: list[RosenblattStep] = []
        self._epoch_ends: list[tuple] = [self._state()]  # the weights after each full pass
        self.outcome: RosenblattOutcome | None = None

    @property
    def unit(self) -> ThresholdUnit:
        return ThresholdUnit(float(self.w[0]), float(self.w[1]), -self.b, self.bipolar)

    def _state(self) -> tuple:
        return (float(self.w[0]), float(self.w[1]), self.b)

    def step(self) -> RosenblattStep:
        """Look at the next sample and update the weights if the answer was wrong."""
        x, t = self.x[self.index], int(self.t[self.index])
        s = float(self.w @ x + self.b)
        y = int(step(s, self.bipolar))
        error = t - y
        dw = self.lr * error * x
        db = self.lr * error
        # Rounded as on paper: in binary 0.1 + 0.1 + 0.1 is not 0.3, and a sum a hair above
        # 0 would fire where the table shows w·x + b = 0.00 and says it must not.
        self.w = np.round(self.w + dw, DECIMALS)
        self.b = round(self.b + db, DECIMALS)
        record = RosenblattStep(self.epoch, self.index, (float(x[0]), float(x[1])), t, s, y,
                                error, (float(dw[0]), float(dw[1])), float(db),
                                (float(self.w[0]), float(self.w[1])), self.b)
        self.history.append(record)
        self.errors_this_epoch += error != 0
        self.index += 1
        if self.index == len(self.x):
            self._end_epoch()
        return record

    def _end_epoch(self) -> None:
        state = self._state()
        if self.outcome is not None:
            pass  # the first ending is the one to report; stepping on changes nothing of it
        elif self.errors_this_epoch == 0:
            self.outcome = RosenblattOutcome(True, self.epoch)
        elif state in self._epoch_ends:
            period = len(self._epoch_ends) - self._epoch_ends.index(state)
            self.outcome = RosenblattOutcome(False, self.epoch, period)
        self._epoch_ends.append(state)
        self.epoch += 1
        self.index = 0
        self.errors_this_epoch = 0

    def run_epoch(self) -> list[RosenblattStep]:
        """Steps to the end of the current pass."""
        steps = [self.step()]
        while self.index != 0:
            steps.append(self.step())
        return steps

    def run(self, max_epochs: int = 1000) -> RosenblattOutcome:
        """Whole passes until one has no error or the weights repeat, at most `max_epochs`."""
        if self.index != 0:
            self.run_epoch()
        while self.outcome is None and self.epoch <= max_epochs:
            self.run_epoch()
        return self.outcome or RosenblattOutcome(False, self.epoch - 1)
