"""One way to put an entry in a menu: a named QAction owned by the window, with its key."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget


def add_action(owner: QWidget, menu: QMenu, text: str, slot, name: str,
               shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
    """Add `text` to `menu`; `slot()` is called without the `checked` argument."""
    action = QAction(text, owner, objectName=name)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(lambda _=False: slot())
    menu.addAction(action)
    return action
