"""A number to predict (regression) in the window: the run's figures, the heat map, Predicted vs
true, Evaluate, the task switch as one undoable edit, and export."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from nnstudio.core.feature_maps import colorize
from nnstudio.nn.design import load_design
from nnstudio.ui.network.decision_view import VALUE_MAP
from nnstudio.ui.network.training_run import RunState


def _train(page, qtbot, preset: str, epochs: int) -> None:
    document = page.network
    page.open_preset(preset)
    page.training.epochs.setValue(epochs)
    qtbot.waitUntil(lambda: document.data_ready and document.data.name == load_design(preset).dataset["name"]
                    and document.problem() is None, timeout=10_000)
    assert document.train()
    qtbot.waitUntil(lambda: document.run_state is RunState.FINISHED and not document.training_alive, timeout=60_000)


def _predicted(model, x: np.ndarray) -> torch.Tensor:
    with torch.no_grad():
        return model(torch.from_numpy(np.array(x, dtype=np.float32)))[:, 0]


def test_a_regression_run_reports_mse_and_r2_and_draws_the_predicted_number(network_page, qtbot):
    page = network_page
    _train(page, qtbot, "mlp_xor", 2)  # classes first: Evaluate then holds a confusion matrix
    assert page.inside.tabText(page.inside.indexOf(page.plots)) == "Loss && accuracy"
    page.inside.setCurrentWidget(page.inside.confusion)
    qtbot.waitUntil(lambda: page.inside.confusion.matrix is not None, timeout=10_000)
    _train(page, qtbot, "mlp_regress", 8)
    document, inside, data = page.network, page.inside, page.network.data
    last = document.run.results[-1]
    assert data.task == "regress" and last.task == "regress"
    model = inside.latest.model  # the views' copy of the trained network, taken after the last epoch
    assert inside.latest.epoch == last.epoch
    predicted = _predicted(model, data.x_test)
    target = torch.from_numpy(data.y_test.astype(np.float32))
    assert last.test_mse == pytest.approx(float(F.mse_loss(predicted, target)), rel=1e-4)
    # The run bar: MSE and R², no accuracy.
    status = page.run_bar.status.text()
    assert "R²" in status and "MSE" in status and "accuracy" not in status
    assert f"{last.test_mse:.4g}" in status
    # The lower plot holds R² (not a percentage), and no overfitting is named.
    assert page.plots.current.task == "regress"
    assert page.plots.current.test_acc[-1] == pytest.approx(last.test_acc)
    assert "R²" in page.plots.acc.titleLabel.text and page.plots.overfit.found is None
    assert page.inside.tabText(page.inside.indexOf(page.plots)) == "Loss && R²"  # the tab says so too

    # Predicted vs true: R² by its definition on the model's own predictions.
    inside.setCurrentWidget(inside.prediction)
    qtbot.waitUntil(lambda: inside.prediction.r2 is not None, timeout=5_000)
    p, y = predicted.numpy().astype(np.float64), data.y_test.astype(np.float64)
    r2 = 1 - np.sum((y - p) ** 2) / np.sum((y - y.mean()) ** 2)
    assert inside.prediction.r2 == pytest.approx(r2, rel=1e-4) and last.test_acc == pytest.approx(r2, rel=1e-4)
    assert f"{r2:.4f}" in inside.prediction.caption.text()
    xs, ys = inside.prediction.points.getData()
    np.testing.assert_allclose(ys, p, rtol=1e-5, atol=1e-6)

    # Decision: the plane is the model on the grid, coloured on the targets' scale.
    inside.setCurrentWidget(inside.decision)
    grid = inside.grid
    on_grid = _predicted(model, grid.network_inputs).numpy().reshape(grid.shape)
    np.testing.assert_allclose(inside.latest.probe.values, on_grid, rtol=1e-5, atol=1e-6)
    qtbot.waitUntil(lambda: inside.decision not in inside._stale, timeout=5_000)
    np.testing.assert_array_equal(inside.decision.plane_rgb, colorize(on_grid, *data.target_range(), VALUE_MAP))
    assert inside.decision.value_bar.levels() == pytest.approx(data.target_range())

    # Evaluate: one sentence, and the earlier run's matrix is gone.
    inside.setCurrentWidget(inside.confusion)
    assert inside.confusion.matrix is None and "classes" in inside.confusion.summary.text()
    assert inside.confusion.image.image is None and not inside.confusion.plot.isVisible()


def test_predicted_vs_true_shows_the_network_on_the_canvas_after_a_preset_change(network_page, qtbot, tmp_path):
    page = network_page
    _train(page, qtbot, "mlp_regress", 3)
    inside = page.inside
    trained_r2 = page.network.run.results[-1].test_acc
    page.open_preset("mlp_xor")
    qtbot.waitUntil(lambda: page.network.data_ready and page.network.data.task == "classify", timeout=10_000)
    assert not inside.isTabEnabled(inside.indexOf(inside.prediction))
    page.open_preset("mlp_regress")
    qtbot.waitUntil(lambda: page.network.data_ready and page.network.data.task == "regress", timeout=10_000)
    inside.setCurrentWidget(inside.prediction)
    qtbot.waitUntil(lambda: inside.prediction.r2 is not None, timeout=10_000)
    # The untrained network's answers, not the trained run's.
    assert "untrained" in inside.prediction.caption.text()
    p = _predicted(inside.shown_model, page.network.data.x_test).numpy()
    np.testing.assert_allclose(inside.prediction.points.getData()[1], p, rtol=1e-5, atol=1e-6)
    assert inside.prediction.r2 != pytest.approx(trained_r2)
    # Export PNG works as for the other views.
    written = inside.export_current(tmp_path / "predicted.png")
    assert written.exists() and written.stat().st_size > 1000


def _number_table(path):
    """120 rows: two features and a label of three numbers (0, 1, 2): classes or a quantity."""
    rng = np.random.default_rng(0)
    x = rng.normal(size=(120, 2))
    label = (x[:, 0] > 0).astype(int) + (x[:, 1] > 0.5).astype(int)
    lines = ["a,b,level"] + [f"{a:.3f},{b:.3f},{c}" for (a, b), c in zip(x, label)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_switching_classes_to_a_number_is_one_undoable_edit(network_page, qtbot, tmp_path):
    page = network_page
    document, panel = page.network, page.data_panel
    path = _number_table(tmp_path / "levels.csv")
    panel.use_table({"name": "table-file", "file": str(path),
                     "extra": {"label": "level", "features": ["a", "b"], "task": "auto"}})
    qtbot.waitUntil(lambda: document.data_ready and document.data.name == "levels.csv"
                    and document.model.analysis.output_shape == (3,), timeout=10_000)
    assert document.data.task == "classify" and panel.task.isVisible()  # three values: classes
    assert document.config.loss == "cross_entropy"
    panel.task.setCurrentIndex(panel.task.findData("regress"))
    panel.task.activated.emit(panel.task.currentIndex())
    qtbot.waitUntil(lambda: document.data_ready and document.data.task == "regress"
                    and document.model.analysis.output_shape == (1,), timeout=10_000)
    assert document.config.loss == "mse" and page.training.loss.currentData() == "mse"
    assert document.problem() is None
    page.undo_action.trigger()  # Ctrl+Z: the outputs, the loss and the task together
    qtbot.waitUntil(lambda: document.data_ready and document.data.task == "classify", timeout=10_000)
    assert document.model.analysis.output_shape == (3,) and document.config.loss == "cross_entropy"
    assert page.training.loss.currentData() == "cross_entropy" and panel.task.currentData() == "auto"
    assert document.problem() is None
    page.redo_action.trigger()
    qtbot.waitUntil(lambda: document.data_ready and document.data.task == "regress", timeout=10_000)
    assert document.model.analysis.output_shape == (1,) and document.config.loss == "mse"


def test_export_of_a_regression_design(network_page, qtbot, tmp_path):
    page = network_page
    _train(page, qtbot, "mlp_regress", 1)
    assert not page.files.export_model(tmp_path / "train.py")  # the script is for classes
    assert "ONNX" in page.message.text() and "⚠" in page.message.text()
    assert not (tmp_path / "train.py").exists()
    assert page.files.export_model(tmp_path / "net.pt")  # TorchScript of the trained network
    loaded = torch.jit.load(str(tmp_path / "net.pt"))
    x = page.network.data.x_test[:5]
    torch.testing.assert_close(loaded(torch.from_numpy(x))[:, 0], _predicted(page.network.run.model.cpu(), x))


def test_points_take_their_target_colour_on_the_planes_scale(shown):
    from nnstudio.core.feature_maps import colormap_lut
    from nnstudio.ui.network.decision_view import DecisionView

    view = shown(DecisionView, 600, 400)
    points = np.array([[0, 0], [1, 0], [0, 1]], np.float32)
    values = np.array([-2.0, 2.0, 0.0])
    view.set_points(points, values, (-2.0, 2.0))
    colours = [p.brush().color().getRgb()[:3] for p in view.points.points()]
    lut = colormap_lut(VALUE_MAP)
    # The ends of the scale are the ends of the map; the middle is the map's middle shade.
    assert colours[0] == tuple(int(v) for v in lut[0]) and colours[1] == tuple(int(v) for v in lut[255])
    middle = colorize(np.array([0.0]), -2.0, 2.0, VALUE_MAP)[0]
    assert np.abs(np.array(colours[2]) - middle.astype(int)).max() <= 12  # one of 64 shades


def test_onnx_of_a_trained_regression_network_answers_as_torch_does(network_page, qtbot, tmp_path):
    from nnstudio.nn.export import onnx_max_difference

    page = network_page
    _train(page, qtbot, "mlp_regress", 1)
    assert page.files.export_model(tmp_path / "net.onnx")
    model = page.network.run.model.cpu().eval()
    assert onnx_max_difference(model, tmp_path / "net.onnx", page.network.data.x_test[:20]) < 1e-5
