"""The Neurons tab's numbers: hovering a neuron prints z = Σ w·x + b and a = f(z) for the
Activations view's input, equal to torch's forward of the trained model; the perceptron
presets print their trained w₁, w₂ and b, equal to the model's parameters."""

from __future__ import annotations

import numpy as np
import torch
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from nnstudio.ui.network.neuron_panel import fmt
from nnstudio.ui.network.training_run import RunState


def train(page, qtbot, epochs):
    page.training.epochs.setValue(epochs)
    page.run_bar.start.click()
    qtbot.waitUntil(lambda: page.network.run_state in (RunState.FINISHED, RunState.FAILED), timeout=60_000)
    assert page.network.run_state is RunState.FINISHED


def hover(qtbot, panel, column, row):
    index = sum(panel.view.widths[:column]) + row
    centre = panel.view.neurons[index][0]
    move(panel.view, centre)
    assert panel.hovered == (column, row)
    return panel.readout.text()


def move(widget, point):
    """A mouse move over the widget, as the window system delivers one."""
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(point), widget.mapToGlobal(QPointF(point)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_hovering_a_neuron_prints_torchs_feed_forward_numbers(network_page, qtbot):
    page = network_page
    page.open_preset("mlp_xor")
    qtbot.waitUntil(lambda: page.network.data_ready, timeout=10_000)
    train(page, qtbot, 30)
    page.side.setCurrentWidget(page.neuron_panel)
    page.inside.setCurrentWidget(page.inside.activations.parentWidget())
    page.inside.sample.setValue(2)  # the Activations view's input: test sample 2
    model, _ = page.network.trained_model()
    x = torch.tensor(page.network.data.x_test[2][None], dtype=torch.float32)
    with torch.no_grad():
        z1 = model[0](x)[0]
        a1 = torch.tanh(z1)
        z2 = model[2](a1[None])[0]
    for row in range(4):
        text = hover(qtbot, page.neuron_panel, 1, row)
        assert f"<b>{fmt(z1[row])}</b>" in text and f"<b>{fmt(a1[row])}</b>" in text
        assert "Tanh(z)" in text
        assert fmt(model[0].bias[row].item()) in text
    text = hover(qtbot, page.neuron_panel, 2, 1)
    assert f"<b>{fmt(z2[1])}</b>" in text and "no activation" in text
    text = hover(qtbot, page.neuron_panel, 0, 1)
    assert fmt(x[0, 1]) in text
    # Another test sample: the numbers follow it.
    page.inside.sample.setValue(0)
    x0 = torch.tensor(page.network.data.x_test[0][None], dtype=torch.float32)
    with torch.no_grad():
        z = model[0](x0)[0]
    move(page.neuron_panel.view, QPointF(1, 1))
    text = hover(qtbot, page.neuron_panel, 1, 0)
    assert f"<b>{fmt(z[0])}</b>" in text


def test_perceptron_weights_are_the_models_parameters(network_page, qtbot):
    page = network_page
    page.open_preset("perceptron_and")
    qtbot.waitUntil(lambda: page.network.data_ready, timeout=10_000)
    label = page.neuron_panel.perceptron
    assert "Train the network" in label.text()
    train(page, qtbot, 50)
    model, _ = page.network.trained_model()
    w1, w2 = model[0].weight[0].tolist()
    b = model[0].bias[0].item()
    text = label.text()
    assert f"w₁ = {fmt(w1)}" in text and f"w₂ = {fmt(w2)}" in text and f"b = {fmt(b)}" in text
    sign = "+" if b >= 0 else "−"
    assert f"{fmt(w1)}·x₁ + {fmt(w2)}·x₂ {sign} {fmt(abs(b))} = 0" in text
    # AND is learned: the line puts (1, 1) alone on the positive side.
    points = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], float)
    assert ((points @ np.array([w1, w2]) + b) > 0).tolist() == [False, False, False, True]
    page.open_preset("mlp_xor")  # more than one layer: no such printout
    assert not label.isVisible()
