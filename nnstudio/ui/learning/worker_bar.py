"""A Start / Stop bar with a progress bar for a panel's training, run on a GeneratorWorker.

The panel gives a generator function (called on the worker thread with a stop event, so it
may import torch there) and receives what it yields through `item_arrived`; the bar keeps
the buttons, the progress and the one sentence of state. Closing joins the thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ...core.errors import InputError
from ..generator_worker import GeneratorWorker, WorkerState
from ..session_log import logger

CLOSE_JOIN_S = 10.0


class WorkerBar(QWidget):
    item_arrived = Signal(object)  # each value the generator yields, on the GUI thread
    ended = Signal(object)  # the WorkerState it ended in (FINISHED, STOPPED, FAILED)

    def __init__(self, start_text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_button = QPushButton(start_text, objectName=f"{name}_start")
        self.stop_button = QPushButton(self.tr("Stop"), objectName=f"{name}_stop", enabled=False)
        self.stop_button.setToolTip(self.tr("Stop after the current epoch; what was measured stays."))
        self.progress = QProgressBar(objectName=f"{name}_progress")
        self.progress.setTextVisible(True)
        self.status = QLabel(objectName=f"{name}_status")
        self.status.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.status, 2)
        self.stop_button.clicked.connect(self.stop)
        self._name = name
        self.worker: GeneratorWorker | None = None
        self._retired: list[GeneratorWorker] = []

    @property
    def running(self) -> bool:
        return self.worker is not None and self.worker.state is not None and not self.worker.state.done

    def start(self, function: Callable, total: int) -> None:
        """Run `function(stop)` (a generator function); `total` steps fill the progress bar."""
        self.stop()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.status.setText(self.tr("Training…"))
        worker = GeneratorWorker(function, name=f"nnstudio-{self._name}", parent=self)
        worker.yielded.connect(self._on_item)
        worker.state_changed.connect(self._on_state)
        worker.errored.connect(self._on_error)
        self.worker = worker
        self.start_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        worker.start()

    def advance(self, done: int) -> None:
        self.progress.setValue(done)

    def stop(self) -> None:
        """Ask the running worker to end (never waits)."""
        if self.worker is not None:
            self.worker.quit()
            self._retired.append(self.worker)
            self.worker = None
        self._retired = [w for w in self._retired if w.alive]

    def shutdown(self) -> None:
        self.stop()
        for worker in self._retired:
            worker.join(CLOSE_JOIN_S)

    def _on_item(self, item: object) -> None:
        if self.sender() is self.worker:
            self.item_arrived.emit(item)

    def _on_state(self, state: WorkerState, _sequence: int) -> None:
        if not state.done:
            return
        if self.sender() is self.worker or self.worker is None:
            self.start_button.setEnabled(True)
            self.stop_button.setEnabled(False)
            if state is WorkerState.FINISHED:
                self.status.setText(self.tr("Done."))
            elif state is WorkerState.STOPPED:
                self.status.setText(self.tr("Stopped; the figures so far stay."))
            self.ended.emit(state)

    def _on_error(self, exc: Exception) -> None:
        if self.sender() is not self.worker:
            return
        if isinstance(exc, InputError):
            self.status.setText("⚠ " + str(exc))
        else:
            logger("learning").error("%s failed: %r", self._name, exc)
            self.status.setText(self.tr("⚠ Training stopped: {kind}: {text}").format(
                kind=type(exc).__name__, text=exc))
