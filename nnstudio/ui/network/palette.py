"""The layer palette: every layer the designer offers, dragged onto the canvas to add it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from ...nn.layers import PERCEPTRON_TIP, SPECS

#: Mime type of a palette drag: the layer type's name (or "Perceptron") as UTF-8.
LAYER_MIME = "application/x-nnstudio-layer"
PERCEPTRON = "Perceptron"


class LayerPalette(QListWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("layer_palette")
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setToolTip(self.tr("Drag a layer onto the network, or double-click to add it at the end."))
        for name, spec in SPECS.items():
            item = QListWidgetItem(name)
            item.setToolTip(QCoreApplication.translate("LayerHelp", spec.tip))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.addItem(item)
        item = QListWidgetItem(self.tr("Perceptron (preset)"))
        item.setToolTip(QCoreApplication.translate("LayerHelp", PERCEPTRON_TIP))
        item.setData(Qt.ItemDataRole.UserRole, PERCEPTRON)
        self.addItem(item)
        self.setMaximumWidth(170)

    def mimeData(self, items) -> QMimeData:  # noqa: N802 (Qt's name)
        mime = QMimeData()
        if items:
            mime.setData(LAYER_MIME, items[0].data(Qt.ItemDataRole.UserRole).encode())
        return mime

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [LAYER_MIME]
