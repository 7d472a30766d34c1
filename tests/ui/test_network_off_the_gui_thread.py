"""The Network tab keeps the window's thread free: the untrained network the inside views
show, the picture for "Use the current image" and the points of a large 2-D data set are
made on workers or bounded (issue 11: stalls of seconds on File ▸ Open design, on 20,000
data points and on a 10000 × 10000 image)."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from PySide6.QtWidgets import QPushButton

from nnstudio.core.decision_grid import CLASS_COLOURS
from nnstudio.ui.network.class_points import MAX_POINTS
from nnstudio.ui.network.decision_view import DecisionView


def _record_threads(monkeypatch, module: str, name: str) -> list[bool]:
    """Wrap module.name; the list gets, per call, whether it ran on the window's thread."""
    import importlib

    target = importlib.import_module(module)
    original = getattr(target, name)
    calls: list[bool] = []

    def wrapped(*args, **kwargs):
        calls.append(threading.current_thread() is threading.main_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(target, name, wrapped)
    return calls


def test_the_untrained_network_is_built_on_a_worker(network_page, qtbot, monkeypatch):
    page = network_page
    builds = _record_threads(monkeypatch, "nnstudio.nn.build", "build_model")
    insights = _record_threads(monkeypatch, "nnstudio.nn.insight", "take_insight")
    page.open_preset("lenet_digits")
    qtbot.waitUntil(lambda: page.network.data_ready and page.network.data.name == "digits", timeout=20_000)
    page.inside.setCurrentWidget(page.inside.graph)
    qtbot.waitUntil(lambda: not page.inside.building and bool(page.inside.graph.box_texts), timeout=30_000)
    assert builds and insights and not any(builds) and not any(insights)
    assert any("Conv2d" in text for text in page.inside.graph.box_texts)


def test_use_the_current_image_converts_on_a_worker(network_page, qtbot, monkeypatch):
    page = network_page
    conversions = _record_threads(monkeypatch, "nnstudio.core.model_input", "to_model_input")
    page.open_preset("lenet_digits")
    qtbot.waitUntil(lambda: page.network.data_ready and page.network.data.name == "digits", timeout=20_000)
    page.inside.setCurrentIndex(1)  # Activations
    page.inside.findChild(QPushButton, "probe_current_image").click()
    qtbot.waitUntil(lambda: "the current image" in page.inside.probe_steps.text(), timeout=20_000)
    assert conversions == [False]
    assert page.network.view_wishes.probe_input.shape == (1, 8, 8)


@pytest.fixture
def view(shown):
    return shown(DecisionView, 500, 400)


def test_twenty_thousand_points_are_thinned_and_share_their_class_brushes(view):
    rng = np.random.default_rng(1)
    points = rng.normal(size=(20_000, 2)).astype(np.float32)
    labels = rng.integers(0, 3, 20_000)
    view.set_points(points, labels)
    xs, ys = view.points.getData()
    assert len(xs) <= MAX_POINTS
    np.testing.assert_array_equal(xs, points[::10, 0])  # every 10th point, in order
    np.testing.assert_array_equal(ys, points[::10, 1])
    spots = view.points.points()
    colours = [spot.brush().color().getRgb()[:3] for spot in spots]
    assert colours == [tuple(int(v) for v in CLASS_COLOURS[k]) for k in labels[::10]]
    # One brush object per class: pyqtgraph renders one symbol per brush, not one per point.
    assert len(view.points.fragmentAtlas) <= 3
    # The same data set again (every design change prepares the views) draws nothing anew.
    before = view.points.data
    view.set_points(points, labels)
    assert view.points.data is before
