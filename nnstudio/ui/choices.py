"""A combo box offering a fixed set of choices, the way every panel builds one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox


def choice_combo(name: str, choices: dict, tip: str, *, narrow_chars: int | None = None,
                 context: str | None = None) -> QComboBox:
    """Shows the labels of ``choices``; each item's data is its key (``currentData()``).
    With ``context`` the labels are English constants marked with ``QT_TRANSLATE_NOOP(context,
    ...)`` and shown translated; ``tip`` is already translated.
    With ``narrow_chars`` the box is about that many characters wide whatever its labels, so
    long labels never widen a panel or the window; the open list still shows them whole."""
    combo = QComboBox(objectName=name)
    for key, label in choices.items():
        combo.addItem(QCoreApplication.translate(context, label) if context else label, key)
    combo.setToolTip(tip)
    if narrow_chars is not None:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(narrow_chars)
    return combo
