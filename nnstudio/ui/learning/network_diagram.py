"""The network drawn as neurons and weights, with the numbers computed so far written on it.

Forward, each neuron shows z and a once it has been computed; backward, ∂L/∂z appears; the
current neuron is ringed and the weights it uses are drawn strong. What to draw is worked out
when the state or the size changes; paintEvent only replays that list (an exception inside a
Qt virtual can take the process down).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from .backprop_model import Step

if TYPE_CHECKING:
    from ...nn.backprop import BackpropTrace

POSITIVE, NEGATIVE = QColor(40, 90, 200), QColor(230, 110, 30)
CURRENT = QColor(240, 190, 0)
DONE_FILL, BACK_FILL, EMPTY_FILL = QColor(225, 236, 252), QColor(252, 230, 214), QColor(245, 245, 245)


def _n(value: float) -> str:
    return f"{float(value) + 0.0:.3f}"


class NetworkDiagram(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("network_diagram")
        self.setMinimumSize(420, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.trace: BackpropTrace | None = None
        self.steps: list[Step] = []
        self.position = -1
        self._items: list[tuple] = []

    def set_state(self, trace: BackpropTrace | None, steps: list[Step], position: int) -> None:
        self.trace, self.steps, self.position = trace, steps, position
        self._layout()
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._layout()

    def _done(self, phase: str, layer: int = -1, neuron: int = -1) -> bool:
        try:
            return self.steps.index(Step(phase, layer, neuron)) <= self.position
        except ValueError:
            return False

    def _layout(self) -> None:
        items: list[tuple] = []
        trace = self.trace
        if trace is None:
            self._items = items
            return
        widths = [len(trace.x)] + [len(layer.z) for layer in trace.layers]
        w, h = self.width(), self.height()
        left, right, top, bottom = 70, 150, 30, 30
        xs = np.linspace(left, w - right, len(widths)) if len(widths) > 1 else [w / 2]
        radius = max(12.0, min(30.0, (h - top - bottom) / (2.6 * max(widths))))
        ys = [np.linspace(top + radius, h - bottom - radius, k) if k > 1 else [h / 2] for k in widths]
        current = self.steps[self.position] if 0 <= self.position < len(self.steps) else None
        for l, layer in enumerate(trace.layers):
            biggest = float(np.abs(layer.weight).max()) or 1.0
            for j in range(widths[l + 1]):
                for i in range(widths[l]):
                    weight = layer.weight[j, i]
                    strong = current is not None and (
                        (current.phase in ("forward", "backward") and current.layer == l
                         and current.neuron == j)
                        or (current.phase == "backward" and current.layer == l - 1
                            and current.neuron == i))
                    colour = QColor(POSITIVE if weight >= 0 else NEGATIVE)
                    colour.setAlpha(255 if strong else 70)
                    pen = QPen(colour, (1.0 + 4.0 * abs(weight) / biggest) * (1.6 if strong else 1.0))
                    items.append(("line", QPointF(xs[l], ys[l][i]), QPointF(xs[l + 1], ys[l + 1][j]), pen))
        font_small = QFont(self.font())
        font_small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        for i, y in enumerate(ys[0]):
            self._neuron(items, xs[0], y, radius, EMPTY_FILL, False, _n(trace.x[i]), [f"x{i + 1}"],
                         font_small, above=True)
        for l, layer in enumerate(trace.layers):
            for j, y in enumerate(ys[l + 1]):
                forward = self._done("forward", l, j)
                backward = self._done("backward", l, j)
                ring = current is not None and current.layer == l and current.neuron == j
                fill = BACK_FILL if backward else DONE_FILL if forward else EMPTY_FILL
                notes = []
                if forward:
                    notes.append(f"z {_n(layer.z[j])}")
                if backward:
                    notes.append(f"∂L/∂z {_n(layer.dL_dz[j])}")
                self._neuron(items, xs[l + 1], y, radius, fill, ring,
                             _n(layer.a[j]) if forward else "", notes, font_small)
        if self._done("loss"):
            text = f"L = {_n(trace.loss)}"
            if self._done("update"):
                text += f"\n→ {_n(trace.new_loss)}"
            rect = QRectF(w - right + 40, h / 2 - 30, right - 45, 60)
            items.append(("text", rect, Qt.AlignmentFlag.AlignCenter, text, QColor(20, 20, 20),
                          self.font(), True))
        self._items = items

    def _neuron(self, items, x, y, radius, fill, ring, inside, notes, font, above=False) -> None:
        pen = QPen(CURRENT, 4) if ring else QPen(QColor(60, 60, 60), 1.5)
        items.append(("circle", QPointF(x, y), radius, pen, QBrush(fill)))
        if inside:
            rect = QRectF(x - radius, y - radius, 2 * radius, 2 * radius)
            items.append(("text", rect, Qt.AlignmentFlag.AlignCenter, inside, QColor(10, 10, 10),
                          font, True))
        if notes:
            height = 14.0 * len(notes) + 4
            top = y - radius - height if above else y + radius + 1
            rect = QRectF(x - 70, top, 140, height)
            items.append(("text", rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                          "\n".join(notes), QColor(70, 70, 70), font, False))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(255, 255, 255))
        for item in self._items:
            kind = item[0]
            if kind == "line":
                painter.setPen(item[3])
                painter.drawLine(item[1], item[2])
            elif kind == "circle":
                painter.setPen(item[3])
                painter.setBrush(item[4])
                painter.drawEllipse(item[1], item[2], item[2])
            else:
                _, rect, flags, text, colour, font, bold = item
                font = QFont(font)
                font.setBold(bold)
                painter.setFont(font)
                painter.setPen(colour)
                painter.drawText(rect, int(flags), text)
        painter.end()
