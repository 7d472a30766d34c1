"""Training off the GUI thread: one Python thread runs the Trainer epoch by epoch.

The GUI asks (start, pause, resume, step one epoch, stop); the thread answers with signals
(queued to the GUI thread by Qt). Stop is also checked between batches, so a long epoch
ends promptly; pause takes effect at the next epoch boundary. The thread owns the model
while it runs: the GUI reads weights only through the results it is sent (each insight
carries a CPU copy of the model), or while paused.
"""

from __future__ import annotations

import os
import threading
import time

from PySide6.QtCore import QObject, Signal

from ...core.dataset_registry import DataSet
from ...core.errors import InputError
from ...nn.design import Design, TrainingConfig

#: Live views refresh at most this often while training (each refresh costs the loop time).
INSIGHT_INTERVAL_S = 0.2


class TrainingSession(QObject):
    epoch_done = Signal(object)  # EpochResult
    insight_ready = Signal(object)  # nn.insight.Insight, at most every INSIGHT_INTERVAL_S
    # "running", "pausing", "paused", "stopping", "finished", "stopped", "failed"
    state_changed = Signal(str)
    failed = Signal(str)
    device_known = Signal(str)
    _thread_state = Signal(str)  # from the training thread, queued to the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._go = threading.Event()  # cleared = paused at the next epoch boundary
        self._step = False
        self.trainer = None  # nn.train.Trainer of the current run
        self.state = "idle"
        # What the live views look at; the page may replace them at any time (one reference
        # assignment, read once per insight by the training thread).
        self.probe_input = None  # one sample, shaped like the network's input
        self.plane_grid = None  # core.decision_grid.PlaneGrid for 2-D data, else None
        self.evaluate_always = False  # the Evaluate view is showing: confusion with every insight
        # `state` is written on the GUI thread only, in the order the signals arrive, so it
        # never says "finished" while that run's last epoch results are still on their way;
        # and in the same call that tells the listeners, so no one sees it ahead of the view.
        self._thread_state.connect(self._set_state)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, design: Design, data: DataSet, config: TrainingConfig, *, paused: bool = False) -> None:
        self.stop()
        self._stop.clear()
        self._step = False
        self._go.clear() if paused else self._go.set()
        self.trainer = None
        self._thread = threading.Thread(target=self._run, args=(design, data, config),
                                        name="nnstudio-training", daemon=True)
        self._set_state("paused" if paused else "running")
        self._thread.start()

    def pause(self) -> None:
        """Pause at the next epoch boundary; "paused" comes from the thread once it is there,
        after the last epoch's results, so the plots are complete when the state says so."""
        if self.running:
            self._go.clear()
            self._set_state("pausing")

    def resume(self) -> None:
        if self.running:
            self._step = False
            self._set_state("running")
            self._go.set()

    def step(self) -> None:
        """Train exactly one more epoch, then pause."""
        if self.running:
            self._step = True
            self._set_state("running")
            self._go.set()

    def request_stop(self) -> None:
        """Ask the thread to stop after the current batch, without waiting for it (the Stop
        button: joining here could hold the GUI thread for a whole CNN batch)."""
        if self.running:
            self._stop.set()
            self._go.set()
            self._set_state("stopping")

    def stop(self) -> None:
        """Stop and join the thread (before a new run, on reset and on close)."""
        self._stop.set()
        self._go.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    def _send_insight(self, trainer, data: DataSet, epoch: int, last: bool = False) -> None:
        from ...nn.insight import take_insight  # imported on this thread, not at start-up

        probe = self.probe_input
        if probe is None:
            probe = data.x_test[0] if len(data.x_test) else data.x_train[0]
        evaluate = last or self._step or self.evaluate_always
        self.insight_ready.emit(take_insight(trainer.model, epoch, data, probe, self.plane_grid, evaluate))

    def _run(self, design: Design, data: DataSet, config: TrainingConfig) -> None:
        _lower_priority()
        # torch is imported here, on this thread: the window must not wait for it at start-up.
        from ...nn.train import Trainer

        try:
            trainer = Trainer(design, data, config)
            self.trainer = trainer
            self.device_known.emit(trainer.device_label)
            last_insight = float("-inf")
            for done in range(1, config.epochs + 1):
                if not self._go.is_set():
                    self._thread_state.emit("paused")
                    self._go.wait()
                    if not self._stop.is_set():
                        self._thread_state.emit("running")
                if self._stop.is_set():
                    break
                for result in trainer.epochs(1, stop=self._stop):
                    self.epoch_done.emit(result)
                    now = time.monotonic()
                    if self._step or done == config.epochs or now - last_insight >= INSIGHT_INTERVAL_S:
                        self._send_insight(trainer, data, result.epoch, last=done == config.epochs)
                        last_insight = time.monotonic()
                if self._step:
                    self._step = False
                    self._go.clear()  # the loop's head says "paused"
            self._thread_state.emit("stopped" if self._stop.is_set() else "finished")
        except InputError as exc:
            self.failed.emit(str(exc))
            self._thread_state.emit("failed")
        except Exception as exc:  # noqa: BLE001 (a bug must not kill the thread silently)
            self.failed.emit(f"Training stopped: {type(exc).__name__}: {exc}")
            self._thread_state.emit("failed")


def _lower_priority() -> None:
    """Nice the training thread (Linux/macOS: priorities are per thread) so that on a busy
    machine the scheduler runs the GUI thread first; training only loses the idle gaps."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
    except (AttributeError, OSError):  # Windows has no setpriority; training simply runs
        pass
