"""Overfitting is named on the Loss & accuracy plots for overfit_mlp, at the epoch of the
run's lowest test loss, with its train/test accuracy gap; not for overfit_mlp_l2."""

from __future__ import annotations

import numpy as np

from nnstudio.ui.network.training_run import RunState


def train(page, qtbot, preset):
    page.open_preset(preset)
    qtbot.waitUntil(lambda: page.network.data_ready and page.network.data.name == "circle", timeout=10_000)
    page.run_bar.start.click()
    qtbot.waitUntil(lambda: page.network.run_state in (RunState.FINISHED, RunState.FAILED), timeout=120_000)
    assert page.network.run_state is RunState.FINISHED
    page.plots.redraw()


def test_overfitting_is_marked_and_named(network_page, qtbot):
    page = network_page
    received = []
    page.network.epoch_finished.connect(received.append)
    train(page, qtbot, "overfit_mlp")
    marker = page.plots.overfit
    test_loss = np.array([r.test_loss for r in received])
    best = int(np.argmin(test_loss))
    assert marker.found is not None and marker.found.epoch == received[best].epoch
    assert all(line.isVisible() and line.value() == received[best].epoch for line in marker.lines)
    last = received[-1]
    assert last.test_loss > test_loss[best] and last.train_loss < received[best].train_loss
    note = marker.label.text()
    assert marker.label.isVisible() and "Overfitting from epoch {}".format(received[best].epoch) in note
    assert f"{last.train_acc:.1%}" in note and f"{last.test_acc:.1%}" in note
    assert f"{100 * (last.train_acc - last.test_acc):.1f} points" in note
    assert last.train_acc - last.test_acc >= 0.15
    # A new run puts it aside: no marker over a run it does not belong to.
    page.network.reset()
    page.plots.redraw()
    assert not marker.label.isVisible()


def test_weight_decay_run_is_not_called_overfitting(network_page, qtbot):
    page = network_page
    train(page, qtbot, "overfit_mlp_l2")
    assert page.plots.overfit.found is None and not page.plots.overfit.label.isVisible()
