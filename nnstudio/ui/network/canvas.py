"""The design canvas: one block per layer, top to bottom, joined by arrows.

Each block shows the layer, its key settings, its output shape and its parameter count;
a block the checker objects to is outlined red with the reason. Layers are dropped in from
the palette (between any two blocks), dragged to reorder, and deleted with Delete.
The list is redrawn from the DesignModel after every edit, never edited in place.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QModelIndex, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QDrag, QFont, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (QAbstractItemView, QListWidget, QListWidgetItem, QStyle,
                               QStyledItemDelegate, QStyleOptionViewItem)

from ...nn.design import LayerInfo
from ...nn.layers import fmt_shape
from ..safety import guarded
from .layer_colours import layer_colour, text_colour_on
from .palette import LAYER_MIME

MOVE_MIME = "application/x-nnstudio-move"
ARROW = 18  # pixels between blocks, where the arrow is drawn
BLOCK_COLOURS = {"Dense": "#dbe8f6", "Convolution": "#e3f2df", "Activation": "#fbeed5",
                 "Regularisation": "#ece3f3", "Shape": "#eeeeee", "Output": "#f8dede"}


def _window(value) -> str:
    """A kernel size as written, "3×3" or "3×5", when it is one: the layer shown may be one
    the checker refused (``[3]``, ``"3"``, ``3.5``, null), and drawing must not fail on it."""
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value}×{value}"
    if (isinstance(value, (list, tuple)) and len(value) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in value)):
        return f"{value[0]}×{value[1]}"
    return "?"


def describe(info: LayerInfo, layer: dict | None = None) -> str:
    """The few settings worth reading on a block, in words (from the layer as written when
    the checker stopped before it)."""
    s = info.settings or {k: v for k, v in (layer or {}).items() if k != "type"}
    if not s and info.type in ("Linear", "Conv2d"):
        return ""
    if info.type == "Linear":
        return QCoreApplication.translate("DesignCanvas", "{n} neurons").format(n=s.get("out_features"))
    if info.type == "Conv2d":
        text = QCoreApplication.translate("DesignCanvas", "{n} filters {size}").format(n=s.get("out_channels"), size=_window(s.get("kernel_size", 3)))
        if s.get("stride", 1) not in (1, [1, 1]):
            text += QCoreApplication.translate("DesignCanvas", ", stride {stride}").format(stride=s["stride"])
        if s.get("padding", 0) not in (0, [0, 0]):
            text += QCoreApplication.translate("DesignCanvas", ", pad {padding}").format(padding=s["padding"])
        return text
    if info.type in ("MaxPool2d", "AvgPool2d"):
        return QCoreApplication.translate("DesignCanvas", "{size} window").format(size=_window(s.get("kernel_size", 2)))
    if info.type == "Dropout":
        return f"p = {s.get('p')}"
    if info.type == "LeakyReLU":
        return QCoreApplication.translate("DesignCanvas", "slope {slope}").format(slope=s.get("negative_slope"))
    return ""


class BlockDelegate(QStyledItemDelegate):
    @guarded
    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        error = index.data(Qt.ItemDataRole.UserRole + 1)
        return QSize(220, 58 + ARROW + (16 if error else 0))

    @guarded
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        info: LayerInfo = index.data(Qt.ItemDataRole.UserRole)
        if not isinstance(info, LayerInfo):
            return
        painter.save()
        try:
            self._paint_block(painter, option, index, info)
        finally:  # the painter is shared by every block: leave it as it came
            painter.restore()

    def _paint_block(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex,
                     info: LayerInfo) -> None:
        layer: dict = index.data(Qt.ItemDataRole.UserRole + 3) or {}
        error: str | None = index.data(Qt.ItemDataRole.UserRole + 1)
        group: str = index.data(Qt.ItemDataRole.UserRole + 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = option.rect
        # The arrow from the block above (or from the input) into this one.
        mid = r.center().x()
        painter.setPen(QPen(QColor("#666666"), 1.5))
        painter.drawLine(mid, r.top() + 2, mid, r.top() + ARROW - 3)
        painter.drawLine(mid - 4, r.top() + ARROW - 8, mid, r.top() + ARROW - 3)
        painter.drawLine(mid + 4, r.top() + ARROW - 8, mid, r.top() + ARROW - 3)
        box = QRect(r.left() + 6, r.top() + ARROW, r.width() - 12, r.height() - ARROW - 2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setBrush(QColor(BLOCK_COLOURS.get(group, "#eeeeee")))
        border = QColor("#c62828") if error else QColor("#1565c0") if selected else QColor("#888888")
        painter.setPen(QPen(border, 2.5 if (error or selected) else 1))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(QColor("#111111"))
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        inner = box.adjusted(8, 4, -8, -4)
        # The layer's number on its colour, as Activations, Gradients and Graph show it.
        number = str(info.index + 1)
        badge = QRect(inner.left() - 2, inner.top(), painter.fontMetrics().horizontalAdvance(number) + 8,
                      painter.fontMetrics().height())
        colour = layer_colour(info.index, index.model().rowCount())
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(badge, 4, 4)
        painter.setPen(text_colour_on(colour))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, number)
        painter.setPen(QColor("#111111"))
        painter.drawText(inner.adjusted(badge.width() + 4, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         info.type)
        painter.setFont(option.font)
        painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, describe(info, layer))
        shape = "→ " + fmt_shape(info.out_shape) if info.out_shape is not None else "→ ?"
        params = (QCoreApplication.translate("DesignCanvas", "{n} params").format(n=f"{info.params:,}") if info.params
                  else QCoreApplication.translate("DesignCanvas", "no weights") if info.out_shape else "")
        line2 = inner.adjusted(0, 20, 0, 0)
        painter.setPen(QColor("#333333"))
        painter.drawText(line2, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, shape)
        painter.drawText(line2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, params)
        if error:
            painter.setPen(QColor("#c62828"))
            painter.drawText(inner.adjusted(0, 38, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             painter.fontMetrics().elidedText(error, Qt.TextElideMode.ElideRight, inner.width()))


class DesignCanvas(QListWidget):
    """Emits what the user asked for; the page turns it into DesignModel edits."""

    layer_dropped = Signal(int, str)  # row to insert at, layer type (or "Perceptron")
    layer_moved = Signal(int, int)  # from row, to row (before the layer now there)
    delete_requested = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("design_canvas")
        self.setItemDelegate(BlockDelegate(self))
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setToolTip(self.tr("Drop layers here from the palette; drag a block to move it; Delete removes it."))

    def show_layers(self, infos: tuple[LayerInfo, ...], layers: tuple[dict, ...], groups: dict[str, str],
                    selected: int) -> None:
        self.blockSignals(True)
        self.clear()
        for info, layer in zip(infos, layers):
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, info)
            item.setData(Qt.ItemDataRole.UserRole + 3, dict(layer) if isinstance(layer, dict) else {})
            item.setData(Qt.ItemDataRole.UserRole + 1, str(info.error) if info.error else None)
            item.setData(Qt.ItemDataRole.UserRole + 2, groups.get(info.type, ""))
            item.setToolTip(str(info.error) if info.error else self.tr("{layer}: input {shape}").format(
                layer=info.type, shape=fmt_shape(info.in_shape or ())))
            self.addItem(item)
        if 0 <= selected < self.count():
            self.setCurrentRow(selected)
        self.blockSignals(False)

    # --- drag and drop ------------------------------------------------------------------
    def mimeData(self, items) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        if items:
            mime.setData(MOVE_MIME, QByteArray(str(self.row(items[0])).encode()))
        return mime

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MOVE_MIME, LAYER_MIME]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def drop_row(self, pos: QPoint) -> int:
        """The row a drop at `pos` (viewport coordinates) inserts before."""
        index = self.indexAt(pos)
        if not index.isValid():
            return self.count()
        rect = self.visualRect(index)
        return index.row() + (1 if pos.y() > rect.center().y() else 0)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(LAYER_MIME) or event.mimeData().hasFormat(MOVE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        super().dragMoveEvent(event)
        if event.mimeData().hasFormat(LAYER_MIME) or event.mimeData().hasFormat(MOVE_MIME):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        if self.handle_drop(event.mimeData(), event.position().toPoint()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def handle_drop(self, mime: QMimeData, pos: QPoint) -> bool:
        # The edit rebuilds this list, which must not happen inside the view's own drop
        # handling (its items would be deleted under it): it runs once the event is done.
        row = self.drop_row(pos)
        if mime.hasFormat(LAYER_MIME):
            kind = bytes(mime.data(LAYER_MIME)).decode()
            QTimer.singleShot(0, self, lambda: self.layer_dropped.emit(row, kind))
            return True
        if mime.hasFormat(MOVE_MIME):
            # Only this list writes the format, but a drop may come from anywhere (another
            # program, a hand-made drag): a row that is not one of ours is refused.
            text = bytes(mime.data(MOVE_MIME)).decode("ascii", "replace").strip()
            if not text.isdigit() or int(text) >= self.count():
                return False
            source = int(text)
            QTimer.singleShot(0, self, lambda: self.layer_moved.emit(source, row))
            return True
        return False

    def startDrag(self, actions) -> None:  # noqa: N802
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.exec(Qt.DropAction.MoveAction)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentRow() >= 0:
            row = self.currentRow()
            QTimer.singleShot(0, self, lambda: self.delete_requested.emit(row))
        else:
            super().keyPressEvent(event)
