"""The run bar's figures: an epoch's time as measured, even under a millisecond."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from nnstudio.nn.design import load_design
from nnstudio.nn.train import EpochResult, design_data
from nnstudio.ui.app import create_application
from nnstudio.ui.language import language_installed
from nnstudio.ui.network.document import NetworkDocument
from nnstudio.ui.network.run_bar import RunBar
from nnstudio.ui.network.training_run import RunState


@pytest.fixture
def bar(qtbot):
    create_application()
    doc = NetworkDocument(load_design("mlp_xor"))
    doc.set_data(design_data(doc.design))
    doc.set_config(replace(doc.config, device="cpu", epochs=3))
    widget = RunBar(doc)
    qtbot.addWidget(widget)
    yield widget
    doc.shutdown()


def epoch(seconds: float) -> EpochResult:
    return EpochResult(epoch=1, train_loss=0.5, train_acc=0.75, test_loss=0.5, test_acc=0.75, seconds=seconds,
                       samples_per_s=4 / seconds, batch_losses=np.zeros(1), device="cpu")


@pytest.mark.parametrize("seconds, shown", [(0.0004, "0.4 ms per epoch"), (0.00003, "under 0.1 ms per epoch"),
                                            (0.0042, "4.2 ms per epoch"), (0.0371, "37 ms per epoch"),
                                            (4.171, "4.2 s per epoch"), (12.34, "12.3 s per epoch")])
def test_an_epoch_time_is_shown_as_measured(bar, seconds, shown):
    bar.document.epoch_finished.emit(epoch(seconds))
    assert shown in bar.status.text()


def test_figures_change_at_most_as_often_as_the_curves_redraw(bar, qtbot):
    """A small network trains ten epochs or more a second: the bar shows the first at once,
    then the newest when the redraw interval has passed, never every one."""
    shown = []
    for n in range(1, 11):
        bar.document.epoch_finished.emit(replace(epoch(0.01), epoch=n))
        shown.append(bar.status.text())
    assert shown[0].startswith("Epoch 1/") and all(text == shown[0] for text in shown)
    qtbot.waitUntil(lambda: bar.status.text().startswith("Epoch 10/"), timeout=5_000)


def test_sub_millisecond_times_in_korean(bar):
    with language_installed("ko"):
        assert bar.duration(0.0004) == "0.4 ms"
        assert bar.duration(0.00003) not in ("under 0.1 ms", "0 ms")
        assert "0.1" in bar.duration(0.00003) and "미만" in bar.duration(0.00003)


def test_a_real_xor_epoch_is_not_called_zero_ms(bar, qtbot):
    """mlp_xor trains 4 points: its epochs take well under a millisecond on most machines."""
    results = []
    bar.document.epoch_finished.connect(results.append)
    assert bar.document.train()
    qtbot.waitUntil(lambda: bar.document.run_state is RunState.FINISHED, timeout=30_000)
    text = bar.status.text()
    assert " 0 ms" not in text
    assert f"{bar.duration(results[-1].seconds)} per epoch" in text


def test_the_bar_keeps_its_height_when_a_run_starts(network_page, qtbot):
    """An epoch's figures take two lines and "Training on cpu…" one: the bar must not change
    height between them, or the whole tab below it moves and repaints as every run starts."""
    bar = network_page.run_bar
    status = bar.status
    status.setText("Epoch 12/12: loss 0.6917, accuracy 53.9%; test loss 0.6940, test accuracy 50.0%. "
                   "21 ms per epoch, 37,412 samples/s on cpu.")
    label = status.label
    qtbot.waitUntil(lambda: label.heightForWidth(label.width()) <= label.height(), timeout=5_000)
    two_lines = bar.height()
    assert label.heightForWidth(label.width()) > label.fontMetrics().lineSpacing() * 1.5  # it does wrap
    status.setText("Training on cpu…")
    QApplication.processEvents()
    QApplication.processEvents()
    assert bar.height() == two_lines


def test_new_figures_do_not_lay_out_the_window_again(network_page, qtbot):
    """A QLabel in a layout asks the whole window to lay out again at every setText (every
    widget's size computed again and repainted), two or three times an epoch while training.
    New figures of as many lines ask for nothing; the text still fits and shows."""
    from PySide6.QtCore import QEvent, QObject

    class Requests(QObject):
        count = 0

        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.LayoutRequest:
                self.count += 1
            return False

    status = network_page.run_bar.status
    figures = ("Epoch {n}/40: loss 0.{n}917, accuracy 53.9%; test loss 0.6940, test accuracy 50.0%. "
               "21 ms per epoch, 37,412 samples/s on cpu.")
    status.setText(figures.format(n=10))
    qtbot.waitUntil(lambda: status.label.heightForWidth(status.label.width()) <= status.label.height(), timeout=5_000)
    QApplication.processEvents()
    requests = Requests()
    for widget in (network_page.run_bar, network_page):
        widget.installEventFilter(requests)
    for n in range(11, 20):
        status.setText(figures.format(n=n))
        QApplication.processEvents()
    assert requests.count == 0
    assert status.text() == figures.format(n=19) and status.label.text() == status.text()
    assert status.label.heightForWidth(status.label.width()) <= status.label.height()  # it fits
