"""The Lessons panel (Help ▸ Lessons): chapters, their steps, Show me, and a check that
notices by itself when the task is done.

The panel is a dock beside the tabs, so the explanation stays next to the thing it explains.
It reads lessons (core/lesson_format.py), puts the app in a step's state through the tabs'
models (apply.py) and marks a step done when the StepWatcher says its check holds; finished
steps are remembered in the settings. Lesson texts are data, in the lesson files, in Korean
and English; the panel's own words go through tr().
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDockWidget, QFileDialog, QGroupBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from ...core.errors import InputError
from ...core.glossary import term
from ...core.lesson_catalog import builtin_lessons
from ...core.lesson_format import Lesson, load_lesson
from ..language import installed_language
from .apply import apply_actions, plan_state
from .reach import check_reachable
from .teacher import StepRecorder
from .watcher import StepWatcher

DONE_STYLE = "color: #2e7d32; font-weight: bold;"


class LessonsDock(QDockWidget):
    """``failed(str)``: one sentence for the status bar (a lesson file that cannot be used)."""

    failed = Signal(str)
    said = Signal(str)  # a sentence for the status bar that is not an error
    step_done = Signal(str, str)  # lesson id, step id

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("lessons_dock")
        self.setWindowTitle(self.tr("Lessons"))
        self.window_ = window
        self.settings = window.settings
        self.language = installed_language() or "en"
        self.lessons: list[Lesson] = []
        self.lesson: Lesson | None = None
        self.index = 0
        self.done = self.settings.lessons_done()
        self._hidden: list[QWidget] = []
        self.watcher = StepWatcher(window, self)
        self.watcher.done_changed.connect(self._on_done_changed)
        self.watcher.armed_changed.connect(self._on_armed)
        self._build()
        for lesson in builtin_lessons():
            self._add(lesson)
        if self.lessons:  # where the learner left off: the first chapter not yet finished
            unfinished = [row for row, lesson in enumerate(self.lessons) if not self._finished(lesson)]
            self.chapters.setCurrentRow(unfinished[0] if unfinished else 0)

    # --- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.chapters = QListWidget(objectName="lesson_chapters")
        self.chapters.setToolTip(self.tr("The chapters, in the order of the study notes; ✓ marks a finished one."))
        self.chapters.setMaximumHeight(230)
        self.chapters.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long titles end in …
        self.chapters.currentRowChanged.connect(self._on_chapter)
        self.summary = QLabel(objectName="lesson_summary", wordWrap=True)
        self.counter = QLabel(objectName="lesson_step_counter")
        self.back = QPushButton(self.tr("◀ Back"), objectName="lesson_back")
        self.back.setToolTip(self.tr("The previous step."))
        self.next = QPushButton(self.tr("Next ▶"), objectName="lesson_next")
        self.next.setToolTip(self.tr("The next step (you may go on before this one is done)."))
        self.back.clicked.connect(lambda: self.show_step(self.index - 1))
        self.next.clicked.connect(self._on_next)
        nav = QHBoxLayout()
        nav.addWidget(self.back)
        nav.addWidget(self.counter, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.next)
        self.title = QLabel(objectName="lesson_step_title", wordWrap=True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.text = QLabel(objectName="lesson_step_text", wordWrap=True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.task = QLabel(objectName="lesson_task", wordWrap=True)
        task_box = QGroupBox(self.tr("Your task"))
        QVBoxLayout(task_box).addWidget(self.task)
        self.status = QLabel(objectName="lesson_status", wordWrap=True)
        self.show_me = QPushButton(self.tr("Show me"), objectName="lesson_show_me")
        self.show_me.setToolTip(self.tr("Put the app in the state this step starts from: the tab, the image and "
                                        "the settings it talks about."))
        self.show_me.clicked.connect(self.show_me_now)
        self.open_file = QPushButton(self.tr("Open lesson…"), objectName="lesson_open_file")
        self.open_file.setToolTip(self.tr("Open a lesson file a teacher wrote (JSON, see the README)."))
        self.open_file.clicked.connect(self.ask_open)
        self.recorder = StepRecorder(self.window_, self)
        self.recorder.failed.connect(self.failed)
        self.recorder.said.connect(self.said)
        self.recorder.recorded.connect(self.open_lesson_file)
        self.terms = QLabel(objectName="lesson_terms", wordWrap=True)
        self.terms.linkActivated.connect(self._on_term)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_me)
        buttons.addStretch(1)
        buttons.addWidget(self.open_file)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.chapters)
        layout.addWidget(self.summary)
        layout.addLayout(nav)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(task_box)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.terms)
        layout.addStretch(1)
        layout.addWidget(self.recorder.button)
        body.setMinimumWidth(300)
        self.setWidget(body)

    # --- lessons -----------------------------------------------------------------------------
    def _add(self, lesson: Lesson) -> None:
        for row, known in enumerate(self.lessons):  # a file opened again replaces its entry
            if known.id == lesson.id and known.base == lesson.base and lesson.base is not None:
                self.lessons[row] = lesson
                self._label(row)
                return
        self.lessons.append(lesson)
        item = QListWidgetItem()
        item.setToolTip("\n".join(filter(None, (lesson.text(lesson.title, self.language),
                                                lesson.text(lesson.summary, self.language) if lesson.summary else ""))))
        self.chapters.addItem(item)
        self._label(len(self.lessons) - 1)

    def _finished(self, lesson: Lesson) -> bool:
        return all(self._key(lesson, step.id) in self.done for step in lesson.steps)

    def _label(self, row: int) -> None:
        lesson = self.lessons[row]
        finished = sum(self._key(lesson, step.id) in self.done for step in lesson.steps)
        mark = "✓ " if finished == len(lesson.steps) else ""
        self.chapters.item(row).setText(self.tr("{mark}{n}. {title} ({done}/{total})").format(
            mark=mark, n=row + 1, title=lesson.text(lesson.title, self.language), done=finished,
            total=len(lesson.steps)))

    def open_lesson_file(self, path: str | Path) -> bool:
        """File ▸ Open lesson…: check it completely, then add it to the list and show it."""
        try:
            lesson = load_lesson(path)
            check_reachable(lesson)
            missing = [name for name in lesson.hide if self.window_.findChild(QWidget, name) is None]
            if missing:
                raise InputError(self.tr("{lesson}: there is no control called {name} to hide.").format(
                    lesson=lesson.id, name=repr(missing[0])))
        except InputError as exc:
            self.failed.emit(str(exc))
            return False
        self._add(lesson)
        row = next(row for row, known in enumerate(self.lessons) if known is lesson)
        if self.chapters.currentRow() == row:
            self._on_chapter(row)
        self.chapters.setCurrentRow(row)
        return True

    def ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open lesson"), "", self.tr("Lessons (*.json)"))
        if path:
            self.open_lesson_file(path)

    def _on_chapter(self, row: int) -> None:
        if not 0 <= row < len(self.lessons):
            return
        self.lesson = self.lessons[row]
        self._hide_controls(self.lesson.hide)
        self.summary.setText(self.lesson.text(self.lesson.summary, self.language) if self.lesson.summary else "")
        undone = [i for i, step in enumerate(self.lesson.steps) if self._key(self.lesson, step.id) not in self.done]
        self.show_step(undone[0] if undone else 0)

    def show_chapter(self, lesson_id: str, index: int = 0) -> bool:
        """Select the chapter with this id and show its step ``index`` (the glossary's links)."""
        ids = [lesson.id for lesson in self.lessons]
        if lesson_id not in ids:
            return False
        self.chapters.setCurrentRow(ids.index(lesson_id))
        self.show_step(index)
        return True

    def show_step(self, index: int) -> None:
        lesson = self.lesson
        if lesson is None or not 0 <= index < len(lesson.steps):
            return
        self.index = index
        step = lesson.steps[index]
        self.counter.setText(self.tr("Step {n} of {total}").format(n=index + 1, total=len(lesson.steps)))
        self.back.setEnabled(index > 0)
        last = index == len(lesson.steps) - 1
        self.next.setText(self.tr("Next chapter ▶") if last else self.tr("Next ▶"))
        self.next.setEnabled(not last or self.chapters.currentRow() < self.chapters.count() - 1)
        self.title.setText(lesson.text(step.title, self.language))
        self.text.setText(lesson.text(step.text, self.language))
        self.task.setText(lesson.text(step.task, self.language))
        self.terms.setVisible(bool(step.terms))
        self.terms.setText(self.tr("Glossary: {terms}").format(terms=", ".join(
            f'<a href="{t}">{term(t).name(self.language)}</a>' for t in step.terms if term(t) is not None)))
        self.watcher.watch(step)
        self._show_status(self._key(lesson, step.id) in self.done)

    def _on_next(self) -> None:
        if self.lesson is not None and self.index == len(self.lesson.steps) - 1:
            self.chapters.setCurrentRow(self.chapters.currentRow() + 1)
        else:
            self.show_step(self.index + 1)

    def show_me_now(self) -> bool:
        """Put the app in the current step's state; a state that cannot be reached any more
        (an image file that was moved) is one sentence, and the app stays as it was."""
        if self.lesson is None:
            return False
        try:
            actions = plan_state(self.lesson.steps[self.index].setup, self.lesson.base)
            apply_actions(self.window_, actions)
        except InputError as exc:
            self.failed.emit(str(exc))
            return False
        return True

    @property
    def current_step_done(self) -> bool:
        return self.lesson is not None and self._key(self.lesson, self.lesson.steps[self.index].id) in self.done

    # --- progress ----------------------------------------------------------------------------
    @staticmethod
    def _key(lesson: Lesson, step_id: str) -> str:
        return f"{lesson.id}/{step_id}"

    def _on_armed(self) -> None:
        if self.lesson is not None:
            self._show_status(self.current_step_done)

    def _on_done_changed(self, done: bool) -> None:
        if not done or self.lesson is None:
            return
        step = self.lesson.steps[self.index]
        key = self._key(self.lesson, step.id)
        if key not in self.done:
            self.done.add(key)
            self.settings.set_lessons_done(self.done)
            self._label(self.lessons.index(self.lesson))
            self.step_done.emit(self.lesson.id, step.id)
        self._show_status(True)

    def _show_status(self, done: bool) -> None:
        if done:
            last = self.lesson is not None and self.index == len(self.lesson.steps) - 1
            if not last:
                text = self.tr("✓ Done! Go on with Next ▶.")
            elif self._finished(self.lesson):
                text = self.tr("✓ Done! This chapter is finished: go on with Next chapter ▶.")
            else:
                text = self.tr("✓ Done! The steps you skipped are still open (◀ Back).")
            self.status.setText(text)
            self.status.setStyleSheet(DONE_STYLE)
            self.next.setDefault(True)
            return
        self.next.setDefault(False)
        if not self.watcher.armed:
            self.status.setText(self.tr("Press Show me to start this step."))
            self.status.setStyleSheet("")
        else:
            self.status.setText(self.tr("Not done yet: this step is marked done by itself as soon as you "
                                        "have done the task."))
            self.status.setStyleSheet("")

    def _on_term(self, term_id: str) -> None:
        self.window_.help.show_glossary(term_id)  # Help ▸ Glossary at that term

    # --- teacher mode ------------------------------------------------------------------------
    def _hide_controls(self, names) -> None:
        """Hide the controls the lesson's teacher listed; show again those hidden before."""
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        for name in names:
            for widget in self.window_.findChildren(QWidget, name):
                if not widget.isHidden():
                    widget.hide()
                    self._hidden.append(widget)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.lesson is not None:
            self._hide_controls(self.lesson.hide)
            self.show_step(self.index)  # watched again, from now
        super().showEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self._hide_controls(())  # a closed lesson hides nothing and checks nothing
        self.watcher.watch(None)
        super().closeEvent(event)
