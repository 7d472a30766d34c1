import numpy as np
import pytest
import torch
from PySide6.QtCore import Qt
from torch import nn

from nnstudio.core.feature_maps import tile_maps
from nnstudio.nn.gradients import GradientNorms, measure_gradient_norms
from nnstudio.nn.weights import conv_kernels, weight_histograms
from nnstudio.ui.network.gradient_plot import GradientPlot
from nnstudio.ui.network.weights_view import KERNEL_GAP_RGB, WeightsView


def legend_texts(legend):
    return [label.text for _, label in legend.items]


@pytest.fixture
def make(shown):
    return lambda cls: shown(cls, 600, 500)


def _norms(values):
    """Norms of the Linear layers of Linear, act, Linear, act, ..., Linear."""
    n = len(values)
    return GradientNorms(tuple(f"{2 * i + 1}: Linear" for i in range(n)), np.array(values, dtype=float),
                         tuple(2 * i for i in range(n)), 2 * n - 1)


def test_gradient_plot_draws_one_log_curve_per_layer(make, tmp_path):
    plot = make(GradientPlot)
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(2, 8), nn.Sigmoid(), nn.Linear(8, 8), nn.Sigmoid(), nn.Linear(8, 2))
    x = np.random.default_rng(0).normal(size=(32, 2)).astype(np.float32)
    y = (x[:, 0] > 0).astype(np.int64)
    recorded = [measure_gradient_norms(model, x, y) for _ in range(3)]
    for epoch, norms in enumerate(recorded, start=1):
        plot.add_epoch(epoch, norms)
    assert list(plot.curves) == ["1: Linear", "3: Linear", "5: Linear"]
    xs, ys = plot.curves["3: Linear"].getData()
    np.testing.assert_array_equal(xs, [1, 2, 3])
    # The curve holds log10 of the norms: the plot is in log mode.
    np.testing.assert_allclose(ys, np.log10([n.norms[1] for n in recorded]))
    assert plot.plot.getPlotItem().ctrl.logYCheck.isChecked()
    assert plot.export_png(tmp_path / "grad.png").stat().st_size > 1000


def test_earlier_run_stays_dashed_for_comparison(make):
    plot = make(GradientPlot)
    plot.start_run("sigmoid")
    plot.add_epoch(1, _norms([1e-6, 1e-2]))
    plot.add_epoch(2, _norms([2e-6, 1e-2]))
    old = plot.curves["1: Linear"]
    plot.start_run("ReLU")
    plot.add_epoch(1, _norms([1e-2, 1e-1]))
    assert plot.curves["1: Linear"] is not old and old in plot.plot.getPlotItem().items
    assert old.opts["pen"].style() == Qt.PenStyle.DashLine
    np.testing.assert_allclose(old.getData()[1], np.log10([1e-6, 2e-6]))
    assert plot.earlier_runs == ["sigmoid"] and legend_texts(plot.legend) == ["sigmoid", "ReLU"]
    label = plot.labels["3: Linear"]
    assert label.pos().y() == pytest.approx(-1) and label.textItem.toPlainText() == "3: Linear"
    plot.clear()
    assert old not in plot.plot.getPlotItem().items and plot.curves == {}


def test_gradient_plot_skips_zero_norms_and_restarts_for_another_network(make):
    plot = make(GradientPlot)
    plot.add_epoch(1, _norms([0.0, 1.0]))
    assert len(plot.curves["1: Linear"].getData()[0] or []) == 0
    plot.add_epoch(1, _norms([1.0, 2.0, 3.0]))
    assert len(plot.curves) == 3 and len(plot.curves["1: Linear"].getData()[0]) == 1


def test_a_diverging_run_s_inf_and_nan_norms_stay_off_the_log_plot(make):
    # log10(inf) made the range fit ask pyqtgraph for an infinite view, which raised (and
    # a curve holding inf made every later redraw of the view a slow one).
    plot = make(GradientPlot)
    for epoch, values in enumerate([[1e-3, 0.5], [np.inf, 0.5], [np.nan, np.inf], [2e-3, 0.25]], start=1):
        plot.add_epoch(epoch, _norms(values))
    xs, ys = plot.curves["1: Linear"].getData()
    assert list(xs) == [1, 4] and np.allclose(10 ** np.asarray(ys, float), [1e-3, 2e-3])
    (x_low, x_high), (y_low, y_high) = plot.plot.getViewBox().viewRange()
    assert np.isfinite([x_low, x_high, y_low, y_high]).all()
    assert y_low <= np.log10(1e-3) and y_high >= np.log10(0.5)


def test_weights_view_shows_kernels_per_input_channel(make, tmp_path):
    view = make(WeightsView)
    torch.manual_seed(0)
    model = nn.Sequential(nn.Conv2d(3, 4, 3), nn.ReLU(), nn.Conv2d(4, 2, 3))
    kernels = conv_kernels(model)
    view.show_kernels(kernels, "1: Conv2d")
    expected = tile_maps(kernels[:, 0], scale="symmetric", cmap="diverging", background=KERNEL_GAP_RGB).rgb
    np.testing.assert_array_equal(view.kernel_image.image, expected)
    assert view.channel_box.count() == 3 and "4 kernels of 3×3" in view.kernel_title.text()
    view.set_input_channel(2)
    np.testing.assert_array_equal(view.kernel_image.image, tile_maps(kernels[:, 2], scale="symmetric", cmap="diverging", background=KERNEL_GAP_RGB).rgb)
    assert view.export_kernels_png(tmp_path / "k.png").stat().st_size > 100
    view.show_kernels(None)
    assert view.kernel_tiling is None and "No convolution" in view.kernel_title.text()


