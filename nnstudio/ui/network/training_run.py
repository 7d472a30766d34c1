"""One training run: what it started with, and the generator that trains it on a worker.

A Run keeps the design, data and settings it started with, so its results and its model
stay a pair whatever is edited meanwhile. Everything the generator yields names its run
(`run_id`): the document passes on only the current run's results, so a view never draws
an earlier network's answer as if it were the one on the canvas.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import numpy as np

from ...core.dataset_registry import DataSet
from ...core.decision_grid import PlaneGrid
from ...nn.design import Design, TrainingConfig

#: Live views refresh at most this often while training (each refresh costs the loop time).
INSIGHT_INTERVAL_S = 0.2
#: The curves redraw, and the run bar's figures change, at most this often while training.
#: The window's thread holds the interpreter lock while it draws, and the training thread
#: waits for it between torch calls: at ten redraws a second the window's thread was 17-19 %
#: busy while lenet_digits trained, against 14-16 % at five, for a curve that moves a few
#: pixels per redraw.
REDRAW_MS = 200
#: Per-batch losses reach the plot at most this often while an epoch runs (as often as the
#: plot redraws).
BATCH_STREAM_S = REDRAW_MS / 1000


class RunState(Enum):
    IDLE = "idle"  # no run, or its results were put aside (reset, new design, new data)
    RUNNING = "running"
    PAUSING = "pausing"
    PAUSED = "paused"
    STOPPING = "stopping"
    FINISHED = "finished"
    STOPPED = "stopped"
    FAILED = "failed"

    @property
    def active(self) -> bool:
        """A worker owns the model (or is about to let go of it)."""
        return self in (RunState.RUNNING, RunState.PAUSING, RunState.STOPPING)


def design_key(design: Design) -> tuple:
    """What decides which weights fit: the input shape and the layers."""
    return tuple(design.input), tuple(tuple(sorted(layer.items(), key=lambda kv: kv[0])) for layer in design.layers)


@dataclass(eq=False)
class Run:
    id: int
    name: str  # e.g. "mlp_xor #2"
    design: Design  # as it was when the run started
    data: DataSet
    config: TrainingConfig
    initial: dict | None = None  # weights it starts from (Open weights…), else fresh ones
    trainer: Any = None  # nn.train.Trainer, set on the worker thread once built
    loaded_model: Any = None  # a model with opened weights that has not trained yet
    worker: Any = None  # its GeneratorWorker
    epochs_done: int = 0
    results: list = field(default_factory=list)  # its EpochResults, appended on the GUI thread
    label: str = ""  # the name and the key settings, for legends

    def __post_init__(self) -> None:
        self.label = self.label or self.name

    @property
    def model(self):
        return self.trainer.model if self.trainer is not None else self.loaded_model

    def model_free(self) -> bool:
        """The GUI may read the model: no worker, or one that is paused or done."""
        if self.worker is None or not self.worker.alive:
            return True
        state = self.worker.state
        return state is not None and (state.done or state.value == "paused")


@dataclass(frozen=True)
class ViewWishes:
    """What the live views want to see; replaced whole by the GUI, read once per insight."""

    probe_input: np.ndarray | None = None  # one sample shaped like the network's input
    plane_grid: PlaneGrid | None = None  # 2-D data sets: the plane the decision view shows
    evaluate_always: bool = False  # the Evaluate view is on screen: confusion every time


@dataclass(frozen=True)
class DeviceKnown:
    run_id: int
    label: str


@dataclass(frozen=True)
class BatchLosses:
    run_id: int
    epoch: int
    first: int  # index of the first loss within the epoch
    batches: int
    losses: np.ndarray


@dataclass(frozen=True)
class EpochDone:
    run_id: int
    result: Any  # nn.train.EpochResult
    insight: Any = None  # nn.insight.Insight, at most every INSIGHT_INTERVAL_S


def is_epoch(item: object) -> bool:
    """Pause points of a run: the ends of epochs."""
    return isinstance(item, EpochDone)


def train_run(stop: threading.Event, run: Run, wishes: Callable[[], ViewWishes],
              pause_due: Callable[[], bool]) -> Iterator[DeviceKnown | BatchLosses | EpochDone]:
    """The worker's generator: build the run's trainer, then one EpochDone per epoch with
    BatchLosses in between. `pause_due()` says the worker will pause after this epoch (the
    views then get an insight, so a Step always shows its epoch)."""
    # The thread keeps the normal priority: nicing it (as this tab once did) makes a loaded
    # machine hand it the CPU rarely while it holds the GIL or the worker's lock, and the
    # window then waits for it (3 s stalls measured under load, 0.5 s without the nice).
    # torch is imported here, on this thread: the window must not wait for it at start-up.
    from ...nn.insight import take_insight
    from ...nn.train import BatchProgress, Trainer

    trainer = Trainer(run.design, run.data, run.config, initial=run.initial)
    run.trainer = trainer
    try:
        yield DeviceKnown(run.id, trainer.device_label)
        last_insight = float("-inf")
        for item in trainer.epochs(stop=stop, progress_every=BATCH_STREAM_S):
            if isinstance(item, BatchProgress):
                yield BatchLosses(run.id, item.epoch, item.first, item.batches, item.losses)
                continue
            run.epochs_done = item.epoch
            last = item.epoch == run.config.epochs
            insight = None
            pausing = pause_due()
            if last or pausing or time.monotonic() - last_insight >= INSIGHT_INTERVAL_S:
                view = wishes()
                probe = view.probe_input
                if probe is None or tuple(probe.shape) != tuple(run.data.input_shape):
                    probe = run.data.x_test[0] if len(run.data.x_test) else run.data.x_train[0]
                insight = take_insight(trainer.model, item.epoch, run.data, probe, view.plane_grid,
                                       last or pausing or view.evaluate_always)
                last_insight = time.monotonic()
            yield EpochDone(run.id, item, insight)
    finally:  # finished, stopped or failed: this run never trains again (Train starts a new one)
        trainer.release()
