import numpy as np
import pyqtgraph as pg
import pytest
import torch
from torch import nn

from nnstudio.core.decision_grid import CLASS_COLOURS, decision_image, plane_grid
from nnstudio.core.feature_maps import colorize
from nnstudio.nn.probe import probe_plane
from nnstudio.ui.network.decision_view import DecisionView

XOR = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
XOR_LABELS = np.array([0, 1, 1, 0])


@pytest.fixture
def view(shown):
    return shown(DecisionView, 800, 500)


def _mlp():
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Linear(3, 2), nn.Tanh(), nn.Linear(2, 2))


def test_plane_points_and_neurons_show_the_probe(view):
    grid = plane_grid(XOR, steps=30)
    probe = probe_plane(_mlp(), grid)
    view.show_decision(grid, probe, XOR, XOR_LABELS)
    np.testing.assert_array_equal(view.plane.image, decision_image(probe.probabilities))
    # The image covers the grid's extent, so plane pixel (r, c) sits over grid point (xs[c], ys[r]).
    rect = view.plane.mapRectToParent(view.plane.boundingRect())
    x0, y0, w, h = grid.extent
    assert (rect.x(), rect.y(), rect.width(), rect.height()) == pytest.approx((x0, y0, w, h))
    xs, ys = view.points.getData()
    np.testing.assert_array_equal(xs, XOR[:, 0])
    brushes = [p.brush().color().getRgb()[:3] for p in view.points.points()]
    assert brushes == [tuple(int(v) for v in CLASS_COLOURS[k]) for k in XOR_LABELS]
    assert [len(row) for row in view.neuron_images] == [3, 2]
    unit = probe.hidden[1].outputs[:, :, 1]
    reach = np.abs(probe.hidden[1].outputs).max()
    np.testing.assert_array_equal(view.neuron_images[1][1].image, colorize(unit, -reach, reach, "diverging"))


def test_redraw_during_training_reuses_the_neuron_views(view):
    model = _mlp()
    grid = plane_grid(XOR, steps=20)
    view.show_decision(grid, probe_plane(model, grid), XOR, XOR_LABELS)
    first = view.neuron_images[0][0]
    with torch.no_grad():
        model[0].weight.mul_(-1)
    probe = probe_plane(model, grid)
    view.show_decision(grid, probe, XOR, XOR_LABELS)
    assert view.neuron_images[0][0] is first
    np.testing.assert_array_equal(view.plane.image, decision_image(probe.probabilities))


def test_perceptron_has_no_neuron_maps(view, tmp_path):
    torch.manual_seed(0)
    grid = plane_grid(XOR, steps=20)
    view.show_decision(grid, probe_plane(nn.Sequential(nn.Linear(2, 1), nn.Sigmoid()), grid), XOR, XOR_LABELS)
    assert view.neuron_images == []
    assert view.export_png(tmp_path / "plane.png").stat().st_size > 1000


def test_wide_layers_wrap_so_each_map_stays_square_and_readable(view):
    from nnstudio.ui.network.decision_view import NEURONS_PER_ROW

    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(2, 20), nn.ReLU(), nn.Linear(20, 2))
    grid = plane_grid(XOR, steps=20)
    view.show_decision(grid, probe_plane(model, grid), XOR, XOR_LABELS)
    (images,) = view.neuron_images
    boxes = [image.getViewBox() for image in images]
    layout = view.neurons.ci.layout
    columns = {layout.itemAt(r, c) for r in range(layout.rowCount()) for c in range(NEURONS_PER_ROW, 20)}
    assert columns == {None}  # nothing beyond the eighth column
    widths = [b.sceneBoundingRect().width() for b in boxes]
    assert min(widths) > 0.9 * max(widths) and min(widths) > 40  # not squeezed into one row


def test_the_boundary_line_is_where_class_one_reaches_one_half(view):
    torch.manual_seed(0)
    line = nn.Sequential(nn.Linear(2, 1), nn.Sigmoid())
    with torch.no_grad():  # p = sigmoid(4 (x1 - 0.5)): the boundary is the line x1 = 0.5
        line[0].weight.copy_(torch.tensor([[4.0, 0.0]]))
        line[0].bias.fill_(-2.0)
    grid = plane_grid(XOR, steps=60)
    view.show_decision(grid, probe_plane(line, grid), XOR, XOR_LABELS)
    data = view.boundary.data
    assert data is not None and np.nanmin(data) < 0.5 < np.nanmax(data)
    # Every column left of x1 = 0.5 is below one half, every column right of it above.
    left, right = grid.xs < 0.45, grid.xs > 0.55
    assert (data[:, left] < 0.5).all() and (data[:, right] > 0.5).all()
    with torch.no_grad():  # all weights 0: the same answer everywhere, no line to draw
        line[0].weight.zero_()
        line[0].bias.zero_()
    view.show_decision(grid, probe_plane(line, grid), XOR, XOR_LABELS)
    assert view.boundary.data is None and "No boundary" in view.note.text() and not view.note.isHidden()


