"""For teachers: "this state as a new step", recorded by showing it.

Press Record where a step should start, change the app as a learner should, press again and
choose a lesson file: core/lesson_record.py adds the step (this start as its setup, the change
as its solution, a check on what changed) and the Lessons panel opens the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QPushButton

from ...core.errors import InputError
from ...core.lesson_record import add_recorded_step
from .apply import plan_state
from .facts import gather
from .record import capture_state


class StepRecorder(QObject):
    failed = Signal(str)
    said = Signal(str)
    recorded = Signal(str)  # the lesson file a step was added to

    def __init__(self, window, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.button = QPushButton(self.tr("● Record a step"), objectName="lesson_record")
        self.button.setToolTip(self.tr("For teachers: press here where a step should start, change the app as a "
                                       "learner should, press again and choose a lesson file: the step is added "
                                       "with this start, this change as its solution and a check for it."))
        self.button.clicked.connect(self._on_clicked)
        self.started: tuple[dict, dict] | None = None  # the start's state and facts

    def start(self) -> None:
        try:
            self.started = (capture_state(self.window), gather(self.window))
        except InputError as exc:  # a state a lesson file cannot hold yet
            self.failed.emit(str(exc))
            return
        self.button.setText(self.tr("■ Finish the step…"))
        self.said.emit(self.tr("Recording a step: change the app as a learner should, then press Finish the step."))

    def finish(self, path: str | Path) -> bool:
        """Add the recorded step to the lesson file ``path``; one sentence if it cannot be."""
        if self.started is None:
            return False
        setup, before = self.started
        try:
            solution = capture_state(self.window)
            for state in (setup, solution):  # a step the app could not reach again is not written
                plan_state(state, Path(path).parent)
            step_id = add_recorded_step(path, setup, solution, before, gather(self.window))
        except InputError as exc:
            self.failed.emit(str(exc))
            return False
        self.started = None
        self.button.setText(self.tr("● Record a step"))
        self.said.emit(self.tr("Added {step} to {name}: write its texts in the file.").format(
            step=step_id, name=Path(path).name))
        self.recorded.emit(str(path))
        return True

    def _on_clicked(self) -> None:
        if self.started is None:
            self.start()
            return
        path, _ = QFileDialog.getSaveFileName(self.button, self.tr("Add the step to a lesson file"), "lesson.json",
                                              self.tr("Lessons (*.json)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.finish(path)
