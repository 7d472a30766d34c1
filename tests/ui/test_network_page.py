"""The Network tab driven through its widgets: design, check, train, watch."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu

from nnstudio.nn.build import build_model
from nnstudio.nn.design import load_design
from nnstudio.ui.network.palette import LAYER_MIME
from opening_weights import open_weights  # tests/ui/opening_weights.py


@pytest.fixture
def page(network_page):
    return network_page


def drop_layer(page, layer_type, row_widget_pos):
    """What a drag from the palette ends in: a drop event on the canvas's viewport."""
    mime = QMimeData()
    mime.setData(LAYER_MIME, layer_type.encode())
    return drop_mime(page, mime, row_widget_pos)


def drop_mime(page, mime, row_widget_pos):
    """Send the enter and drop events a real drag ends with (QDrag.exec cannot run offscreen:
    it waits for a windowing system's drag loop), through the canvas's own drop handling."""
    enter = QDragEnterEvent(row_widget_pos, Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page.canvas.viewport(), enter)
    assert enter.isAccepted() is True
    event = QDropEvent(QPointF(row_widget_pos), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page.canvas.viewport(), event)
    return event.isAccepted()


def plotted(page) -> int:
    """How many epochs the train-loss curve shows."""
    x, _ = page.plots.current.curves["train_loss"].getData()
    return 0 if x is None else len(x)


def train_until_done(page, qtbot, timeout=60_000):
    qtbot.waitUntil(lambda: page.network.data_ready, timeout=10_000)
    page.run_bar.start.click()
    # The state and the final redraw are two queued slots: wait for what the user sees.
    qtbot.waitUntil(lambda: page.network.run_state.value in ("finished", "failed", "stopped")
                    and plotted(page) == len(page.plots.current.epochs), timeout=timeout)


def test_palette_offers_every_layer_and_the_perceptron(page):
    names = [page.palette.item(i).text() for i in range(page.palette.count())]
    for layer in ("Linear", "Conv2d", "MaxPool2d", "AvgPool2d", "Flatten", "Dropout", "BatchNorm1d",
                  "BatchNorm2d", "ReLU", "LeakyReLU", "Sigmoid", "Tanh", "GELU", "Softmax"):
        assert layer in names
    assert "step" in page.palette.item(len(names) - 1).toolTip() and "gradient descent" in page.palette.item(len(names) - 1).toolTip()
    assert page.palette.mimeData([page.palette.item(0)]).hasFormat(LAYER_MIME)


def test_drop_edit_undo_redo(page, qtbot):
    before = page.model.design
    first = page.canvas.visualItemRect(page.canvas.item(0))
    accepted = drop_layer(page, "Dropout", QPoint(first.center().x(), first.bottom() - 2))  # lower half of block 1
    assert accepted is True
    qtbot.waitUntil(lambda: page.canvas.count() == 4)
    assert [l["type"] for l in page.model.design.layers] == ["Linear", "Dropout", "Tanh", "Linear"]
    assert page.canvas.count() == 4 and page.canvas.currentRow() == 1
    # Edit the new layer's p in the inspector.
    spin = page.inspector.fields["p"]
    spin.setValue(0.25)
    assert page.model.design.layers[1]["p"] == 0.25
    # Undo the edit, then the drop; redo both.
    page.undo_action.trigger()
    assert page.model.design.layers[1].get("p", 0.5) == 0.5
    page.undo_action.trigger()
    assert page.model.design == before and page.canvas.count() == 3
    page.redo_action.trigger()
    page.redo_action.trigger()
    assert page.model.design.layers[1] == {"type": "Dropout", "p": 0.25}


def test_blocks_show_shapes_and_parameter_counts_as_torch_counts_them(page):
    page.open_preset("lenet_digits")
    model = build_model(load_design("lenet_digits"))
    infos = [page.canvas.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.canvas.count())]
    assert [i.params for i in infos] == [sum(p.numel() for p in m.parameters()) for m in model]
    assert f"{sum(p.numel() for p in model.parameters()):,}" in page.totals.text()


