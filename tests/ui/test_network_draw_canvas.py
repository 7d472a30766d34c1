import numpy as np
import pytest
import torch
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from torch import nn

from nnstudio.core.model_input import to_model_input
from nnstudio.nn.predict import predict_probabilities
from nnstudio.ui.app import create_application
from nnstudio.ui.network.draw_canvas import PAD_SIDE, DrawCanvas


@pytest.fixture
def canvas(qtbot):
    create_application()
    w = DrawCanvas((1, 8, 8), [str(i) for i in range(10)])
    qtbot.addWidget(w)
    w.resize(500, 600)
    w.show()
    qtbot.waitExposed(w)
    return w


def _mouse(widget, kind, pos, buttons):
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, QPointF(*pos), widget.mapToGlobal(QPointF(*pos)), button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def _drag(pad, points):
    left = Qt.MouseButton.LeftButton
    _mouse(pad, QEvent.Type.MouseButtonPress, points[0], left)
    for p in points[1:]:
        _mouse(pad, QEvent.Type.MouseMove, p, left)
    _mouse(pad, QEvent.Type.MouseButtonRelease, points[-1], Qt.MouseButton.NoButton)


def test_mouse_drawing_becomes_the_model_input_and_probabilities(canvas):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), nn.Flatten(), nn.Linear(256, 10))
    calls = []

    def predictor(x):
        calls.append(x)
        return predict_probabilities(model, x[None])[0]

    canvas.set_predictor(predictor)
    pad = canvas.pad
    side = min(pad.width(), pad.height())
    x0 = (pad.width() - side) / 2
    # A vertical stroke down the middle of the pad.
    _drag(pad, [(x0 + side / 2, side * 0.2), (x0 + side / 2, side * 0.5), (x0 + side / 2, side * 0.8)])
    ink = pad.ink
    assert ink[PAD_SIDE // 2, PAD_SIDE // 2] == 255 and ink[PAD_SIDE // 2, 5] == 0
    expected = to_model_input(ink, (1, 8, 8), fit_to_ink=True)
    np.testing.assert_allclose(canvas.model_input.array, expected.array)
    np.testing.assert_allclose(calls[-1], expected.array)
    # The input is a vertical bar: its middle columns are brighter than its edges.
    assert expected.array[0, :, 3:5].mean() > 4 * expected.array[0, :, :2].mean()
    probs = predict_probabilities(model, expected.array[None])[0]
    np.testing.assert_allclose(canvas.bars.opts["height"], probs, rtol=1e-6)
    assert canvas.prediction.text().startswith(str(int(np.argmax(probs))))
    thumb = canvas.thumbnail.pixmap()
    assert thumb.width() == 112 and "8×8" in canvas.steps.text()


def test_input_changed_signal_and_clear(canvas, qtbot):
    with qtbot.waitSignal(canvas.input_changed) as signal:
        canvas.pad.stroke([(50, 50), (200, 200)])
    assert signal.args[0].array.shape == (1, 8, 8) and signal.args[0].array.max() > 0.5
    canvas.clear()
    assert canvas.pad.ink.max() == 0 and canvas.model_input.array.max() == 0


def test_flat_input_and_refused_shape(canvas, qtbot):
    canvas.set_input_shape((64,))
    canvas.pad.stroke([(140, 20), (140, 260)])
    assert canvas.model_input.array.shape == (64,)
    before = canvas.model_input
    with qtbot.waitSignal(canvas.failed) as signal:
        canvas.set_input_shape((10,))
    assert "cannot be turned into an input" in signal.args[0]
    assert canvas.model_input is before and "cannot" in canvas.steps.text()


def test_set_probabilities_from_outside_highlights_the_best(canvas):
    canvas.set_class_names(["circle", "square", "triangle"])
    canvas.pad.stroke([(100, 60), (100, 220)])
    canvas.set_probabilities(np.array([0.1, 0.7, 0.2]))
    assert canvas.prediction.text() == "square  (70%)"
    brushes = canvas.bars.opts["brushes"]
    assert brushes[1].color().getRgb()[:3] == (230, 159, 0)
    assert canvas.bars_plot.getAxis("bottom")._tickLevels[0][2][1] == "triangle"


def test_an_empty_pad_predicts_nothing_until_something_is_drawn(canvas):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Flatten(), nn.Linear(64, 10))
    canvas.set_predictor(lambda x: predict_probabilities(model, x[None])[0])
    assert canvas.probabilities is None and "%" not in canvas.prediction.text()
    assert canvas.prediction.text() == "Draw to see the answer"
    assert len(canvas.bars.opts["height"]) == 0
    canvas.pad.stroke([(100, 60), (100, 220)])
    assert canvas.probabilities is not None and canvas.probabilities.shape == (10,)
    assert "%" in canvas.prediction.text() and len(canvas.bars.opts["height"]) == 10
    canvas.clear()
    assert canvas.probabilities is None and "%" not in canvas.prediction.text()
    canvas.set_probabilities(np.full(10, 0.1))  # a late answer for the ink just cleared
    assert canvas.probabilities is None
