"""Training off the GUI thread: one Python thread runs the Trainer epoch by epoch.

The GUI asks (start, pause, resume, step one epoch, stop); the thread answers with signals
(queued to the GUI thread by Qt). Stop is also checked between batches, so a long epoch
ends promptly; pause takes effect at the next epoch boundary. The thread owns the model
while it runs: the GUI reads weights only through the results it is sent, or while paused.
"""

from __future__ import annotations

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
    state_changed = Signal(str)  # "running", "paused", "finished", "stopped", "failed"
    failed = Signal(str)
    device_known = Signal(str)

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
        # never says "finished" while that run's last epoch results are still on their way.
        self.state_changed.connect(self._remember_state)

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
        """Pause at the end of the epoch under way; "paused" is announced from there, after
        that epoch's results, so whatever reads the state sees every result first."""
        if self.running:
            self._go.clear()

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

    def stop(self) -> None:
        """Stop and join the thread (called on Stop, before a new run, and on close)."""
        self._stop.set()
        self._go.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _send_insight(self, trainer, data: DataSet, epoch: int, last: bool = False) -> None:
        from ...nn.insight import take_insight  # imported on this thread, not at start-up

        probe = self.probe_input
        if probe is None:
            probe = data.x_test[0] if len(data.x_test) else data.x_train[0]
        evaluate = last or self._step or self.evaluate_always
        self.insight_ready.emit(take_insight(trainer.model, epoch, data, probe, self.plane_grid, evaluate))

    def _set_state(self, state: str) -> None:
        self.state_changed.emit(state)

    def _remember_state(self, state: str) -> None:
        self.state = state

    def _run(self, design: Design, data: DataSet, config: TrainingConfig) -> None:
        # torch is imported here, on this thread: the window must not wait for it at start-up.
        from ...nn.train import Trainer

        try:
            trainer = Trainer(design, data, config)
            self.trainer = trainer
            self.device_known.emit(trainer.device_label)
            last_insight = float("-inf")
            for done in range(1, config.epochs + 1):
                announced = False
                while not self._go.wait(0.05):  # paused: say so once, then wait
                    if not announced:
                        self._set_state("paused")
                        announced = True
                if self._stop.is_set():
                    break
                for result in trainer.epochs(1, stop=self._stop):
                    self.epoch_done.emit(result)
                    now = time.monotonic()
                    if self._step or done == config.epochs or now - last_insight >= INSIGHT_INTERVAL_S:
                        self._send_insight(trainer, data, result.epoch, last=done == config.epochs)
                        last_insight = time.monotonic()
                if self._step:  # one epoch done: wait again (announced at the top)
                    self._step = False
                    self._go.clear()
            self._set_state("stopped" if self._stop.is_set() else "finished")
        except InputError as exc:
            self.failed.emit(str(exc))
            self._set_state("failed")
        except Exception as exc:  # noqa: BLE001 (a bug must not kill the thread silently)
            self.failed.emit(f"Training stopped: {type(exc).__name__}: {exc}")
            self._set_state("failed")