def test_reorder_by_dragging_a_block(page, qtbot):
    mime = page.canvas.mimeData([page.canvas.item(2)])  # what dragging block 3 carries
    first = page.canvas.visualItemRect(page.canvas.item(0))
    assert drop_mime(page, mime, QPoint(first.center().x(), first.top() + 2)) is True  # above block 1
    qtbot.waitUntil(lambda: [l["type"] for l in page.model.design.layers] == ["Linear", "Linear", "Tanh"])
    page.undo_action.trigger()
    assert [l["type"] for l in page.model.design.layers] == ["Linear", "Tanh", "Linear"]


def test_invalid_design_is_marked_and_fixed_with_one_click(page, qtbot):
    page.open_preset("lenet_digits")
    qtbot.waitUntil(lambda: page.data_panel.data is not None and page.data_panel.data.name == "digits", timeout=10_000)
    flatten = [l["type"] for l in page.model.design.layers].index("Flatten")
    page.canvas.setCurrentRow(flatten)
    page.canvas.delete_requested.emit(flatten)
    assert not page.run_bar.start.isEnabled()
    assert "Flatten" in page.inspector.verdict.text()
    bad = page.canvas.item(flatten).data(Qt.ItemDataRole.UserRole + 1)
    assert bad and "add a Flatten" in bad
    assert page.inspector.fix.isVisibleTo(page) and "Flatten" in page.inspector.fix.text()
    page.inspector.fix.click()
    assert "Flatten" in [l["type"] for l in page.model.design.layers]
    assert page.run_bar.start.isEnabled()


def test_output_size_must_match_the_classes(page, qtbot):
    page.model.set_setting(2, "out_features", 3)
    assert "2 outputs" in page.inspector.verdict.text() and not page.run_bar.start.isEnabled()
    page.inspector.fix.click()
    assert page.model.design.layers[2]["out_features"] == 2


def test_train_mlp_xor_to_100_percent_and_the_plot_gets_points(page, qtbot):
    train_until_done(page, qtbot)
    assert page.network.run_state.value == "finished"
    run = page.plots.current
    assert len(run.epochs) == page.training.epochs.value()
    assert run.train_acc[-1] == 100.0
    x, y = run.curves["train_loss"].getData()
    assert len(x) == len(run.epochs) and y[-1] < y[0]
    assert "100.0%" in page.run_bar.status.text()
    # A second run keeps the first one on the plot, dimmed.
    train_until_done(page, qtbot)
    assert len(page.plots.runs) == 2 and page.plots.runs[0].curves["train_loss"].opts["pen"].color().alpha() < 255


def test_perceptron_on_xor_fails_visibly(page, qtbot):
    page.open_preset("perceptron_xor")
    train_until_done(page, qtbot)
    assert page.plots.current.train_acc[-1] <= 75.0


def test_pause_step_and_stop_mid_training(page, qtbot):
    page.open_preset("mlp_digits")
    qtbot.waitUntil(lambda: page.data_panel.data is not None and page.data_panel.data.name == "digits", timeout=10_000)
    page.training.epochs.setValue(1000)
    page.run_bar.start.click()
    qtbot.waitUntil(lambda: len(page.plots.current.epochs) >= 1, timeout=20_000)
    page.run_bar.pause.click()
    # "paused" comes from the thread at the epoch boundary, after that epoch's results.
    qtbot.waitUntil(lambda: page.network.run_state.value == "paused", timeout=20_000)
    assert "Resume" in page.run_bar.pause.text() and "Paused" in page.run_bar.state_label.text() and page.run_bar.step.isEnabled()
    seen = len(page.plots.current.epochs)
    page.run_bar.step.click()
    qtbot.waitUntil(lambda: page.network.run_state.value == "paused" and len(page.plots.current.epochs) == seen + 1,
                    timeout=20_000)
    assert len(page.plots.current.epochs) == seen + 1
    page.run_bar.pause.click()  # Resume
    qtbot.waitUntil(lambda: len(page.plots.current.epochs) >= seen + 2, timeout=20_000)
    page.run_bar.stop.click()  # returns at once; the thread ends after its current batch
    qtbot.waitUntil(lambda: not page.network.training_alive and page.network.run_state.value == "stopped", timeout=20_000)
    assert page.plots.current.epochs[-1] < 1000
    assert page.run_bar.start.isEnabled() and not page.run_bar.stop.isEnabled()


