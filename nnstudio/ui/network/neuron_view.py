"""The neuron view of a small dense network (the TensorFlow Playground look).

Each neuron is a circle, each weight a line: blue for positive, orange for negative, as
thick as the weight is large. Shown for networks of Linear layers with at most 8 neurons
a layer; the weights arrive with every epoch result, so the picture follows training.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

MAX_NEURONS = 8
POSITIVE, NEGATIVE = QColor("#1565c0"), QColor("#e65100")


def dense_widths(design_input: tuple[int, ...], layers: tuple[dict, ...]) -> list[int] | None:
    """[inputs, neurons of each Linear] when the network is small and dense, else None."""
    if len(design_input) != 1:
        return None
    widths = [design_input[0]]
    for layer in layers:
        kind = layer.get("type")
        if kind == "Linear":
            widths.append(int(layer.get("out_features", 0)))
        elif kind in ("Conv2d", "MaxPool2d", "AvgPool2d", "BatchNorm2d", "Flatten"):
            return None
    if len(widths) < 2 or max(widths) > MAX_NEURONS or min(widths) < 1:
        return None
    return widths


def linear_weights(state: dict, layers: tuple[dict, ...]) -> list[np.ndarray]:
    """The (out, in) weight matrix of each Linear layer, from a Sequential's state dict."""
    return [np.asarray(state[f"{i}.weight"]) for i, layer in enumerate(layers)
            if layer.get("type") == "Linear" and f"{i}.weight" in state]


class NeuronView(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("neuron_view")
        self.setMinimumHeight(160)
        self.widths: list[int] | None = None
        self.weights: list[np.ndarray] = []
        self.setToolTip("Each circle is a neuron, each line a weight: blue positive, orange negative, "
                        "thicker = larger. It changes as the network trains.")

    def set_design(self, design_input: tuple[int, ...], layers: tuple[dict, ...]) -> None:
        self.widths = dense_widths(tuple(design_input), tuple(layers))
        self.weights = []
        self.update()

    def set_weights(self, weights: list[np.ndarray]) -> None:
        if self.widths is not None and [w.shape for w in weights] == [
                (b, a) for a, b in zip(self.widths, self.widths[1:])]:
            self.weights = weights
            self.update()

    def positions(self) -> list[list[QPointF]]:
        w, h = self.width(), self.height()
        columns = len(self.widths)
        out = []
        for c, count in enumerate(self.widths):
            x = w * (c + 0.5) / columns
            out.append([QPointF(x, h * (r + 0.5) / count) for r in range(count)])
        return out

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if self.widths is None:
            painter.setPen(QColor("#555555"))
            painter.drawText(self.rect().adjusted(10, 10, -10, -10), Qt.TextFlag.TextWordWrap,
                             f"The neuron view draws dense networks of at most {MAX_NEURONS} neurons "
                             "a layer (try mlp_xor or perceptron_xor).")
            return
        columns = self.positions()
        biggest = max((float(np.abs(m).max()) for m in self.weights if m.size), default=1.0) or 1.0
        for layer, (left, right) in enumerate(zip(columns, columns[1:])):
            matrix = self.weights[layer] if layer < len(self.weights) else None
            for j, end in enumerate(right):
                for i, start in enumerate(left):
                    if matrix is None:
                        pen = QPen(QColor("#cccccc"), 1)
                    else:
                        value = float(matrix[j, i])
                        pen = QPen(POSITIVE if value >= 0 else NEGATIVE, 0.5 + 5.5 * abs(value) / biggest)
                    painter.setPen(pen)
                    painter.drawLine(start, end)
        radius = min(14.0, self.height() / (2.5 * max(self.widths)))
        painter.setPen(QPen(QColor("#333333"), 1.2))
        painter.setBrush(QColor("#fafafa"))
        for column in columns:
            for centre in column:
                painter.drawEllipse(centre, radius, radius)
