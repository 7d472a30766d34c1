"""The loss and accuracy plots: a named legend entry per run, "Clear runs", axes that fit the
current run, earlier runs dimmed, and a history whose size and redraw cost stay bounded."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nnstudio.nn.design import TrainingConfig
from nnstudio.nn.gradients import GradientNorms
from nnstudio.nn.train import EpochResult
from nnstudio.ui.language import language_installed
from nnstudio.ui.network.gradient_plot import GradientPlot
from nnstudio.ui.network.curve_history import CurveHistory, SmoothedHistory
from nnstudio.ui.network.plots import TrainingPlots, smooth
from nnstudio.ui.network.run_legend import run_label, run_settings

from text_fit import cut_texts  # tests/ui/text_fit.py (pytest puts tests/ui on the path)


def result(epoch: int, loss: float = 1.0, acc: float = 0.5, batches: int = 4) -> EpochResult:
    return EpochResult(epoch, loss, acc, loss * 1.1, acc, 0.01, 1000.0,
                       np.full(batches, loss, np.float32), "cpu")


def legend_texts(plots: TrainingPlots) -> list[str]:
    return [label.text for _, label in plots.legend.items]


def feed(plots: TrainingPlots, epochs: int, loss: float = 1.0) -> None:
    for epoch in range(1, epochs + 1):
        plots.add(result(epoch, loss / epoch))
    plots.redraw()


def test_each_run_has_a_legend_entry_with_its_settings(shown):
    plots = shown(TrainingPlots, 700, 600)
    settings = run_settings(TrainingConfig(optimizer="adam", lr=0.05, batch_size=4))
    assert settings == "Adam, lr 0.05, batch 4"
    plots.new_run("mlp_xor #1", settings=settings)
    feed(plots, 5)
    plots.new_run("mlp_spiral #2", settings=run_settings(TrainingConfig(optimizer="sgd", lr=0.1, batch_size=32)))
    feed(plots, 5)
    assert legend_texts(plots) == ["mlp_xor #1 · Adam, lr 0.05, batch 4", "mlp_spiral #2 · SGD, lr 0.1, batch 32"]


def test_earlier_runs_are_dimmed_each_in_its_own_dash(shown):
    plots = shown(TrainingPlots, 700, 600)
    for n in range(3):
        plots.new_run(f"run {n}")
        feed(plots, 3)
    pens = [run.curves["train_loss"].opts["pen"] for run in plots.runs]
    assert pens[-1].style() == Qt.PenStyle.SolidLine and pens[-1].color().alpha() == 255
    assert all(p.color().alpha() < 255 for p in pens[:-1])
    assert pens[0].style() != pens[1].style() and Qt.PenStyle.SolidLine not in (pens[0].style(), pens[1].style())


def test_axes_fit_the_current_run_not_the_longest(shown, qtbot):
    plots = shown(TrainingPlots, 700, 600)
    plots.new_run("long")
    feed(plots, 240, loss=50.0)
    plots.new_run("short")
    feed(plots, 40, loss=0.5)

    def x_max(plot):
        plot.getViewBox().updateAutoRange()
        return plot.getViewBox().viewRange()[0][1]

    qtbot.waitUntil(lambda: x_max(plots.loss) < 45 and x_max(plots.acc) < 45)
    assert x_max(plots.loss) >= 40
    assert plots.loss.getViewBox().viewRange()[1][1] < 5  # the earlier run's loss of 50 is not counted


def test_a_run_of_known_length_spans_the_x_axis_from_its_first_epoch(shown, qtbot):
    """The curves grow into a frame that stays: the x axes hold the planned epochs from the
    start (and are not fitted and drawn again at every redraw), after a longer run too."""
    plots = shown(TrainingPlots, 700, 600)
    plots.new_run("long", epochs=240)
    feed(plots, 240, loss=50.0)
    plots.new_run("planned", epochs=30)
    ranges = []
    for epoch in range(1, 31):
        plots.add(result(epoch, 0.5 / epoch))
        plots.redraw()
        QApplication.processEvents()
        ranges.append([tuple(p.getViewBox().viewRange()[0]) for p in (plots.loss, plots.acc)])
    for x_range in ranges[0]:
        assert x_range[0] <= 0.5 and 30 <= x_range[1] < 32  # the whole run, from epoch 1
    assert all(r == ranges[0] for r in ranges)  # and it stays
    assert plots.loss.getViewBox().viewRange()[1][1] < 5  # y still fits this run's loss


def test_clear_runs_removes_the_earlier_runs_and_keeps_the_current(shown):
    plots = shown(TrainingPlots, 700, 600)
    plots.new_run("first")
    feed(plots, 3)
    assert not plots.clear_button.isEnabled()
    plots.new_run("second")
    feed(plots, 3)
    earlier = plots.runs[0].curves["train_loss"]
    assert plots.clear_button.isEnabled() and plots.clear_button.text() == "Clear runs"
    plots.clear_button.click()
    assert [run.label for run in plots.runs] == ["second"] and legend_texts(plots) == ["second"]
    assert earlier not in plots.loss.items and not plots.clear_button.isEnabled()
    x, _ = plots.current.curves["train_loss"].getData()
    assert len(x) == 3


def test_curves_are_downsampled_and_clipped_to_the_view(shown):
    plots = shown(TrainingPlots, 700, 600)
    feed(plots, 2)
    for curve in plots.current.curves.values():
        assert curve.opts["autoDownsample"] and curve.opts["clipToView"]


def noisy_run(n: int = 10_000) -> tuple[np.ndarray, np.ndarray]:
    """A loss-like curve with noise, one spike and one dip far from the ends."""
    x = np.arange(1, n + 1, dtype=np.float64)
    y = np.exp(-x / 2000) + np.random.default_rng(0).normal(0, 0.05, n)
    y[n // 8], y[3 * n // 4] = 5.0, -5.0
    return x, y


def test_history_is_bounded_and_keeps_the_first_the_newest_and_the_extremes():
    x, y = noisy_run()
    history = CurveHistory(cap=100)
    for start in range(0, len(x), 37):
        history.extend(x[start:start + 37], y[start:start + 37])
    assert len(history) <= 102 and history.appended == len(x)
    assert (history.x[0], history.y[0]) == (x[0], y[0])  # epoch 1 as measured
    assert (history.x[-1], history.y[-1]) == (x[-1], y[-1])
    assert history.y.max() == 5.0 and history.x[history.y.argmax()] == x[len(x) // 8]
    assert history.y.min() == -5.0 and history.x[history.y.argmin()] == x[3 * len(x) // 4]
    # Every drawn point is a measured one, in order, and every stretch of the run is drawn.
    np.testing.assert_array_equal(history.y, y[history.x.astype(int) - 1])
    assert np.all(np.diff(history.x) > 0)
    assert np.diff(history.x).max() < 2 * history.stride


def test_every_buckets_extremes_survive_as_points_arrive_one_by_one():
    """Decimated min/max per bucket = numpy's min/max of the same stretch of raw values."""
    x, y = noisy_run(3000)
    history = CurveHistory(cap=64)
    for xi, yi in zip(x, y):
        history.append(xi, yi)
    stride = history.stride
    raw = y[: (len(y) // stride) * stride].reshape(-1, stride)
    drawn = set(history.y.tolist())
    assert stride > 1 and len(history) <= 66
    for bucket in raw:
        assert bucket.min() in drawn and bucket.max() in drawn


def test_a_short_history_is_drawn_as_measured():
    history = CurveHistory(cap=100)
    history.extend(np.arange(1.0, 51.0), np.linspace(1, 0, 50))
    np.testing.assert_array_equal(history.x, np.arange(1.0, 51.0))
    np.testing.assert_array_equal(history.y, np.linspace(1, 0, 50))


def test_a_long_run_draws_a_bounded_number_of_points_and_keeps_its_figures(shown):
    plots = shown(TrainingPlots, 700, 600)
    plots.new_run("lenet_digits")
    x, y = noisy_run(3000)
    for epoch, loss in zip(x.astype(int), y):
        plots.add(result(int(epoch), float(loss)))
    plots.redraw()
    drawn_x, drawn_y = plots.current.curves["train_loss"].getData()
    assert len(plots.current.histories["train_loss"]) <= plots.current.histories["train_loss"].cap + 2
    assert drawn_x[0] == 1 and drawn_y[0] == y[0] and drawn_y.max() == 5.0 and drawn_y.min() == -5.0
    assert len(plots.current.epochs) == 3000  # exact figures for the overfitting note


def test_smoothing_as_values_arrive_equals_the_whole_series_at_once():
    values = np.random.default_rng(0).random(500)
    reference = np.empty(500)
    acc = 0.0
    for i, v in enumerate(values):  # TensorBoard's debiased EMA, written out
        acc = 0.8 * acc + 0.2 * v
        reference[i] = acc / (1 - 0.8 ** (i + 1))
    history = SmoothedHistory(0.8)
    for start in range(0, 500, 43):
        history.extend(np.arange(start, min(start + 43, 500)), values[start:start + 43])
    np.testing.assert_allclose(history.y, reference)
    np.testing.assert_allclose(smooth(values), reference)


def test_a_result_of_another_run_is_dropped(shown):
    from types import SimpleNamespace

    plots = shown(TrainingPlots, 700, 600)
    plots.new_run("mlp_xor #2", run_id=2)
    late = SimpleNamespace(**{k: getattr(result(7), k) for k in ("epoch", "train_loss", "train_acc", "test_loss",
                                                                    "test_acc", "batch_losses")}, run_id=1)
    plots.add(late)  # the run before, arriving after the new one started
    assert len(plots.current.epochs) == 0
    late.run_id = 2
    plots.add(late)
    assert list(plots.current.epochs) == [7.0]


def test_the_tab_names_each_run_with_its_settings(network_page, qtbot):
    page = network_page
    page.training.epochs.setValue(3)
    page.run_bar.start.click()
    qtbot.waitUntil(lambda: page.plots.current is not None and len(page.plots.current.epochs) == 3, timeout=60_000)
    (entry,) = legend_texts(page.plots)
    assert entry.startswith("mlp_xor #1") and "lr 0.05" in entry and "batch 4" in entry
    assert page.inside.gradients.run_name == entry


def test_streamed_batches_show_while_the_epoch_runs_and_its_result_replaces_them(shown):
    plots = shown(TrainingPlots, 700, 600)
    plots.new_run("run", 5)
    plots.add_batches(5, 1, 0, 4, np.array([1.0, 0.9]))
    plots.add_batches(4, 1, 2, 4, np.array([7.0, 7.0]))  # another run's: dropped
    plots.redraw()
    x, y = plots.current.curves["batch"].getData()
    np.testing.assert_allclose(x, [0.25, 0.5])
    np.testing.assert_allclose(y, smooth(np.array([1.0, 0.9])))
    final = result(1, batches=4)
    plots.add(final, 5)
    plots.redraw()
    x, y = plots.current.curves["batch"].getData()
    np.testing.assert_allclose(x, [0.25, 0.5, 0.75, 1.0])
    np.testing.assert_allclose(y, smooth(final.batch_losses))


def test_loss_and_accuracy_lines_are_drawn_as_segments(qtbot):
    """As one antialiased path, a long run's jittery loss curve cost 8x more to paint at
    epoch 3,000 than at epoch 100 with the same bounded points; as segments it does not."""
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.new_run("run")
    assert all(curve.curve.opts["segmentedLineMode"] == "on" for curve in plots.current.curves.values())


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("plot_class", [TrainingPlots, GradientPlot])
def test_legend_entries_stay_inside_a_narrow_plot(shown, plot_class, language):
    """A 1024×700 window leaves the inside plots about 330 px (here a little less): long run names used to run
    off the plot's edge (the loss legend at its left in Korean). They are elided, whole in
    the tooltip, and tests/ui/text_fit measures every legend label."""
    with language_installed(language):
        plots = shown(plot_class, 260, 420)
        names = [f"deep_sigmoid_spiral #{i}" for i in range(1, 4)]
        settings = run_settings(TrainingConfig(optimizer="sgd", lr=0.5, batch_size=32))
        for name in names:
            if plot_class is TrainingPlots:
                plots.new_run(name, settings=settings)
                feed(plots, 3)
            else:
                plots.start_run(name, settings)
                for epoch in (1, 2, 3):
                    plots.add_epoch(epoch, GradientNorms(("1: Linear", "3: Linear"), np.array([0.1, 0.01]), (0, 2), 3))
        assert cut_texts(plots) == []
        legend = plots.legend
        assert len(legend.items) == 3 and all(name in legend.toolTip() for name in names)
        assert any("…" in label.text for _, label in legend.items)  # they did need eliding
        plots.resize(900, 420)  # room again: the whole names come back
        QApplication.processEvents()
        assert legend.items[-1][1].text == run_label(names[-1], settings)


def test_streamed_batches_redraw_only_the_loss_plot_and_every_epoch_stays(shown):
    plots = shown(TrainingPlots, 700, 600)
    plots.new_run("a", run_id=1)
    feed(plots, 2)
    acc = plots.current.curves["train_acc"]
    before = acc.getData()
    plots.add_batches(1, 3, 0, 4, np.array([0.4, 0.3]))
    plots.redraw()
    # The accuracy curve was not given its points again (the same arrays: nothing repainted).
    assert acc.getData()[0] is before[0]
    assert list(plots.current.curves["batch"].getData()[0][-2:]) == [2.25, 2.5]
    plots.add(result(3, 0.2))
    plots.redraw()
    for key in ("train_loss", "test_loss", "train_acc", "test_acc"):
        assert list(plots.current.curves[key].getData()[0]) == [1, 2, 3]


def test_gradients_trained_while_hidden_are_drawn_when_shown(behind_a_tab):
    """Points that arrive while another view is on screen are kept, and drawn (every epoch's)
    when the plot is shown."""
    plot = GradientPlot()
    tabs = behind_a_tab(plot)
    names = ("1: Linear", "3: Linear")
    for epoch in range(1, 6):
        plot.add_epoch(epoch, GradientNorms(names, np.array([1e-3, 1.0]) * epoch, (0, 2), 3))
    assert not plot.isVisible()
    curve = plot.current.curves["3: Linear"]  # the run's own dict: no drawing on reading it
    assert len(curve.getData()[0] or []) == 0  # not drawn while hidden
    tabs.setCurrentIndex(1)
    assert plot.isVisible()
    xs, ys = curve.getData()
    assert list(xs) == [1, 2, 3, 4, 5]
    np.testing.assert_allclose(10 ** np.asarray(ys), [1.0, 2.0, 3.0, 4.0, 5.0])
    (_, x_high), (y_low, y_high) = plot.plot.getViewBox().viewRange()
    assert x_high > 5 and y_low <= np.log10(1e-3) and y_high >= np.log10(5.0)


def test_a_run_started_while_hidden_leaves_the_earlier_one_whole(behind_a_tab):
    """A new run begun behind another view does not draw the earlier run then (that cost the
    window tens of milliseconds at each Train), yet shows all of it, dimmed, once on screen."""
    plot = GradientPlot()
    tabs = behind_a_tab(plot)
    names = ("1: Linear", "3: Linear")
    plot.start_run("first")
    for epoch in range(1, 5):
        plot.add_epoch(epoch, GradientNorms(names, np.array([1e-3, 1.0]) * epoch, (0, 2), 3))
    earlier = plot.current
    plot.start_run("second")
    plot.add_epoch(1, GradientNorms(names, np.array([1e-2, 2.0]), (0, 2), 3))
    assert earlier.curves["3: Linear"].xData is None  # still undrawn
    tabs.setCurrentIndex(1)
    # All its data (xData: what getData() returns is clipped to the view, which fits the new run).
    assert list(earlier.curves["3: Linear"].xData) == [1, 2, 3, 4]
    assert earlier.curves["3: Linear"].opts["pen"].style() != Qt.PenStyle.SolidLine  # dimmed
    assert list(plot.current.curves["3: Linear"].getData()[0]) == [1]


def test_a_redraw_paints_each_plot_once(shown, qtbot):
    """New data must not paint a plot twice: once with the old range and again once pyqtgraph
    has fitted the range to the data (that doubled the drawing on the window's thread)."""
    from PySide6.QtCore import QEvent, QObject

    plots = shown(TrainingPlots, 700, 600)
    plots.new_run("run")
    feed(plots, 3)
    qtbot.waitUntil(lambda: not plots.loss.getViewBox()._autoRangeNeedsUpdate, timeout=5_000)
    QApplication.processEvents()
    paints = {"loss": 0, "acc": 0}
    viewports = {"loss": plots.loss_widget.viewport(), "acc": plots.acc_widget.viewport()}

    class Count(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                paints["loss" if obj is viewports["loss"] else "acc"] += 1
            return False

    counter = Count()
    for viewport in viewports.values():
        viewport.installEventFilter(counter)
    for epoch in range(4, 9):  # the loss falls below the range so far, the epochs run past it
        plots.add(result(epoch, 0.01 / epoch, acc=0.1 * epoch))
        plots.redraw()
        for _ in range(5):
            QApplication.processEvents()
    for viewport in viewports.values():
        viewport.removeEventFilter(counter)
    assert paints == {"loss": 5, "acc": 5}