def test_weights_view_histograms_follow_numpy_and_keep_history(make):
    view = make(WeightsView)
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3))
    view.add_histograms(0, weight_histograms(model, bins=10))
    with torch.no_grad():
        model[0].weight.mul_(3)
    view.add_histograms(1, weight_histograms(model, bins=10))
    assert [view.layer_box.itemText(i) for i in range(2)] == ["1: Linear", "3: Linear"]
    assert len(view.hist_curves) == 2
    xs, ys = view.hist_curves[0].getData()
    counts, edges = np.histogram(model[0].weight.detach().double().numpy().ravel(), bins=10)
    np.testing.assert_array_equal(ys, counts)
    np.testing.assert_allclose(xs, edges)
    view.layer_box.setCurrentIndex(1)
    _, ys = view.hist_curves[0].getData()
    assert ys.sum() == model[2].weight.numel()


def test_gradient_runs_are_named_cleared_and_the_x_axis_fits_the_current_run(make):
    plot = make(GradientPlot)
    plot.start_run("deep_sigmoid_spiral", "SGD, lr 0.05, batch 32")
    for epoch in range(1, 201):
        plot.add_epoch(epoch, _norms([1e-6, 1e-1]))
    assert not plot.clear_button.isEnabled()
    plot.start_run("deep_relu_spiral", "SGD, lr 0.05, batch 32")
    for epoch in range(1, 11):
        plot.add_epoch(epoch, _norms([1e-1, 1e-1]))
    assert legend_texts(plot.legend) == ["deep_sigmoid_spiral · SGD, lr 0.05, batch 32",
                                         "deep_relu_spiral · SGD, lr 0.05, batch 32"]
    (x0, x1), (y0, y1) = plot.plot.getViewBox().viewRange()
    assert x1 < 20  # fits the 10 epochs of this run, not the 200 of the one before
    assert y0 < -6 < -1 < y1  # but every run's values stay in view: the comparison
    assert plot.clear_button.isEnabled()
    plot.clear_button.click()
    assert plot.earlier_runs == [] and legend_texts(plot.legend) == ["deep_relu_spiral · SGD, lr 0.05, batch 32"]
    assert len(plot.curves) == 2 and not plot.clear_button.isEnabled()


def test_end_labels_never_overlap(make):
    plot = make(GradientPlot)
    for epoch in range(1, 4):  # seven layers ending within 1 % of each other
        plot.add_epoch(epoch, _norms([0.100, 0.1001, 0.1002, 0.1003, 0.1004, 0.1005, 0.1006]))
    rects = [label.sceneBoundingRect() for label in plot.labels.values()]
    assert len(rects) == 7
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.intersects(b)


def test_each_layer_has_its_own_colour_from_its_position(make):
    from nnstudio.ui.network.layer_colours import layer_colour

    plot = make(GradientPlot)
    plot.add_epoch(1, _norms([1.0, 2.0, 3.0]))  # layers 0, 2, 4 of 5
    colours = [plot.curves[n].opts["pen"].color().name() for n in ("1: Linear", "3: Linear", "5: Linear")]
    assert colours == [layer_colour(i, 5).name() for i in (0, 2, 4)] and len(set(colours)) == 3


def test_a_long_run_draws_its_gradient_curves_without_epoch_markers(qtbot):
    """Markers while a curve is short; past MARKERS_UP_TO points only the line (a thousand
    markers a layer made each redraw of a long run dearer), drawn as segments."""
    from nnstudio.nn.gradients import GradientNorms
    from nnstudio.ui.network.gradient_plot import MARKERS_UP_TO, GradientPlot

    plot = GradientPlot()
    qtbot.addWidget(plot)
    names = ("1: Linear", "3: Linear")
    for epoch in range(1, 11):
        plot.add_epoch(epoch, GradientNorms(names, np.array([1e-3, 1.0]) * epoch, (0, 2), 3))
    assert all(curve.opts["symbol"] == "o" for curve in plot.curves.values())
    for epoch in range(11, MARKERS_UP_TO + 20):
        plot.add_epoch(epoch, GradientNorms(names, np.array([1e-3, 1.0]) * epoch, (0, 2), 3))
    assert all(curve.opts["symbol"] is None for curve in plot.curves.values())
    assert all(curve.curve.opts["segmentedLineMode"] == "on" for curve in plot.curves.values())
    x, y = plot.curves["3: Linear"].getData()
    assert 10 ** y[-1] == pytest.approx(MARKERS_UP_TO + 19)  # the last epoch still on the (log) line


def test_end_labels_fit_when_the_plot_is_first_shown_after_training(behind_a_tab):
    """Trained while another inside view was on screen, then shown: no end label is cut at
    the right edge ("13: Linea" was)."""
    from PySide6.QtWidgets import QApplication

    plot = GradientPlot()
    tabs = behind_a_tab(plot, 420, 520)
    names = tuple(f"{i}: Linear" for i in (1, 3, 5, 7, 9, 11, 13))
    for epoch in (1, 4, 15, 27, 40):
        plot.add_epoch(epoch, GradientNorms(names, np.geomspace(1e-6, 1, 7), tuple(range(0, 13, 2)), 13))
    tabs.setCurrentWidget(plot)
    QApplication.processEvents()
    box = plot.plot.getViewBox()
    right = box.mapSceneToView(box.sceneBoundingRect().topRight()).x()
    for label in plot.labels.values():
        assert label.mapRectToView(label.boundingRect()).right() <= right
