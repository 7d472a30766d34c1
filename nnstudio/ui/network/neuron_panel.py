"""The Neurons side tab: the neuron view, what one neuron computes, and a perceptron's weights.

Hovering a neuron prints its feed-forward numbers for the input the Activations view shows:
the inputs it gets, its weights and bias, z = Σ w·x + b and a = f(z), computed by
core.dense_forward from the very weights the picture draws. A network of one Linear layer
(the perceptron presets) also gets its weights printed, w₁, w₂, b and the line they draw.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.dense_forward import LayerNumbers, dense_forward
from .neuron_view import NeuronView

SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def fmt(value: float) -> str:
    """A number as the readouts print it (4 significant digits, a real minus sign)."""
    text = f"{float(value):.4g}"
    return "0" if text in ("-0", "0") else text.replace("-", "−")


def _term(w: float, x: float) -> str:
    w_text = fmt(w)
    return f"({w_text})·{fmt(x)}" if w_text.startswith("−") else f"{w_text}·{fmt(x)}"


class NeuronPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = NeuronView()
        self.view.setMouseTracking(True)
        self.view.installEventFilter(self)
        self.readout = QLabel(objectName="neuron_readout")
        self.readout.setWordWrap(True)
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.perceptron = QLabel(objectName="perceptron_weights")
        self.perceptron.setWordWrap(True)
        self.perceptron.setTextFormat(Qt.TextFormat.RichText)
        self.perceptron.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.perceptron)
        layout.addWidget(self.readout)
        self.layers: tuple[dict, ...] = ()
        self.probe: np.ndarray | None = None
        self.numbers: list[LayerNumbers] | None = None
        self.hovered: tuple[int, int] | None = None  # (column, row) of the neuron described
        self._hint()
        self._show_perceptron()

    # --- fed by the page -------------------------------------------------------------------
    def set_design(self, design_input: tuple[int, ...], layers: tuple[dict, ...]) -> None:
        self.layers = tuple(layers)
        self.hovered = None
        self.view.set_design(tuple(design_input), self.layers)
        self._recompute()

    def set_weights(self, weights: list) -> None:
        self.view.set_weights(weights)
        self._recompute()

    def set_probe(self, array: np.ndarray | None) -> None:
        """The input the numbers are computed for (the Activations view's)."""
        self.probe = None if array is None else np.asarray(array)
        self._recompute()

    # --- the numbers -----------------------------------------------------------------------
    def _recompute(self) -> None:
        weights = [(w.weight, w.bias) for w in self.view.weights]
        self.numbers = None
        if self.view.widths is not None and weights and self.probe is not None \
                and self.probe.size == self.view.widths[0]:
            self.numbers = dense_forward(self.layers, weights, self.probe)
        self._show_perceptron()
        self.readout.setVisible(self.view.widths is not None)  # no neurons drawn, none to hover
        if self.hovered is not None:
            self.describe(*self.hovered)
        else:
            self._hint()

    def _hint(self) -> None:
        self.readout.setText(self.tr("Hover a neuron to see its inputs, weights, bias, "
                                     "z = Σ w·x + b and a = f(z) for the input the Activations view shows."))

    def neuron_at(self, point: QPointF) -> tuple[int, int] | None:
        """(column, row) of the neuron drawn under `point`, or None."""
        if self.view.widths is None:
            return None
        index = 0
        for column, count in enumerate(self.view.widths):
            for row in range(count):
                if index < len(self.view.neurons):
                    centre, radius, _ = self.view.neurons[index]
                    if (centre.x() - point.x()) ** 2 + (centre.y() - point.y()) ** 2 <= (radius + 2) ** 2:
                        return column, row
                index += 1
        return None

    def describe(self, column: int, row: int) -> str:
        """Show (and return) the numbers of one neuron; column 0 holds the inputs."""
        self.hovered = (column, row)
        numbers = self.numbers
        widths = self.view.widths or []
        if numbers is None or not 0 <= column <= len(numbers) or not 0 <= row < widths[column]:
            text = self.tr("Train the network (or step one epoch) to see the numbers of a neuron.") \
                if not self.view.weights else self.tr("No numbers for this network and input.")
        elif column == 0:
            value = numbers[0].inputs[row] if row < numbers[0].inputs.size else float("nan")
            text = self.tr("<b>Input x{n}</b> = {value}").format(n=str(row + 1).translate(SUBSCRIPTS),
                                                                 value=fmt(value))
        else:
            text = self._neuron_text(column, row, numbers[column - 1])
        self.readout.setText(text)
        return text

    def _neuron_text(self, column: int, row: int, layer: LayerNumbers) -> str:
        last = column == len(self.view.widths) - 1
        where = self.tr("Output") if last else self.tr("Hidden {n}").format(n=column)
        w, b = layer.weight[row], float(layer.bias[row])
        terms = " + ".join(_term(wi, xi) for wi, xi in zip(w, layer.inputs))
        lines = [
            self.tr("<b>{where}, neuron {n}</b>").format(where=where, n=row + 1),
            self.tr("inputs x = [{values}]").format(values=", ".join(fmt(v) for v in layer.inputs)),
            self.tr("weights w = [{values}], bias b = {bias}").format(
                values=", ".join(fmt(v) for v in w), bias=fmt(b)),
            self.tr("z = Σ w·x + b = {terms} + {bias} = <b>{z}</b>").format(
                terms=terms, bias=fmt(b) if b >= 0 else f"({fmt(b)})",
                z=fmt(layer.z[row])),
        ]
        if layer.activations:
            name = "∘".join(layer.activations)
            lines.append(self.tr("a = {f}(z) = <b>{a}</b>").format(f=name, a=fmt(layer.a[row])))
        else:
            lines.append(self.tr("no activation: a = z = <b>{a}</b>").format(a=fmt(layer.a[row])))
        return "<br>".join(lines)

    # --- the perceptron's weights ----------------------------------------------------------
    def _show_perceptron(self) -> None:
        """One Linear layer: print each output neuron's weights and bias, and its line."""
        widths, weights = self.view.widths, self.view.weights
        single = widths is not None and len(widths) == 2
        self.perceptron.setVisible(single)
        if not single:
            return
        if not weights:
            self.perceptron.setText(self.tr("Train the network to see its weights w₁, w₂ and bias b."))
            return
        layer = weights[0]
        lines = [self.tr("<b>The trained weights</b> (the model's parameters):")]
        for j, w in enumerate(layer.weight):
            b = 0.0 if layer.bias is None else float(layer.bias[j])
            names = ", ".join(f"w{str(i + 1).translate(SUBSCRIPTS)} = {fmt(v)}" for i, v in enumerate(w))
            lines.append(self.tr("{weights}, b = {bias}").format(weights=names, bias=fmt(b)))
            if w.size == 2:
                sign = "+" if b >= 0 else "−"
                line = self.tr("{w1}·x₁ + {w2}·x₂ {sign} {b} = 0").format(
                    w1=fmt(w[0]), w2=fmt(w[1]), sign=sign, b=fmt(abs(b)))
                if self.view.activations[:1] == ["Sigmoid"]:
                    lines.append(self.tr("its line: {line}; where z > 0 the sigmoid gives more than 0.5: "
                                         "class 1").format(line=line))
                else:
                    lines.append(self.tr("its line: {line} (z = 0)").format(line=line))
        self.perceptron.setText("<br>".join(lines))

    # --- hover -------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.view and event.type() == QEvent.Type.MouseMove:
            hit = self.neuron_at(event.position())
            if hit is not None and hit != self.hovered:
                self.describe(*hit)
        return False
