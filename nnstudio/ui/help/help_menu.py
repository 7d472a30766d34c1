"""The Help menu's own entries: Glossary, Keyboard shortcuts, About; and the two calls other
parts of the app (the lessons, tooltips) use: show the glossary at a term, show a place."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from ..menu_action import add_action
from . import places
from .about_dialog import AboutDialog
from .glossary_dialog import GlossaryDialog
from .shortcuts_dialog import ShortcutsDialog, collect
from .term_tips import TermTips, term_under_mouse


class HelpActions(QObject):
    def __init__(self, window, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.glossary_action = add_action(self.window, menu, self.tr("&Glossary…"), self._on_glossary_action, "action_glossary",
                                         QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action = add_action(self.window, menu, self.tr("&Keyboard shortcuts…"), self.show_shortcuts,
                                          "action_shortcuts", None)
        menu.addSeparator()
        self.about_action = add_action(self.window, menu, self.tr("&About nnstudio…"), self.show_about, "action_about", None)
        self._glossary: GlossaryDialog | None = None
        self.term_tips = TermTips(self)

    def _on_glossary_action(self) -> None:
        """F1 over a control whose idea is a term opens the glossary at that term."""
        found = term_under_mouse()
        self.show_glossary(found.id if found is not None else None)


    # --- for lessons and tooltips ------------------------------------------------------------
    def show_glossary(self, term_id: str | None = None) -> GlossaryDialog:
        """Open (or raise) the glossary; with a term id, at that term."""
        if self._glossary is None:
            self._glossary = GlossaryDialog(self.describe_place, self.window)
            self._glossary.place_requested.connect(self.show_place)
            self._glossary.lesson_requested.connect(self.show_lesson)
        if term_id is not None:
            self._glossary.show_term(term_id)
        self._glossary.show()
        self._glossary.raise_()
        return self._glossary

    def show_place(self, place: str) -> bool:
        """Show a place ("filters/pool"): its tab, then its view. False if there is no such place."""
        shown = places.show_place(self.window.tabs, self.window.pages, place)
        if shown is None:
            return False
        self.window.raise_()
        self.window.activateWindow()
        return True

    def show_lesson(self, lesson_id: str, index: int) -> bool:
        """Open the Lessons panel at this chapter's step. False if there is no such chapter."""
        return self.window.show_lessons().show_chapter(lesson_id, index)

    def describe_place(self, place: str) -> str:
        return places.describe(place, self.window.pages)

    # --- the other entries ---------------------------------------------------------------------
    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(collect(self.window, self.window.pages), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_about(self) -> AboutDialog:
        device = self.window.device_label.device
        text = str(device) if device is not None else self.tr("not known yet (PyTorch is still loading)")
        dialog = AboutDialog(text, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