def test_axes_fit_the_data_with_a_margin(shown, qtbot):
    view = shown(DecisionView, 900, 500)  # a wide view: a locked aspect would stretch x
    rng = np.random.default_rng(0)
    points = rng.uniform(-1.2, 1.2, size=(200, 2)).astype(np.float32)
    labels = (points[:, 0] * points[:, 1] > 0).astype(np.int64)
    grid = plane_grid(points, steps=30)
    view.show_decision(grid, probe_plane(_mlp(), grid), points, labels)
    qtbot.waitUntil(lambda: view.plot.getViewBox().viewRange()[0][1] > 1.2)
    (x0, x1), (y0, y1) = view.plot.getViewBox().viewRange()
    for low, high in ((x0, x1), (y0, y1)):
        assert -1.6 < low < -1.2 and 1.2 < high < 1.6  # the data and a margin, not ±2.5


def test_32_wide_layers_scroll_and_no_map_is_cut(shown):
    view = shown(DecisionView, 700, 420)
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(2, 32), nn.Sigmoid(), nn.Linear(32, 32), nn.Sigmoid(), nn.Linear(32, 2))
    grid = plane_grid(XOR, steps=20)
    view.show_decision(grid, probe_plane(model, grid), XOR, XOR_LABELS)
    assert [len(images) for images in view.neuron_images] == [32, 32]
    canvas = view.neurons
    for images in view.neuron_images:
        for image in images:
            box = image.getViewBox().sceneBoundingRect()
            # Inside the scrolled canvas (reachable by scrolling), and not squeezed.
            assert box.right() <= canvas.width() + 1 and box.bottom() <= canvas.height() + 1
            assert box.width() >= 30 and box.height() >= 30
    assert canvas.height() > view.neuron_scroll.viewport().height()  # so it scrolls


def test_no_hidden_layer_sentence_is_whole(shown):
    view = shown(DecisionView, 520, 400)
    torch.manual_seed(0)
    grid = plane_grid(XOR, steps=20)
    view.show_decision(grid, probe_plane(nn.Sequential(nn.Linear(2, 1), nn.Sigmoid()), grid), XOR, XOR_LABELS)
    text = view.caption.text()
    assert text.endswith("so the boundary is a straight line.") and view.caption.wordWrap()
    assert view.caption.height() >= view.caption.heightForWidth(view.caption.width())


def test_a_very_wide_layer_shows_its_first_maps_and_says_so(view):
    """A hidden layer of 5,000 neurons: one plot per neuron took the window's thread seconds
    to lay out; the first MAX_MAPS are drawn, and the layer's label says how many there are."""
    from nnstudio.ui.network.decision_view import MAX_MAPS

    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(2, 5000), nn.Tanh(), nn.Linear(5000, 2))
    grid = plane_grid(XOR, steps=20)
    probe = probe_plane(model, grid)
    view.show_decision(grid, probe, XOR, XOR_LABELS)
    assert [len(row) for row in view.neuron_images] == [MAX_MAPS]
    unit = probe.hidden[0].outputs[:, :, MAX_MAPS - 1]
    reach = np.abs(probe.hidden[0].outputs).max()
    np.testing.assert_array_equal(view.neuron_images[0][-1].image, colorize(unit, -reach, reach, "diverging"))
    labels = [item.text for item in view.neurons.ci.items if isinstance(item, pg.LabelItem)]
    assert any(f"first {MAX_MAPS} of 5,000" in text for text in labels)


def test_a_deep_wide_design_draws_at_most_the_total_and_names_the_rest(view):
    """Issue 11: ten hidden layers of 32 neurons built 320 plots (seconds of the window's
    thread); the view draws MAX_TOTAL_MAPS and says how many layers it left out."""
    from nnstudio.ui.network.decision_view import MAX_MAPS, MAX_TOTAL_MAPS

    torch.manual_seed(0)
    layers = [nn.Linear(2, 40), nn.Tanh()]
    for _ in range(9):
        layers += [nn.Linear(40, 40), nn.Tanh()]
    grid = plane_grid(XOR, steps=12)
    probe = probe_plane(nn.Sequential(*layers, nn.Linear(40, 2)), grid)
    assert len(probe.hidden) == 10
    view.show_decision(grid, probe, XOR, XOR_LABELS)
    assert [len(row) for row in view.neuron_images] == [MAX_MAPS, MAX_TOTAL_MAPS - MAX_MAPS]
    assert sum(isinstance(item, pg.ViewBox) for item in view.neurons.ci.items) == MAX_TOTAL_MAPS
    labels = [item.text for item in view.neurons.ci.items if isinstance(item, pg.LabelItem)]
    assert any("8 more hidden layers" in text for text in labels)
    unit = probe.hidden[1].outputs[:, :, 0]
    reach = np.abs(probe.hidden[1].outputs).max()
    np.testing.assert_array_equal(view.neuron_images[1][0].image, colorize(unit, -reach, reach, "diverging"))
