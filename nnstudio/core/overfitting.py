"""When a run starts to overfit: the test loss climbs while the training loss keeps falling.

The marked epoch is the one with the lowest test loss: up to it the network learned what
holds for new points too; after it, what it learns fits the training points only, and the
two curves part. A rise is named only once it is clear (RISE above the lowest test loss,
PATIENCE epochs after it) so that a noisy epoch is not called overfitting.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

RISE = 0.25  # the test loss must be this share above its lowest value
PATIENCE = 3  # epochs after the lowest test loss before anything is named


@dataclass(frozen=True)
class Overfitting:
    epoch: float  # the epoch of the lowest test loss: the gap opens after it
    best_test_loss: float
    test_loss: float  # at the latest epoch
    train_loss_then: float  # at `epoch`
    train_loss: float  # at the latest epoch
    train_acc: float  # at the latest epoch, 0..1
    test_acc: float

    @property
    def gap(self) -> float:
        """Train minus test accuracy at the latest epoch, 0..1."""
        return self.train_acc - self.test_acc


def detect_overfitting(epochs, train_loss, test_loss, train_acc, test_acc) -> Overfitting | None:
    """The overfitting seen in these per-epoch curves so far, or None."""
    arrays = [np.asarray(a, np.float64).ravel() for a in (epochs, train_loss, test_loss, train_acc, test_acc)]
    n = len(arrays[0])
    if n == 0 or any(len(a) != n for a in arrays) or not all(np.isfinite(a).all() for a in arrays):
        return None
    epochs, train_loss, test_loss, train_acc, test_acc = arrays
    best = int(np.argmin(test_loss))
    if n - 1 - best < PATIENCE:
        return None
    rose = test_loss[-1] > test_loss[best] * (1 + RISE) and test_loss[-1] - test_loss[best] > 1e-6
    fell = train_loss[-1] < train_loss[best]
    if not (rose and fell):
        return None
    return Overfitting(float(epochs[best]), float(test_loss[best]), float(test_loss[-1]),
                       float(train_loss[best]), float(train_loss[-1]), float(train_acc[-1]), float(test_acc[-1]))
