"""A training run as TensorBoard event files: `tensorboard --logdir FOLDER` then shows it.

Per epoch (step = epoch): loss/train, loss/test, accuracy/train, accuracy/test (for a
regression run r2/… and mse/… instead), learning_rate; per batch (step = the batch's number
over the whole run): loss/batch and, when classifying, accuracy/batch; and, when weights are given, a histogram of each weight
tensor (weights/<name>). Figures that do not exist (no test split: NaN) are left out.

The CLI streams a run epoch by epoch (`RunLog`); the Network tab writes a finished run from
its EpochResults at once (`export_run`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from ..core.tfevents import EventWriter


def epoch_scalars(result) -> dict[str, float]:
    """The per-epoch figures of one nn.train.EpochResult, by TensorBoard tag."""
    if result.task == "regress":
        figures = {"loss/train": result.train_loss, "loss/test": result.test_loss,
                   "r2/train": result.train_acc, "r2/test": result.test_acc,
                   "mse/train": result.train_mse, "mse/test": result.test_mse}
    else:
        figures = {"loss/train": result.train_loss, "loss/test": result.test_loss,
                   "accuracy/train": result.train_acc, "accuracy/test": result.test_acc}
    if result.lr is not None:
        figures["learning_rate"] = result.lr
    return {tag: float(v) for tag, v in figures.items() if v is not None and math.isfinite(v)}


def model_weights(model) -> dict[str, np.ndarray]:
    """Each parameter of a torch model as a numpy array (copies, for histograms)."""
    return {name: p.detach().cpu().numpy().copy() for name, p in model.named_parameters()}


class RunLog:
    """Writes a run's events as its epochs arrive."""

    def __init__(self, folder: str | Path, start_time: float | None = None) -> None:
        self.writer = EventWriter(folder)
        self.batches = 0  # batches written so far: the step of the next batch loss
        self._clock = time.time() if start_time is None else start_time  # wall time of the end of the last epoch
        self._given_times = start_time is not None

    @property
    def path(self) -> Path:
        return self.writer.path

    def add_epoch(self, result, weights: dict[str, np.ndarray] | None = None) -> None:
        # A run exported after the fact gets wall times spaced as its epochs took, so that
        # TensorBoard's "relative" axis shows real durations.
        started = self._clock
        self._clock = started + result.seconds if self._given_times else time.time()
        losses = np.asarray(result.batch_losses, dtype=np.float64)
        accuracies = getattr(result, "batch_accuracies", None)
        for i, loss in enumerate(losses):
            at = started + (self._clock - started) * (i + 1) / max(len(losses), 1)
            if math.isfinite(loss):
                self.writer.add_scalar("loss/batch", loss, self.batches + i + 1, at)
            if accuracies is not None and i < len(accuracies):
                self.writer.add_scalar("accuracy/batch", accuracies[i], self.batches + i + 1, at)
        self.batches += len(losses)
        for tag, value in epoch_scalars(result).items():
            self.writer.add_scalar(tag, value, result.epoch, self._clock)
        for name, values in (weights or {}).items():
            self.writer.add_histogram(f"weights/{name}", values, result.epoch, self._clock)

    def close(self) -> None:
        self.writer.close()


def export_run(folder: str | Path, results: Iterable, final_weights: dict[str, np.ndarray] | None = None,
               histograms: bool = True) -> Path:
    """Write a finished run's EpochResults into a new event file in `folder`; with
    `histograms`, the weights of every epoch that carries them (small networks) and
    `final_weights` at the last epoch. Returns the file written."""
    results = list(results)
    start = time.time() - sum(r.seconds for r in results)
    log = RunLog(folder, start_time=start)
    try:
        for i, result in enumerate(results):
            weights = None
            if histograms:
                weights = final_weights if i == len(results) - 1 and final_weights else result.weights
            log.add_epoch(result, weights)
    finally:
        log.close()
    return log.path
