"""The Tensors tab: tensors built from what is loaded, broadcasting, the design as code.

Each sub-tab is a view of its own small model; the page only lays them out.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..document import ImageDocument
from ..page import Page
from ..qt_image import from_qimage
from .broadcast_view import BroadcastView


class TensorsPage(Page):
    title = QT_TRANSLATE_NOOP("Page", "Tensors")
    description = QT_TRANSLATE_NOOP(
        "Page",
        "Tensors from 1-D to 5-D built from what is loaded, broadcasting step by step, and the "
        "network design as PyTorch and Keras code.")

    def __init__(self, document: ImageDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("tensors_page")
        self.tabs = QTabWidget(objectName="tensors_tabs")
        self.views: dict[str, QWidget] = {}
        self._add("broadcast", BroadcastView(), self.tr("Broadcasting"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tabs)

    def _add(self, key: str, view: QWidget, title: str) -> None:
        self.views[key] = view
        self.tabs.addTab(view, title)

    def show_view(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.views[key])

    def result_image(self) -> np.ndarray | None:
        """File ▸ Save result as… saves what the current sub-tab shows."""
        return from_qimage(self.tabs.currentWidget().grab().toImage())[..., :3]

    def shutdown(self) -> None:
        for view in self.views.values():
            stop = getattr(view, "shutdown", None)
            if stop is not None:
                stop()
