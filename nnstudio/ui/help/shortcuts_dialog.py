"""Help ▸ Keyboard shortcuts: read from the window's actions, so the list cannot drift from
what the keys really do (a shortcut added to an action shows up here by itself)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QMenu, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)


@dataclass(frozen=True)
class Shortcut:
    keys: str  # as the platform writes them ("Ctrl+Shift+Z"), alternatives joined by ", "
    action: str  # the action's text, without its accelerator marker
    where: str  # the menu it is in, or the tab where it works


def plain(text: str) -> str:
    """A menu text without its accelerator marker: "&Open…" -> "Open…", "(&O)" dropped."""
    import re

    return re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _where(action: QAction, pages) -> str:
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu) and owner.title():
            return plain(owner.title())
    for owner in action.associatedObjects():
        if isinstance(owner, QWidget):
            for page in pages:
                if owner is page or page.isAncestorOf(owner):
                    return page.display_title()
    return ""


def collect(window, pages) -> list[Shortcut]:
    """Every action of `window` (menus and tabs) that has a key, in menu order, each once."""
    found: list[tuple[bool, Shortcut]] = []
    seen: set[tuple[str, str]] = set()
    for action in window.findChildren(QAction):
        sequences = [s for s in action.shortcuts() if not s.isEmpty()]
        if not sequences or not action.text():
            continue
        # dict: a standard key that is the same as an explicit one here (Redo) is listed once.
        keys = ", ".join(dict.fromkeys(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences))
        text = plain(action.text())
        in_menu = any(isinstance(owner, QMenu) for owner in action.associatedObjects())
        entry = Shortcut(keys, text, _where(action, pages))
        if (entry.keys, entry.where) not in seen:
            seen.add((entry.keys, entry.where))
            found.append((not in_menu, entry))
    # The menus' keys first (in menu order), then those that work inside one tab.
    return [entry for _tab, entry in sorted(found, key=lambda pair: pair[0])]


class ShortcutsDialog(QDialog):
    def __init__(self, shortcuts: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 420)
        self.table = QTableWidget(len(shortcuts), 3, objectName="shortcuts_table")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action"), self.tr("Where")])
        for row, shortcut in enumerate(shortcuts):
            for column, text in enumerate((shortcut.keys, shortcut.action, shortcut.where)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        return [tuple(self.table.item(r, c).text() for c in range(3)) for r in range(self.table.rowCount())]
