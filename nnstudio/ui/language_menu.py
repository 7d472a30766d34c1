"""View ▸ Language: 한국어, English or the system's language, remembered as a key.

A new language takes effect when nnstudio starts again: the menu offers to restart at once.
(Switching a running window would need every widget of every tab to re-set its texts on
Qt's LanguageChange event; a restart gives the same result with nothing left half-translated.)
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from .language import CHOICES, ENDONYMS, ENGLISH, choose_language, installed_language
from .settings import Settings


class LanguageMenu(QMenu):
    """One checkable entry per choice; choosing one stores its key and offers a restart."""

    restart_requested = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.setObjectName("menu_language")
        self.settings = settings
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        remembered = settings.language()
        for key in CHOICES:
            text = ENDONYMS.get(key) or self.tr("Same as the system")
            action = QAction(text, self, checkable=True, objectName=f"language_{key}")
            action.setData(key)
            action.setChecked(key == remembered)
            self._group.addAction(action)
            self.addAction(action)
        self._group.triggered.connect(self._on_language_chosen)

    def action_for(self, key: str) -> QAction:
        return next(a for a in self._group.actions() if a.data() == key)

    def _on_language_chosen(self, action: QAction) -> None:
        key = action.data()
        self.settings.set_language(key)
        if choose_language(None, key) != (installed_language() or ENGLISH):
            if self.ask_restart():
                self.restart_requested.emit()

    def ask_restart(self) -> bool:
        """Whether the user wants to restart now for the new language."""
        box = self.restart_box()
        box.exec()
        restart = box.clickedButton() is box.defaultButton()
        box.deleteLater()
        return restart

    def restart_box(self) -> QMessageBox:
        """The question View ▸ Language asks; its default button restarts."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Language"),
                          self.tr("The new language is used from the next start of nnstudio. "
                                  "Restart now? Training in progress stops, and a design you "
                                  "have not saved is lost."),
                          parent=self._main_window())
        box.setObjectName("language_restart_box")
        box.setDefaultButton(box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole))
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        return box

    def _main_window(self) -> QWidget | None:
        """The window the menu belongs to (menus are windows of their own)."""
        node = self.parentWidget()
        while isinstance(node, QMenu):
            node = node.parentWidget()
        return node.window() if node is not None else None


def relaunch_command(
    executable: str | None = None,
    arguments: Sequence[str] | None = None,
    frozen: bool | None = None,
) -> tuple[str, list[str]]:
    """The program and arguments that start nnstudio the way it was started, without
    ``--lang`` (so the remembered choice decides). Defaults come from this process."""
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    executable = sys.executable if executable is None else executable
    if arguments is None:
        # orig_argv keeps "-m nnstudio"; argv would hold the path of __main__.py instead.
        arguments = sys.argv[1:] if frozen else sys.orig_argv[1:]
    kept: list[str] = []
    skip = False
    for argument in arguments:
        if skip:
            skip = False
        elif argument == "--lang":
            skip = True
        elif not argument.startswith("--lang="):
            kept.append(argument)
    return executable, kept
