"""The run controls, always on screen: Train, Pause/Resume, Step 1 epoch, Stop, Reset, the
run's state and its latest figures. Bound to the NetworkDocument: clicks call its methods,
its signals set the buttons and the text."""

from __future__ import annotations

import math

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..locale_numbers import decimal
from ..steady_text import SteadyText
from .document import NetworkDocument
from .training_run import REDRAW_MS, RunState


def figure(value: float | None) -> str:
    """A regression figure with four significant digits, or a dash where there is none (no
    test split gives no test MSE)."""
    return "–" if value is None or not math.isfinite(value) else f"{value:.4g}"


class RunBar(QWidget):
    def __init__(self, document: NetworkDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("run_bar")
        self.document = document
        self.start = QPushButton(self.tr("▶ Train"), objectName="train_start")
        self.pause = QPushButton(self.tr("❚❚ Pause"), objectName="train_pause")
        self.step = QPushButton(self.tr("Step 1 epoch"), objectName="train_step")
        self.stop = QPushButton(self.tr("■ Stop"), objectName="train_stop")
        self.reset = QPushButton(self.tr("Reset"), objectName="train_reset")
        self.start.setToolTip(self.tr("Build the network with fresh weights (or the weights you opened) and "
                                      "train it for the set number of epochs."))
        self.pause.setToolTip(self.tr("Pause at the end of the current epoch; Resume goes on from there."))
        self.step.setToolTip(self.tr("Train one more epoch, then pause: one pass over the training set, "
                                     "one backpropagation step per batch (many steps in all)."))
        self.stop.setToolTip(self.tr("End the run after the current batch; its weights and curves stay."))
        self.reset.setToolTip(self.tr("Stop, forget the trained weights and clear the plots."))
        self.state_label = QLabel(objectName="run_state")
        self.state_label.setToolTip(self.tr("What training is doing now."))
        # Two lines from the start: an epoch's figures take two, "Training on cpu…" one, and
        # a bar that changed height at every Train moved the whole tab below it (every plot
        # repainted once more, 30-60 ms of the window's thread as a run starts).
        self.status = SteadyText(self.tr("Not trained yet."), "train_status", lines=2)
        self.status.setToolTip(self.tr("The latest epoch's figures: loss and accuracy (for a number to predict: "
                                       "mean squared error and R²) on the training and test samples, time per "
                                       "epoch and samples per second."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.start, self.pause, self.step, self.stop, self.reset):
            layout.addWidget(button)
        layout.addWidget(self.state_label)
        layout.addWidget(self.status, 1)
        # The figures change at most as often as the curves redraw (a small network trains
        # ten epochs or more a second; nobody reads them that fast, and each change costs the
        # window's thread, which the training thread waits for); a pause or the end of the
        # run shows the last epoch's at once.
        self._latest = None  # the newest epoch's result not shown yet
        self._figures = QTimer(self, singleShot=True, interval=REDRAW_MS)
        self._figures.timeout.connect(self._show_latest)
        self.start.clicked.connect(lambda: document.train())
        self.pause.clicked.connect(document.pause_or_resume)
        self.step.clicked.connect(document.step)
        self.stop.clicked.connect(document.stop)
        self.reset.clicked.connect(self._reset)
        document.run_state_changed.connect(self.show_state)
        document.design_changed.connect(self.show_state)
        document.data_changed.connect(self.show_state)
        document.epoch_finished.connect(self._on_epoch)
        document.device_known.connect(self._on_device)
        document.results_forgotten.connect(self._on_forgotten)
        document.run_started.connect(self._on_started)
        self.show_state()

    def _reset(self) -> None:
        self.document.reset()
        self.status.setText(self.tr("Weights forgotten; Train starts from fresh random weights."))

    def show_state(self, *_) -> None:
        state, valid = self.document.run_state, self.document.problem() is None and self.document.data_ready
        if state is not RunState.RUNNING:
            self._show_latest()
        busy = state.active
        self.start.setEnabled(valid and not busy)
        self.pause.setEnabled(state in (RunState.RUNNING, RunState.PAUSED))
        self.pause.setText(self.tr("▶ Resume") if state is RunState.PAUSED else
                           self.tr("Pausing…") if state is RunState.PAUSING else self.tr("❚❚ Pause"))
        self.step.setEnabled(valid and (state is RunState.PAUSED or not busy))
        self.stop.setEnabled(state in (RunState.RUNNING, RunState.PAUSING, RunState.PAUSED))
        run = self.document.run
        texts = {
            RunState.IDLE: self.tr("Weights loaded") if run is not None else self.tr("Not trained"),
            RunState.RUNNING: self.tr("● Training"),
            RunState.PAUSING: self.tr("Pausing at the epoch's end…"),
            RunState.PAUSED: self.tr("❚❚ Paused after epoch {n}").format(n=run.epochs_done if run else 0),
            RunState.STOPPING: self.tr("Stopping…"),
            RunState.FINISHED: self.tr("✓ Finished"),
            RunState.STOPPED: self.tr("■ Stopped"),
            RunState.FAILED: self.tr("⚠ Failed"),
        }
        self.state_label.setText(texts[state])

    def _on_started(self, run) -> None:
        self._latest = None  # an earlier run's
        self.show_state()  # opened weights start no thread, so no state change says so
        if run.loaded_model is not None:
            self.status.setText(self.tr("Weights from {run}: Train goes on from them.").format(run=run.name))
            return
        self.status.setText(self.tr("{run}: starting…").format(run=run.name))

    def _on_device(self, device: str) -> None:
        self.status.setText(self.tr("Training on {device}…").format(device=device))

    def _on_forgotten(self) -> None:
        self._latest = None
        if self.document.previous_run is not None:
            self.status.setText(self.tr("Not trained yet: the earlier results belonged to another network."))
        else:
            self.status.setText(self.tr("Not trained yet."))

    def duration(self, seconds: float) -> str:
        """An epoch's time as measured: a tiny network's epoch takes a fraction of a millisecond,
        which a whole number of milliseconds would show as "0 ms"."""
        ms = seconds * 1000
        if ms < 0.1:
            return self.tr("under 0.1 ms")
        if ms < 10:
            return self.tr("{ms} ms").format(ms=decimal(ms, 1))
        if ms < 1000:
            return self.tr("{ms} ms").format(ms=decimal(ms, 0))
        return self.tr("{s} s").format(s=decimal(seconds, 1))

    def _on_epoch(self, result) -> None:
        self._latest = result
        if not self._figures.isActive():
            self._show_latest()
            self._figures.start()

    def _show_latest(self) -> None:
        result, self._latest = self._latest, None
        if result is None:
            return
        run = self.document.run
        total = run.config.epochs if run is not None else result.epoch
        if result.task == "regress":  # a number to predict: its error and R², no accuracy
            self.status.setText(self.tr(
                "Epoch {epoch}/{total}: loss {loss:.4f}, MSE {mse}, R² {r2}; test MSE {test_mse}, test R² {test_r2}. "
                "{ms:.0f} ms per epoch, {rate:,.0f} samples/s on {device}.").format(
                epoch=result.epoch, total=total, loss=result.train_loss, mse=figure(result.train_mse),
                r2=figure(result.train_acc), test_mse=figure(result.test_mse), test_r2=figure(result.test_acc),
                ms=result.seconds * 1000, rate=result.samples_per_s, device=result.device))
            return
        self.status.setText(self.tr(
            "Epoch {epoch}/{total}: loss {loss:.4f}, accuracy {acc:.1%}; test loss {test_loss:.4f}, "
            "test accuracy {test_acc:.1%}. {time} per epoch, {rate:,.0f} samples/s on {device}.").format(
            epoch=result.epoch, total=total, loss=result.train_loss, acc=result.train_acc,
            test_loss=result.test_loss, test_acc=result.test_acc, time=self.duration(result.seconds),
            rate=result.samples_per_s, device=result.device))
