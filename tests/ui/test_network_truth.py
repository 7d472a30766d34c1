"""Issue 12: every Network view shows the network on the canvas, or says it does not."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
import torch
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QTabBar, QTabWidget)

from nnstudio.core.decision_grid import decision_image
from nnstudio.nn.build import build_model
from nnstudio.nn.design import PRESETS, data_options, load_design
from nnstudio.nn.probe import probe_plane
from nnstudio.ui.network.training_run import RunState
from opening_weights import open_weights  # tests/ui/opening_weights.py


@pytest.fixture
def page(network_page):
    return network_page


def train(page, qtbot, epochs=None):
    qtbot.waitUntil(lambda: page.network.data_ready, timeout=10_000)
    if epochs is not None:
        page.training.epochs.setValue(epochs)
    page.run_bar.start.click()
    qtbot.waitUntil(lambda: page.network.run_state in (RunState.FINISHED, RunState.FAILED), timeout=60_000)


def labels(layout: pg.GraphicsLayoutWidget) -> list[str]:
    return [item.text for item in layout.ci.items if isinstance(item, pg.LabelItem)]


def test_opening_another_preset_leaves_no_result_of_the_old_network(page, qtbot):
    """Item 1: train mlp_xor, open perceptron_xor: no curved boundary, no 100 % left."""
    page.inside.setCurrentWidget(page.inside.decision)
    train(page, qtbot)
    assert "100.0%" in page.run_bar.status.text()
    assert len(page.inside.decision.neuron_images[0]) == 4  # mlp_xor's hidden neurons
    trained_curve = page.plots.current
    page.open_preset("perceptron_xor")
    qtbot.waitUntil(lambda: page.network.data_ready, timeout=10_000)
    assert "100.0%" not in page.run_bar.status.text() and "Not trained" in page.run_bar.state_label.text()
    qtbot.waitUntil(lambda: not page.inside.building, timeout=20_000)  # built on a worker
    # The plane is the untrained perceptron's, computed here from the model the views use.
    shown = page.inside.shown_model
    assert [type(m).__name__ for m in shown] == [type(m).__name__ for m in build_model(load_design("perceptron_xor"))]
    expected = decision_image(probe_plane(shown, page.inside.grid).probabilities)
    np.testing.assert_array_equal(page.inside.decision.plane_rgb, expected)
    assert page.inside.decision.neuron_images == [] and "No hidden layer" in page.inside.decision.caption.text()
    # The old run's curves stay only dimmed.
    assert trained_curve.curves["train_loss"].opts["pen"].color().alpha() < 255
    assert page.neurons.weights == []


def test_the_first_perceptron_gets_its_straight_line_sentence(page, qtbot):
    """Item 11: the sentence was skipped for the first perceptron of a session."""
    page.open_preset("perceptron_and")
    qtbot.waitUntil(lambda: page.network.data_ready, timeout=10_000)
    page.inside.setCurrentWidget(page.inside.decision)
    qtbot.waitUntil(lambda: "straight line" in page.inside.decision.caption.text(), timeout=20_000)


def test_the_graph_shows_the_design_being_edited(page, qtbot):
    """Item 7: delete a layer after training: the graph follows the canvas."""
    train(page, qtbot, epochs=3)
    page.inside.setCurrentWidget(page.inside.graph)
    assert any("Tanh" in t for t in page.inside.graph.box_texts)
    page.model.remove_layer(1)  # the Tanh
    assert not any("Tanh" in t for t in page.inside.graph.box_texts)  # at once: no stale graph
    qtbot.waitUntil(lambda: any("Linear" in t for t in page.inside.graph.box_texts), timeout=20_000)
    assert not any("Tanh" in t for t in page.inside.graph.box_texts)
    assert sum("Linear" in t for t in page.inside.graph.box_texts) == 2
    page.model.remove_layer(1)  # the last Linear: 4 outputs for 2 classes, invalid
    assert page.inside.graph.box_texts == []  # no earlier network drawn instead


def test_per_batch_losses_reach_the_plot_while_the_epoch_runs(page, qtbot):
    """Item 5: the batch curve grows before the first epoch has ended."""
    page.open_preset("mlp_digits")
    qtbot.waitUntil(lambda: page.network.data_ready and page.network.data.name == "digits", timeout=10_000)
    page.training.batch.setValue(1)  # 1,347 batches: an epoch of a few seconds
    page.run_bar.start.click()
    qtbot.waitUntil(lambda: page.plots.current is not None and page.plots.current.curves["batch"].getData()[0] is not None
                    and len(page.plots.current.curves["batch"].getData()[0]) > 0, timeout=30_000)
    during = len(page.plots.current.curves["batch"].getData()[0])
    assert len(page.plots.current.epochs) == 0  # no epoch has ended: these came while it ran
    page.run_bar.stop.click()
    qtbot.waitUntil(lambda: page.network.run_state is RunState.STOPPED, timeout=20_000)
    assert during > 0


def test_every_network_control_has_a_tooltip(page):
    """Item 12 (as the Filters tab already checks)."""
    missing = []
    for kind in (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit):
        for widget in page.findChildren(kind):
            if widget.isVisibleTo(page) and not widget.toolTip() and widget.objectName() != "qt_spinbox_lineedit":
                if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
                    continue  # the editor inside a spin or combo box: its box has the tip
                if isinstance(widget.parent(), QTabBar):
                    continue  # a tab bar's own scroll arrows
                missing.append(f"{type(widget).__name__}({widget.objectName()!r}, {getattr(widget, 'text', lambda: '')()!r})")
    for tabs in page.findChildren(QTabWidget):
        missing += [f"tab {tabs.tabText(i)!r}" for i in range(tabs.count()) if not tabs.tabToolTip(i)]
    assert missing == []


def test_toolbar_tooltips_say_what_each_button_does(page):
    """Item 12: five tooltips read like "en design… the last edit (Ctrl+Shift+Z)"."""
    for name in ("open_design", "save_design", "open_weights", "save_weights", "export_model"):
        button = page.findChild(QAbstractButton, name)
        assert "last edit" not in button.toolTip() and len(button.toolTip()) > 20
    assert "Ctrl+Z" in page.findChild(QAbstractButton, "undo_button").toolTip()
    assert "one pass over the training set" in page.run_bar.step.toolTip()


def test_the_test_share_says_when_train_and_test_are_the_same_points(page, qtbot):
    ratio = page.data_panel.test_ratio
    assert "same 4" in ratio.toolTip() and not ratio.isEnabled()  # mlp_xor: gate-xor
    page.open_preset("mlp_spiral")
    assert "never trains on them" in ratio.toolTip() and ratio.isEnabled()


@pytest.mark.parametrize("preset", PRESETS)
def test_a_saved_design_reopens_identical(page, qtbot, tmp_path, preset):
    """Item 13: cnn_shapes reopened with 1,500 samples instead of 3,000."""
    page.open_preset(preset)
    qtbot.waitUntil(lambda: page.network.data_ready, timeout=30_000)
    assert page.files.save_design(tmp_path / "d.json")
    saved, original = load_design(tmp_path / "d.json"), load_design(preset)
    assert saved.layers == original.layers and tuple(saved.input) == tuple(original.input)
    assert saved.training == original.training
    assert saved.dataset["name"] == original.dataset["name"]
    assert data_options(saved.dataset) == data_options(original.dataset)


def test_open_weights_into_an_untrained_design(page, qtbot, tmp_path):
    """Item 13: weights open before any training when they fit, and Train starts from them;
    a file that does not fit names the layer."""
    model = build_model(load_design("mlp_xor"), 2)
    torch.save(model.state_dict(), tmp_path / "w.pt")
    assert open_weights(page, qtbot, tmp_path / "w.pt")
    loaded, why = page.network.trained_model()
    assert why is None
    for key, value in model.state_dict().items():
        assert torch.equal(loaded.state_dict()[key], value)
    page.training.epochs.setValue(1)
    page.inside.setCurrentWidget(page.inside.decision)  # shows the opened weights' plane
    qtbot.waitUntil(lambda: not page.inside.building, timeout=20_000)
    np.testing.assert_array_equal(page.inside.decision.plane_rgb,
                                  decision_image(probe_plane(loaded, page.inside.grid).probabilities))
    wide = load_design("mlp_xor").with_layers([{"type": "Linear", "out_features": 8}, {"type": "Tanh"},
                                                {"type": "Linear", "out_features": 2}])
    torch.save(build_model(wide, 2).state_dict(), tmp_path / "wide.pt")
    assert not open_weights(page, qtbot, tmp_path / "wide.pt")
    assert "layer 1 (Linear)" in page.message.text() and "(4, 2)" in page.message.text()


def test_weights_are_read_off_the_window_s_thread(page, qtbot, tmp_path, monkeypatch):
    """Issue 11: a large weights file was built and read on the window's thread (0.8 s for
    68 MB, seconds for the largest designs the memory budget allows)."""
    import threading

    import nnstudio.nn.build as build

    torch.save(build_model(load_design("mlp_xor"), 2).state_dict(), tmp_path / "w.pt")
    threads, real = [], build.load_weights
    monkeypatch.setattr(build, "load_weights", lambda *a: (threads.append(threading.current_thread()), real(*a)))
    qtbot.waitUntil(lambda: page.network.data_ready, timeout=10_000)
    assert open_weights(page, qtbot, tmp_path / "w.pt")
    assert threads and threading.main_thread() not in threads


def test_weights_read_for_a_design_that_changed_meanwhile_are_not_adopted(page, qtbot, tmp_path, monkeypatch):
    import threading

    import nnstudio.nn.build as build

    torch.save(build_model(load_design("mlp_xor"), 2).state_dict(), tmp_path / "w.pt")
    gate, real = threading.Event(), build.load_weights
    monkeypatch.setattr(build, "load_weights", lambda *a: (gate.wait(10), real(*a)))
    qtbot.waitUntil(lambda: page.network.data_ready, timeout=10_000)
    assert page.files.open_weights(tmp_path / "w.pt")
    page.open_preset("perceptron_xor")  # while the file is being read
    with qtbot.waitSignal(page.files.weights_opened, timeout=20_000) as opened:
        gate.set()
    assert opened.args == [False] and "design changed" in page.message.text()
    assert page.network.trained_model()[0] is None  # perceptron_xor has no weights


def test_save_to_a_missing_or_read_only_folder_is_one_sentence(page, qtbot, tmp_path, monkeypatch):
    """Issue 11 item 4 (the GUI side): no exception, one sentence, nothing written."""
    train(page, qtbot, epochs=2)
    files = page.files
    for save in (files.save_weights, files.save_design, files.export_model):
        path = tmp_path / "missing" / ("m.pt" if save is not files.save_design else "d.json")
        assert not save(path)
        assert "does not exist" in page.message.text() and page.message.text().count(".") >= 1
    # A read-only folder (simulated: the tests may run as root, who may write anywhere).
    import nnstudio.core.atomic_write as atomic_write  # the one writability check every save uses

    monkeypatch.setattr(atomic_write.os, "access", lambda path, mode: False)
    assert not files.save_weights(tmp_path / "w.pt") and "read-only" in page.message.text()
    assert not (tmp_path / "w.pt").exists()