def test_step_one_epoch_from_scratch(page, qtbot, tmp_path):
    page.run_bar.step.click()
    qtbot.waitUntil(lambda: page.plots.current is not None and len(page.plots.current.epochs) == 1
                    and page.network.run_state.value == "paused", timeout=20_000)
    page.run_bar.reset.click()
    assert not page.plots.runs and page.network.run is None
    assert not page.files.save_weights(tmp_path / "w.pt") and "no weights" in page.message.text()


def test_divergent_training_says_so_and_the_tab_stays_usable(page, qtbot):
    page.open_preset("mlp_spiral")
    qtbot.waitUntil(lambda: page.data_panel.data is not None and page.data_panel.data.name == "spiral", timeout=10_000)
    page.training.optimizer.setCurrentIndex(page.training.optimizer.findData("sgd"))
    page.training.loss.setCurrentIndex(page.training.loss.findData("mse"))
    page.training.lr.setValue(10.0)  # the largest the panel (and any design file) allows
    train_until_done(page, qtbot)
    assert page.network.run_state.value == "failed" and "lower the learning rate" in page.message.text()
    assert page.run_bar.start.isEnabled()


def test_switching_data_sets_and_a_wrong_shape_offers_the_fix(page, qtbot):
    combo = page.data_panel.name
    combo.setCurrentIndex(combo.findData("digits"))
    combo.activated.emit(combo.currentIndex())  # what choosing it in the list sends
    qtbot.waitUntil(lambda: page.data_panel.data.name == "digits", timeout=10_000)
    assert "(1, 8, 8)" in page.inspector.verdict.text() and not page.run_bar.start.isEnabled()
    page.inspector.fix.click()
    assert tuple(page.model.design.input) == (1, 8, 8)
    assert "Flatten" in page.inspector.verdict.text()  # the next problem: Linear needs flat input


def test_bad_design_file_is_a_message_and_keeps_the_design(page, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"input": [2], "layers": [{"type": "Wobble"}]}))
    before = page.model.design
    assert page.open_design(bad)  # it opens: the unknown layer is marked, not refused
    assert "unknown layer type 'Wobble'" in page.inspector.verdict.text()
    page.undo_action.trigger()
    assert page.model.design == before
    (tmp_path / "broken.json").write_text("{")
    assert not page.open_design(tmp_path / "broken.json")
    assert "not valid JSON" in page.message.text() and page.model.design == before


def test_save_and_reopen_design_and_weights(page, qtbot, tmp_path):
    page.training.epochs.setValue(30)
    train_until_done(page, qtbot)
    assert page.files.save_design(tmp_path / "d.json") and page.files.save_weights(tmp_path / "w.pt")
    saved = load_design(tmp_path / "d.json")
    assert saved.training.epochs == 30 and saved.dataset["name"] == "gate-xor"
    state = torch.load(tmp_path / "w.pt", weights_only=True)
    for key, value in page.network.run.model.state_dict().items():
        assert torch.equal(state[key], value.cpu())
    assert open_weights(page, qtbot, tmp_path / "w.pt")
    assert not open_weights(page, qtbot, tmp_path / "d.json") and "not a weights file" in page.message.text()
    assert page.result_image() is not None and page.result_image().shape[2] in (3, 4)


def test_closing_the_window_during_training_stops_it(make_main_window, qtbot):
    window = make_main_window()
    window.select_tab("network")
    page = window.current_page()
    qtbot.waitUntil(lambda: page.data_panel.data is not None, timeout=10_000)
    page.training.epochs.setValue(100000)
    page.run_bar.start.click()
    qtbot.waitUntil(lambda: page.plots.current is not None and len(page.plots.current.epochs) > 0, timeout=10_000)
    window.close()
    assert not page.network.training_alive


