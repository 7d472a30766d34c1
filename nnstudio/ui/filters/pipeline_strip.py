"""The pipeline as a strip of thumbnails: every stage's output with its shape C×H×W.

Click a thumbnail to see it large and edit the stage; the check box switches a stage off
(its input then passes through); the buttons add, remove and move stages.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout, QListView, QListWidget, QListWidgetItem, QMenu, QPushButton, QToolButton,
    QVBoxLayout, QWidget,
)

from superqt.utils import signals_blocked

from ...core.feature_display import MapPicture
from ...core.operation_catalog import FAMILIES, OPERATIONS
from ..language import prefer_hangul_font
from ..qt_image import to_qimage
from .pipeline_model import PipelineModel

THUMB = 84
STAGE_TIPS = {
    "conv": QT_TRANSLATE_NOOP("PipelineStrip", "Convolution: slide a kernel over each channel; the output is a feature "
                              "map (signed: blue < 0 < red)."),
    "activation": QT_TRANSLATE_NOOP("PipelineStrip", "Activation: a nonlinearity applied to every value; without it, "
                                    "stacked convolutions would be one big convolution."),
    "pool": QT_TRANSLATE_NOOP("PipelineStrip", "Pooling: summarise each window by its max or mean, making the map "
                              "smaller and tolerant to small shifts."),
    "operation": QT_TRANSLATE_NOOP("PipelineStrip", "A classic image-processing operation used as a stage."),
    "conv_layer": QT_TRANSLATE_NOOP("PipelineStrip", "Conv layer: C_in → C_out maps, each the sum over all input "
                                    "channels of one kernel slice each, plus a bias (a real CNN layer)."),
}


class PipelineStrip(QWidget):
    def __init__(self, model: PipelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.list = QListWidget(objectName="pipeline_strip")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 62, THUMB + 40))
        self.list.setFixedHeight(THUMB + 58)
        self.list.setWordWrap(True)
        prefer_hangul_font(self.list)
        self.list.setToolTip(self.tr("Every stage's output, left to right. Click one to see it large and edit it; untick "
                                     "it to switch the stage off."))

        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for text, kind in ((self.tr("+ Conv"), "conv"), (self.tr("+ Act"), "activation"), (self.tr("+ Pool"), "pool")):
            button = QPushButton(text, objectName=f"add_{kind}")
            button.setToolTip(self.tr("Insert after the selected stage. {tip}").format(tip=self.tr(STAGE_TIPS[kind])))
            button.clicked.connect(lambda _=False, k=kind: self.model.add(k))
            row1.addWidget(button)
        self.add_operation = QToolButton(objectName="add_operation", text=self.tr("+ Operation"))
        self.add_operation.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_operation.setToolTip(self.tr("Insert a classic image operation: geometric, enhancement, restoration, "
                                              "compression, morphology, thresholding or edge detection."))
        menu = QMenu(self.add_operation)
        for family in FAMILIES:
            sub = menu.addMenu(family_label(family))
            for op in OPERATIONS.values():
                if op.family == family:
                    action = sub.addAction(QCoreApplication.translate("Operations", op.label))
                    action.setToolTip(QCoreApplication.translate("Operations", op.tooltip))
                    action.triggered.connect(lambda _=False, n=op.name: self.model.add(n))
            sub.setToolTipsVisible(True)
        self.add_operation.setMenu(menu)
        row2.addWidget(self.add_operation)
        add_layer = QPushButton(self.tr("+ Layer"), objectName="add_conv_layer")
        add_layer.setToolTip(self.tr("Insert a real conv layer after the selected stage: RGB → 4 feature maps, "
                                     "each summed over the channels."))
        add_layer.clicked.connect(lambda: self.model.add("conv_layer"))
        row1.addWidget(add_layer)
        for text, name, tip, slot in (
            ("◀", "move_left", self.tr("Move the selected stage one step earlier."), lambda: self.model.move_selected(-1)),
            ("▶", "move_right", self.tr("Move the selected stage one step later."), lambda: self.model.move_selected(1)),
            ("✕", "remove_stage", self.tr("Remove the selected stage."), self.model.remove_selected),
        ):
            button = QPushButton(text, objectName=name)
            button.setToolTip(tip)
            button.setFixedWidth(32)
            button.clicked.connect(slot)
            row2.addWidget(button)
        self._row2 = row2
        buttons.addLayout(row1)
        buttons.addLayout(row2)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

        self._shapes: list[str] = []
        self.list.currentRowChanged.connect(self._on_row_changed)
        self.list.itemChanged.connect(self._on_item_changed)
        model.changed.connect(self.rebuild)
        model.selection_changed.connect(self._select_row)
        self.rebuild()

    def add_undo_buttons(self, stack: QUndoStack) -> None:
        """↶ and ↷ beside the stage buttons: every change of the pipeline can be undone."""
        for text, tip, slot, can, changed, name in (
                ("↶", self.tr("Undo the last change of the pipeline (Ctrl+Z)."), stack.undo, stack.canUndo,
                 stack.canUndoChanged, "undo_filters"),
                ("↷", self.tr("Redo the change just undone (Ctrl+Shift+Z)."), stack.redo, stack.canRedo,
                 stack.canRedoChanged, "redo_filters")):
            button = QPushButton(text, objectName=name)
            button.setToolTip(tip)
            button.setFixedWidth(32)
            button.clicked.connect(slot)
            button.setEnabled(can())
            changed.connect(button.setEnabled)
            self._row2.addWidget(button)

    def rebuild(self) -> None:
        with signals_blocked(self.list):
            self._rebuild()

    def _rebuild(self) -> None:
        stages = self.model.stages
        while self.list.count() > len(stages) + 1:
            self.list.takeItem(self.list.count() - 1)
        while self.list.count() < len(stages) + 1:
            self.list.addItem(QListWidgetItem())
        metrics = self.list.fontMetrics()
        room = self.list.gridSize().width() - 12
        for row in range(self.list.count()):
            item = self.list.item(row)
            if row == 0:
                name, tip = self.tr("input"), self.tr("The image the pipeline starts from.")
            else:
                stage = stages[row - 1]
                name = stage.describe()
                tip = self.tr(STAGE_TIPS[stage.kind]) + f"\n{name}"
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if stage.enabled else Qt.CheckState.Unchecked)
            shape = self._shapes[row] if row < len(self._shapes) else ("—" if self._shapes else "")
            # One line for the name (elided to the cell: the tooltip holds it whole), one for
            # the shape, so a long name in any language never pushes the shape out of view.
            title = metrics.elidedText(f"{row}. {_short(name)}", Qt.TextElideMode.ElideRight, room)
            item.setText(f"{title}\n{shape}")
            item.setToolTip(tip)
        self.list.setCurrentRow(self.model.selected)

    def show_results(self, thumbnails: list[MapPicture], shapes: list[str], complete: bool = True) -> None:
        """Thumbnails and shapes of the first stages; with ``complete`` False the later
        stages keep theirs until their outputs arrive (no flicker during a drag)."""
        self._shapes = list(shapes) if complete else list(shapes) + self._shapes[len(shapes):]
        self.rebuild()
        for row in range(self.list.count()):
            if row < len(thumbnails):
                self.list.item(row).setIcon(QIcon(QPixmap.fromImage(to_qimage(thumbnails[row].pixels))))
            elif complete:
                self.list.item(row).setIcon(QIcon())

    def _select_row(self, row: int) -> None:
        with signals_blocked(self.list):
            self.list.setCurrentRow(row)

    def _on_row_changed(self, row: int) -> None:
        if row >= 0:
            self.model.select(row)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        if row > 0:
            self.model.set_enabled(row, item.checkState() == Qt.CheckState.Checked)


def _short(name: str) -> str:
    return name if len(name) <= 22 else name.split(",")[0]


def family_label(family: str) -> str:
    """A family of operations as menus and titles name it."""
    labels = {
        "geometric": QCoreApplication.translate("Operations", "Geometric"),
        "enhancement": QCoreApplication.translate("Operations", "Enhancement"),
        "restoration": QCoreApplication.translate("Operations", "Restoration"),
        "compression": QCoreApplication.translate("Operations", "Compression"),
        "morphology": QCoreApplication.translate("Operations", "Morphology"),
        "threshold": QCoreApplication.translate("Operations", "Threshold"),
        "edges": QCoreApplication.translate("Operations", "Edge detection"),
    }
    return labels.get(family, family)
