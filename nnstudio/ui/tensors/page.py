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
from .code_view import CodeView
from .devices_view import DevicesView
from .tensors_view import TensorsView


class TensorsPage(Page):
    title = QT_TRANSLATE_NOOP("Page", "Tensors")
    description = QT_TRANSLATE_NOOP(
        "Page",
        "Tensors from 1-D to 5-D built from what is loaded, broadcasting step by step, the "
        "network design as PyTorch and Keras code, and the same work raced on each device.")

    def __init__(self, document: ImageDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("tensors_page")
        self.tabs = QTabWidget(objectName="tensors_tabs")
        self.views: dict[str, QWidget] = {}
        self.tensors = TensorsView()
        self._add("tensors", self.tensors, self.tr("Tensors"))
        self._add("broadcast", BroadcastView(), self.tr("Broadcasting"))
        self.code = CodeView()
        self._add("code", self.code, self.tr("Code"))
        self.devices = DevicesView(busy=lambda: self.network is not None and self.network.training_alive)
        self._add("devices", self.devices, self.tr("Devices"))
        self.network = None  # the Network tab's document, once the window has connected it
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tabs)
        document.image_changed.connect(self._on_image_changed)
        self._rebuild_tensors()

    def follow_network(self, network) -> None:
        """Take the data set (and, in the Code view, the design) from the Network tab's
        document."""
        self.network = network
        network.data_changed.connect(self._rebuild_tensors)
        network.design_changed.connect(self._on_design_changed)
        network.design_opened.connect(self._on_design_changed)
        self._rebuild_tensors()
        self._on_design_changed()

    def _on_design_changed(self) -> None:
        self.code.show_design(self.network.current_design())

    def _on_image_changed(self, _image) -> None:
        if not self.skip_hidden_frame():
            self._rebuild_tensors()

    def catch_up(self) -> None:
        self._rebuild_tensors()

    def _rebuild_tensors(self, *_args) -> None:
        data = None
        if self.network is not None and self.network.data_ready:
            data = self.network.data
        self.tensors.model.rebuild(self.document.working_pixels, self.document.image.source.name, data)

    def _add(self, key: str, view: QWidget, title: str) -> None:
        self.views[key] = view
        self.tabs.addTab(view, title)

    def show_view(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.views[key])

    def result_image(self) -> np.ndarray | None:
        """File ▸ Save result as… saves what the current sub-tab shows."""
        return from_qimage(self.tabs.currentWidget().grab().toImage())[..., :3]

    def shutdown(self) -> None:
        self.tensors.model.shutdown()
        for view in self.views.values():
            stop = getattr(view, "shutdown", None)
            if stop is not None:
                stop()
