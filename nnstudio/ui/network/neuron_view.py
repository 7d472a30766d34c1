"""The neuron view of a small dense network (the TensorFlow Playground look).

Each neuron is a circle, each weight a line: blue for positive, orange for negative, as thick
as the weight is large *relative to a stated reference* (the largest |weight|, but never less
than 1, so a network of 1e-5 weights is drawn with hairlines, not with fat lines). A neuron's
fill is its bias (same colours) with the value beside it. Inputs and outputs are labelled,
each column is named, and a key under the picture gives both scales. Shown for networks of
Linear layers with at most 8 neurons a layer; the weights arrive with every epoch result.

Everything drawn is laid out in `_layout()` (plain numbers, checked there); `paintEvent` only
draws that list, so nothing can raise inside Qt's paint.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QWidget

MAX_NEURONS = 8
POSITIVE, NEGATIVE = QColor("#1565c0"), QColor("#e65100")
MIN_WIDTH, MAX_WIDTH = 0.6, 7.0  # pixels: |w| = 0 and |w| = the reference
MIN_REFERENCE = 1.0  # the width scale never stretches tiny weights up to a thick line
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP = 44, 70, 40
KEY_ROW = 20  # pixels per row of the key; it takes as many rows as the width needs


class DenseWeights(NamedTuple):
    weight: np.ndarray  # (out, in)
    bias: np.ndarray | None  # (out,)


def dense_widths(design_input: tuple[int, ...], layers: tuple[dict, ...]) -> list[int] | None:
    """[inputs, neurons of each Linear] when the network is small and dense, else None."""
    if len(design_input) != 1:
        return None
    widths = [design_input[0]]
    for layer in layers:
        kind = layer.get("type")
        if kind == "Linear":
            width = layer.get("out_features", 0)
            if isinstance(width, bool) or not isinstance(width, int):
                return None  # the designer marks the block; nothing to draw
            widths.append(width)
        elif kind in ("Conv2d", "MaxPool2d", "AvgPool2d", "BatchNorm2d", "Flatten"):
            return None
    if len(widths) < 2 or max(widths) > MAX_NEURONS or min(widths) < 1:
        return None
    return widths


def column_activations(layers: tuple[dict, ...]) -> list[str]:
    """The activation after each Linear layer ("" for none)."""
    out, current = [], None
    for layer in layers:
        if layer.get("type") == "Linear":
            if current is not None:
                out.append(current)
            current = ""
        elif current == "" and layer.get("type") not in ("Dropout", "BatchNorm1d"):
            current = layer.get("type", "")
    if current is not None:
        out.append(current)
    return out


def linear_weights(state: dict, layers: tuple[dict, ...]) -> list[DenseWeights]:
    """The (out, in) weights and the biases of each Linear layer, from a state dict."""
    return [DenseWeights(np.asarray(state[f"{i}.weight"]),
                         np.asarray(state[f"{i}.bias"]) if f"{i}.bias" in state else None)
            for i, layer in enumerate(layers)
            if layer.get("type") == "Linear" and f"{i}.weight" in state]


def line_width(value: float, reference: float) -> float:
    return MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * min(abs(value) / reference, 1.0)


def signed_colour(value: float, strength: float = 1.0) -> QColor:
    colour = QColor(POSITIVE if value >= 0 else NEGATIVE)
    colour.setAlphaF(max(0.0, min(1.0, strength)))
    return colour


class NeuronView(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("neuron_view")
        self.setMinimumSize(220, 220)
        self.widths: list[int] | None = None
        self.activations: list[str] = []
        self.weights: list[DenseWeights] = []
        self.output_names: list[str] = []
        self.reference = MIN_REFERENCE
        # What is drawn, laid out by _layout(): (start, end, colour, width) and so on.
        self.lines: list[tuple[QPointF, QPointF, QColor, float]] = []
        self.neurons: list[tuple[QPointF, float, QColor]] = []
        self.texts: list[tuple[QRectF, str, Qt.AlignmentFlag, QColor]] = []
        self.backdrops: list[int] = []  # indices of texts drawn on a white backdrop (biases)
        self.setToolTip(self.tr(
            "Each circle is a neuron, each line a weight: blue positive, orange negative, thicker = "
            "larger (the key below gives the scale). A neuron's fill and the number beside it are "
            "its bias. It changes as the network trains."))

    def set_design(self, design_input: tuple[int, ...], layers: tuple[dict, ...]) -> None:
        self.widths = dense_widths(tuple(design_input), tuple(layers))
        self.activations = column_activations(tuple(layers))
        self.weights = []
        self._layout()

    def set_output_names(self, names: list[str]) -> None:
        self.output_names = [str(n) for n in names]
        self._layout()

    def set_weights(self, weights: list) -> None:
        """Each Linear layer's DenseWeights (or bare (out, in) matrices)."""
        layers = [w if isinstance(w, DenseWeights) else DenseWeights(np.asarray(w), None) for w in weights]
        if self.widths is not None and [w.weight.shape for w in layers] == [
                (b, a) for a, b in zip(self.widths, self.widths[1:])] and all(
                np.isfinite(w.weight).all() and (w.bias is None or np.isfinite(w.bias).all()) for w in layers):
            self.weights = layers
            self._layout()

    # --- layout --------------------------------------------------------------------------
    def positions(self) -> list[list[QPointF]]:
        """Neuron centres: the columns spread over the width left between the labels."""
        left, right = MARGIN_LEFT, max(self.width() - MARGIN_RIGHT, MARGIN_LEFT + 1)
        top, bottom = MARGIN_TOP, max(self.height() - self._key_height(), MARGIN_TOP + 1)
        columns = len(self.widths)
        out = []
        for c, count in enumerate(self.widths):
            x = left + (right - left) * (c / max(columns - 1, 1))
            out.append([QPointF(x, top + (bottom - top) * (r + 0.5) / count) for r in range(count)])
        return out

    def _layout(self) -> None:
        self.lines, self.neurons, self.texts, self.backdrops = [], [], [], []
        if self.widths is not None:
            self._layout_network()
        self.update()

    def _layout_network(self) -> None:
        columns = self.positions()
        values = [np.abs(w.weight).max() for w in self.weights if w.weight.size]
        self.reference = max(float(max(values, default=0.0)), MIN_REFERENCE)
        for layer, (left, right) in enumerate(zip(columns, columns[1:])):
            matrix = self.weights[layer].weight if layer < len(self.weights) else None
            for j, end in enumerate(right):
                for i, start in enumerate(left):
                    if matrix is None:
                        self.lines.append((start, end, QColor("#cccccc"), 1.0))
                    else:
                        value = float(matrix[j, i])
                        self.lines.append((start, end, signed_colour(value), line_width(value, self.reference)))
        radius = max(min(14.0, (self.height() - MARGIN_TOP - self._key_height()) / (2.6 * max(self.widths))), 4.0)
        small, grey = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, QColor("#333333")
        for c, column in enumerate(columns):
            bias = self.weights[c - 1].bias if 0 < c <= len(self.weights) else None
            for r, centre in enumerate(column):
                fill = QColor("#fafafa") if bias is None else signed_colour(
                    float(bias[r]), 0.15 + 0.85 * min(abs(float(bias[r])) / self.reference, 1.0))
                self.neurons.append((centre, radius, fill))
                if bias is not None:
                    self.backdrops.append(len(self.texts))
                    self.texts.append((QRectF(centre.x() + radius + 2, centre.y() + radius * 0.2, 60, 14),
                                       self.tr("b {value}").format(value=f"{float(bias[r]):+.2f}"), small, grey))
            self._label_column(c, column, radius)
        self._layout_key()

    def _label_column(self, c: int, column: list[QPointF], radius: float) -> None:
        last = len(self.widths) - 1
        if c == 0:
            head = self.tr("Input")
        elif c == last:
            head = self.tr("Output")
        else:
            head = self.tr("Hidden {n}").format(n=c)
        activation = self.activations[c - 1] if 0 < c <= len(self.activations) else ""
        if activation:
            head = self.tr("{column} ({activation})").format(column=head, activation=activation)
        x = column[0].x()
        # As wide as the room between columns, wrapped onto a second line when narrower.
        spacing = (self.positions()[-1][0].x() - self.positions()[0][0].x()) / max(last, 1)
        half = max(min(70.0, spacing / 2 - 2), 20.0)
        wrap = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
        self.texts.append((QRectF(x - half, 2, 2 * half, 34), head, wrap, QColor("#111111")))
        for r, point in enumerate(column):
            if c == 0:
                text = self.tr("x{n}").format(n=r + 1)
                rect = QRectF(point.x() - radius - 42, point.y() - 9, 38, 18)
                self.texts.append((rect, text, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, QColor("#111111")))
            elif c == last:
                name = (self.tr("class {name}").format(name=self.output_names[r])
                        if len(self.output_names) == len(column) else self.tr("out {n}").format(n=r))
                rect = QRectF(point.x() + radius + 4, point.y() - 16, MARGIN_RIGHT - 6, 16)
                self.texts.append((rect, name, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, QColor("#111111")))

    def _key_rows(self) -> list[list[tuple[QColor | None, float, str]]]:
        """The key's entries (a sample line's colour and width, or None; a text), row by row
        as the width allows; measured with the font, so any language fits."""
        reference = self.reference
        rows = [
            [(None, 0.0, self.tr("weight:")), (QColor(POSITIVE), 3.0, self.tr("positive")),
             (QColor(NEGATIVE), 3.0, self.tr("negative"))],
            [(None, 0.0, self.tr("|weight|:"))] + [
                (QColor("#555555"), line_width(share * reference, reference), f"{share * reference:.3g}")
                for share in (1.0, 0.5, 0.1)],
            [(None, 0.0, self.tr("circle fill and b: the neuron's bias"))],
        ]
        metrics, room = QFontMetrics(self.font()), max(self.width() - 16, 40)
        wrapped = []
        for row in rows:
            wrapped.append([])
            used = 0
            for entry in row:
                need = (26 if entry[0] is not None else 0) + metrics.horizontalAdvance(entry[2]) + 8
                if wrapped[-1] and used + need > room:
                    wrapped.append([])
                    used = 0
                wrapped[-1].append(entry)
                used += need
        return wrapped

    def _key_height(self) -> int:
        return 12 + KEY_ROW * len(self._key_rows())

    def _layout_key(self) -> None:
        """Under the picture: the colours, and the width of a line for three weights."""
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        text = QColor("#333333")
        metrics = QFontMetrics(self.font())
        y = self.height() - self._key_height() + 12
        for row in self._key_rows():
            x = 8.0
            for colour, width, words in row:
                if colour is not None:
                    self.lines.append((QPointF(x, y), QPointF(x + 22, y), colour, width))
                    x += 26
                advance = metrics.horizontalAdvance(words) + 4
                self.texts.append((QRectF(x, y - 8, advance, 16), words, left, text))
                x += advance + 4
            y += KEY_ROW

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._layout()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if self.widths is None:
            painter.setPen(QColor("#555555"))
            painter.drawText(self.rect().adjusted(10, 10, -10, -10), Qt.TextFlag.TextWordWrap,
                             self.tr("The neuron view draws dense networks of at most {n} neurons "
                                     "a layer (try mlp_xor or perceptron_xor).").format(n=MAX_NEURONS))
            return
        for start, end, colour, width in self.lines:
            painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            painter.drawLine(start, end)
        painter.setPen(QPen(QColor("#333333"), 1.2))
        for centre, radius, fill in self.neurons:
            painter.setBrush(fill)
            painter.drawEllipse(centre, radius, radius)
        backdrops = set(self.backdrops)
        for index, (rect, text, align, colour) in enumerate(self.texts):
            if index in backdrops:
                painter.fillRect(painter.boundingRect(rect, int(align), text), QColor(255, 255, 255, 210))
            painter.setPen(colour)
            painter.drawText(rect, int(align), text)
