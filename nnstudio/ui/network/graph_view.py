"""The model as a graph (what Netron shows): one box per layer, the tensor shape on every
edge; exportable as PNG and SVG."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QLabel, QWidget

from ...nn.layers import SPECS
from ..picture_files import save_png, save_svg
from .canvas import BLOCK_COLOURS
from .layer_colours import layer_colour

if TYPE_CHECKING:  # torch types: the window must not import torch at start-up
    from ...nn.layer_graph import GraphNode


BOX_W, BOX_H, GAP = 300, 46, 34
STRIPE_W = 10  # the layer's own colour, down the box's left edge
END_COLOUR = "#ffffff"


def box_colour(kind: str) -> str:
    """The designer's colour for what the layer does (dense, convolution, activation, ...)."""
    spec = SPECS.get(kind)
    return BLOCK_COLOURS.get(spec.group if spec else "", "#eeeeee")


def shape_text(shape: tuple[int, ...]) -> str:
    return "(N, " + ", ".join(str(s) for s in shape) + ")"


class GraphView(QGraphicsView):
    netron_wanted = Signal()  # the note's "Open in Netron" link was clicked

    def __init__(self, parent: QWidget | None = None, note: bool = False) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QBrush(Qt.GlobalColor.white))
        self.box_texts: list[str] = []
        self.edge_texts: list[str] = []
        self.note: QLabel | None = None
        if note:  # one line on what a graph is for, in a strip above the drawing (not scaled with it)
            self.note = QLabel(self.tr(
                "A dataflow graph, as Netron draws an ONNX file. TensorFlow 1 built such a graph first and ran it "
                "later; PyTorch runs each layer as the code reaches it (eager mode) and traces the graph only to "
                "export it. <a href=\"netron\">Open in Netron</a>"), self, objectName="graph_note", wordWrap=True)
            self.note.setTextFormat(Qt.TextFormat.RichText)
            self.note.setStyleSheet("QLabel { background: #f4f6f8; color: #333333; padding: 3px; }")
            self.note.linkActivated.connect(lambda _link: self.netron_wanted.emit())
            self._place_note()

    def _place_note(self) -> None:
        frame = self.frameWidth()
        width = max(self.width() - 2 * frame, 50)
        height = self.note.heightForWidth(width)
        self.setViewportMargins(0, height, 0, 0)
        self.note.setGeometry(frame, frame, width, height)


    def show_graph(self, nodes: list[GraphNode], input_shape: tuple[int, ...]) -> None:
        scene = self.scene()
        scene.clear()
        self.box_texts, self.edge_texts = [], []
        y = self._box(0, self.tr("Input"), "", END_COLOUR)
        shape = tuple(input_shape)
        for node in nodes:
            self._edge(y, shape_text(shape))
            y += GAP
            params = self.tr("{count} parameters").format(count=f"{node.parameters:,}") if node.parameters else ""
            detail = "  ·  ".join(t for t in (node.details, params) if t)
            y = self._box(y, node.name, detail, box_colour(node.kind), layer_colour(node.index, len(nodes)))
            shape = node.output_shape
        self._edge(y, shape_text(shape))
        self._box(y + GAP, self.tr("Output"), "", END_COLOUR)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))
        self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def _box(self, y: float, title: str, detail: str, colour: str, stripe: QColor | None = None) -> float:
        scene = self.scene()
        scene.addRect(QRectF(0, y, BOX_W, BOX_H), QPen(QColor("#555555")), QBrush(QColor(colour)))
        if stripe is not None:
            scene.addRect(QRectF(0, y, STRIPE_W, BOX_H), QPen(Qt.PenStyle.NoPen), QBrush(stripe))
        bold = QFont()
        bold.setBold(True)
        head = scene.addSimpleText(title, bold)
        head.setPos((BOX_W - head.boundingRect().width()) / 2, y + (6 if detail else (BOX_H - head.boundingRect().height()) / 2))
        if detail:
            small = QFont()
            small.setPointSizeF(max(small.pointSizeF() - 2, 6))
            text = scene.addSimpleText(_elide(detail, 56), small)
            text.setPos((BOX_W - text.boundingRect().width()) / 2, y + 24)
        self.box_texts.append(f"{title} {detail}".strip())
        return y + BOX_H

    def _edge(self, y: float, label: str) -> None:
        scene = self.scene()
        x = BOX_W / 2
        pen = QPen(QColor("#333333"), 1.5)
        scene.addLine(x, y, x, y + GAP - 6, pen)
        arrow = QPolygonF([QPointF(x - 5, y + GAP - 8), QPointF(x + 5, y + GAP - 8), QPointF(x, y + GAP)])
        scene.addPolygon(arrow, pen, QBrush(QColor("#333333")))
        text = scene.addSimpleText(label)
        text.setBrush(QBrush(QColor("#0060a0")))
        text.setPos(x + 10, y + (GAP - text.boundingRect().height()) / 2)
        self.edge_texts.append(label)

    def render_image(self, scale: float = 2.0) -> QImage:
        rect = self.scene().sceneRect()
        image = QImage(QSize(int(rect.width() * scale), int(rect.height() * scale)), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.scene().render(painter, QRectF(image.rect()), rect)
        painter.end()
        return image

    def export_png(self, path: str | Path, scale: float = 2.0) -> Path:
        return save_png(self.render_image(scale), path)

    def export_svg(self, path: str | Path) -> Path:
        rect = self.scene().sceneRect()
        return save_svg(path, QSize(int(rect.width()), int(rect.height())), self.tr("nnstudio network graph"),
                        lambda painter: self.scene().render(painter, QRectF(0, 0, rect.width(), rect.height()), rect))

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.note is not None:
            self._place_note()
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


def _elide(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