def test_neuron_view_follows_the_weights_of_a_small_network(page, qtbot):
    assert page.neurons.widths == [2, 4, 2]
    page.training.epochs.setValue(5)
    train_until_done(page, qtbot)
    weights = page.neurons.weights
    model = page.network.run.model
    np.testing.assert_allclose(weights[0].weight, model[0].weight.detach().cpu().numpy())
    np.testing.assert_allclose(weights[0].bias, model[0].bias.detach().cpu().numpy())
    np.testing.assert_allclose(weights[1].weight, model[2].weight.detach().cpu().numpy())
    page.neurons.grab()  # paints without error
    page.open_preset("lenet_digits")
    assert page.neurons.widths is None


def test_export_model_as_torchscript_and_script(page, qtbot, tmp_path):
    assert not page.files.export_model(tmp_path / "m.pt") and "no weights" in page.message.text()
    page.training.epochs.setValue(20)
    train_until_done(page, qtbot)
    assert page.files.export_model(tmp_path / "m.pt")
    scripted = torch.jit.load(str(tmp_path / "m.pt"))
    x = torch.tensor([[0.0, 1.0], [1.0, 1.0]])
    model = page.network.run.model.cpu().eval()
    torch.testing.assert_close(scripted(x), model(x))
    assert page.files.export_model(tmp_path / "train.py")
    assert "import torch" in (tmp_path / "train.py").read_text() and (tmp_path / "train_data.npz").exists()
    assert not page.files.export_model(tmp_path / "m.txt") and ".onnx, .pt or .py" in page.message.text()


def test_untrained_network_shows_its_maps_and_graph(page, qtbot):
    from nnstudio.nn.activations import capture_activations

    page.open_preset("lenet_digits")
    qtbot.waitUntil(lambda: page.data_panel.data is not None and page.data_panel.data.name == "digits", timeout=10_000)
    page.inside.setCurrentIndex(page.inside.indexOf(page.inside.graph))
    # Built on a worker, the window's thread free meanwhile: drawn when it is ready.
    qtbot.waitUntil(lambda: any("Conv2d" in t for t in page.inside.graph.box_texts), timeout=20_000)
    page.inside.setCurrentIndex(1)  # Activations, before any training
    qtbot.waitUntil(lambda: not page.inside.building, timeout=20_000)
    assert "Untrained" in page.inside.activation_note.text()
    shown = page.inside.activations._captures
    expected = capture_activations(page.inside._untrained, page.data_panel.data.x_test[:1])
    assert len(shown) == len(expected) == 9
    np.testing.assert_allclose(shown[-1].output, expected[-1].output, rtol=1e-5)


def test_file_menu_opens_a_preset_and_shows_the_tab(page, qtbot):
    window = page.window()
    window.select_tab("pixels")
    designs = window.findChild(QMenu, "menu_designs")
    action = next(a for a in designs.actions() if a.text() == "cnn_shapes")
    action.trigger()
    assert page.model.design.name == "cnn_shapes" and window.current_page() is page


def test_a_drawing_feeds_the_activation_maps(page, qtbot):
    from nnstudio.nn.activations import capture_activations

    page.open_preset("lenet_digits")
    qtbot.waitUntil(lambda: page.data_panel.data is not None and page.data_panel.data.name == "digits", timeout=10_000)
    assert not page.inside.use_drawing()  # nothing drawn yet
    page.inside.setCurrentIndex(page.inside.indexOf(page.inside.draw))
    page.inside.draw.pad.stroke([(70, 60), (210, 60), (150, 140), (115, 225)])
    qtbot.waitUntil(lambda: page.inside.draw.model_input is not None)
    page.inside.setCurrentIndex(1)
    assert page.inside.use_drawing() and "your drawing" in page.inside.probe_steps.text()
    qtbot.waitUntil(lambda: not page.inside.building, timeout=20_000)  # drawn from the builder's result
    expected = capture_activations(page.inside._untrained, page.inside.draw.model_input.array[None])
    np.testing.assert_allclose(page.inside.activations._captures[-1].output, expected[-1].output, rtol=1e-5)
    assert page.network.view_wishes.probe_input is page.inside.draw.model_input.array
