"""The Neurons & learning tab: how one neuron decides and how a network learns, step by step.

Each sub-tab is a panel that also runs alone (``python -m nnstudio.ui.learning PANEL``).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..document import ImageDocument
from ..page import Page
from ..qt_image import from_qimage
from .panels import PANELS


class LearningPage(Page):
    title = QT_TRANSLATE_NOOP("Page", "Learning")
    description = QT_TRANSLATE_NOOP(
        "Page",
        "A threshold neuron set by hand, Rosenblatt's learning rule, XOR from gates, "
        "backpropagation with numbers, activation functions and their derivatives.")

    def __init__(self, document: ImageDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("learning_page")
        self.tabs = QTabWidget(objectName="learning_tabs")
        self.panels: dict[str, QWidget] = {}
        for key, (make, title) in PANELS.items():
            panel = make()
            self.panels[key] = panel
            self.tabs.addTab(panel, self.tr(title))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tabs)

    def show_panel(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.panels[key])

    def result_image(self) -> np.ndarray | None:
        """File ▸ Save result as… saves what the current sub-tab shows."""
        return from_qimage(self.tabs.currentWidget().grab().toImage())[..., :3]

    def shutdown(self) -> None:
        for panel in self.panels.values():
            stop = getattr(panel, "shutdown", None)
            if stop is not None:
                stop()
