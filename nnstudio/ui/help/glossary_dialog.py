"""Help ▸ Glossary: every term of the notes in Korean and English, searchable in both, each
with a one-line definition, Show me, which opens the place in the app where it lives, and the
lessons that use it (a link opens the chapter at the step)."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QSplitter, QVBoxLayout, QWidget)

from ...core.glossary import Term, glossary, search
from ...core.lesson_catalog import builtin_lessons, lessons_by_term
from ..language import installed_language


def ui_language() -> str:
    return "ko" if installed_language() == "ko" else "en"


class GlossaryDialog(QDialog):
    """Non-modal, so a learner can keep it open beside the window while trying things."""

    place_requested = Signal(str)  # Show me: "tab/view"
    lesson_requested = Signal(str, int)  # a "Lessons that use it" link: lesson id, step index

    def __init__(self, describe_place: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossary_dialog")
        self.setWindowTitle(self.tr("Glossary"))
        self.resize(760, 480)
        self._describe_place = describe_place
        self.search_box = QLineEdit(objectName="glossary_search", clearButtonEnabled=True)
        self.search_box.setPlaceholderText(self.tr("Search in Korean or English (e.g. 풀링, stride)"))
        self.search_box.setToolTip(self.tr("The list narrows as you type; names and definitions in both "
                                           "languages are searched."))
        self.list = QListWidget(objectName="glossary_list")
        self.count = QLabel(objectName="glossary_count")
        self.title = QLabel(objectName="glossary_title", wordWrap=True)
        self.definition = QLabel(objectName="glossary_definition", wordWrap=True)
        self.other = QLabel(objectName="glossary_other", wordWrap=True)
        self.other.setStyleSheet("color: #555;")
        self.where = QLabel(objectName="glossary_where", wordWrap=True)
        self.lessons = QLabel(objectName="glossary_lessons", wordWrap=True)
        self.lessons.linkActivated.connect(self._on_lesson_link)
        lessons = builtin_lessons()
        self._chapter_number = {lesson.id: number for number, lesson in enumerate(lessons, 1)}
        self._uses = lessons_by_term(lessons)  # read once: the built-in lessons do not change
        for label in (self.title, self.definition, self.other, self.where):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_me = QPushButton(self.tr("Show me"), objectName="glossary_show_me")
        self.show_me.setToolTip(self.tr("Open the tab and the view where this idea can be seen and tried."))
        self.show_me.clicked.connect(self._on_show_me)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_box)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.definition)
        right_layout.addWidget(self.other)
        right_layout.addSpacing(8)
        right_layout.addWidget(self.where)
        right_layout.addWidget(self.lessons)
        row = QHBoxLayout()
        row.addWidget(self.show_me)
        row.addStretch(1)
        right_layout.addLayout(row)
        right_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 460])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.search_box.textChanged.connect(self._refill)
        self.list.currentItemChanged.connect(self._on_current)
        self._refill("")

    # --- what a lesson or a tooltip link calls ---------------------------------------------
    def show_term(self, term_id: str) -> bool:
        """Select the term with this id (the search is cleared so that it is listed)."""
        if self.search_box.text():
            self.search_box.clear()
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole).id == term_id:
                self.list.setCurrentRow(row)
                self.list.scrollToItem(self.list.item(row))
                return True
        return False

    def current_term(self) -> Term | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def shown_terms(self) -> list[Term]:
        return [self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())]

    # --- internals ---------------------------------------------------------------------------
    def _refill(self, query: str) -> None:
        language = ui_language()
        found = search(query)
        self.list.clear()
        for term in found:
            first, second = (term.ko, term.en) if language == "ko" else (term.en, term.ko)
            item = QListWidgetItem(first if first == second else f"{first} · {second}")
            item.setData(Qt.ItemDataRole.UserRole, term)
            item.setToolTip(term.text(language))
            self.list.addItem(item)
        self.count.setText(self.tr("%n of {total} term(s)", "", len(found)).format(total=len(glossary())))
        if found:
            self.list.setCurrentRow(0)
        else:
            self._on_current(None, None)

    def _on_current(self, item: QListWidgetItem | None, _previous=None) -> None:
        term = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.show_me.setEnabled(term is not None)
        if term is None:
            self.title.setText(self.tr("No term matches “{query}”.").format(query=self.search_box.text()))
            for label in (self.definition, self.other, self.where, self.lessons):
                label.clear()
            return
        language = ui_language()
        other = "en" if language == "ko" else "ko"
        self.title.setText(f"<b style='font-size: 15pt'>{term.ko}</b> &nbsp; <span style='font-size: 13pt'>{term.en}</span>")
        self.definition.setText(term.text(language))
        self.other.setText(term.text(other))
        self.where.setText(self.tr("Where it lives: {place}").format(place=self._describe_place(term.place)))
        uses = self._uses.get(term.id, [])
        links = ", ".join(f'<a href="{lesson.id}#{index}">{self._chapter_number[lesson.id]}. '
                          f'{html.escape(lesson.text(lesson.title, language))}</a>' for lesson, index in uses)
        self.lessons.setText(self.tr("Lessons that use it: {lessons}").format(lessons=links) if uses
                             else self.tr("No lesson uses it yet."))

    def _on_lesson_link(self, link: str) -> None:
        lesson_id, _, index = link.partition("#")
        self.lesson_requested.emit(lesson_id, int(index) if index.isdigit() else 0)

    def _on_show_me(self) -> None:
        term = self.current_term()
        if term is not None:
            self.place_requested.emit(term.place)
