"""The Network tab's "Where did it look?" view: bound to the current run, its input and its
choices; an earlier network's map never stays on screen; follows a live document's frames."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtWidgets import QFileDialog, QPushButton

from nnstudio.core.heat_overlay import enlarged, input_picture, overlay
from nnstudio.core.image_io import image_from_array
from nnstudio.core.model_input import to_model_input
from nnstudio.nn.gradcam import explain
from nnstudio.ui.network.training_run import RunState


@pytest.fixture
def page(network_page, qtbot):
    network_page.open_preset("lenet_digits")
    qtbot.waitUntil(lambda: network_page.network.data_ready
                    and network_page.network.data.name == "digits", timeout=10_000)
    return network_page


def _train(page, qtbot, epochs: int = 2) -> None:
    document = page.network
    document.set_config(replace(document.config, epochs=epochs))
    assert document.train()
    qtbot.waitUntil(lambda: document.run_state is RunState.FINISHED and page.inside.latest is not None
                    and page.inside.latest.epoch == epochs, timeout=30_000)


def _shown(page, qtbot, **wanted):
    """Wait until the view shows a map of the latest model whose request has these fields."""
    look = page.inside.look
    qtbot.waitUntil(lambda: look.shown is not None and look.shown is look.wanted
                    and look.shown.of is page.inside.latest.model
                    and all(getattr(look.shown, k) == v for k, v in wanted.items()), timeout=10_000)
    return look


def test_the_map_is_the_latest_networks_for_the_shared_input(page, qtbot):
    _train(page, qtbot)
    inside = page.inside
    inside.setCurrentWidget(inside.look)
    look = _shown(page, qtbot, method="gradcam", layer=2, target=None)  # last conv layer, predicted class
    probe = inside.data.x_test[0]
    np.testing.assert_array_equal(look.shown.input, probe)
    want = explain(inside.latest.model, probe)
    np.testing.assert_allclose(look.heat, want.heat, atol=1e-6)
    picture = enlarged(input_picture(probe))
    np.testing.assert_array_equal(look.overlay_item.image, overlay(picture, want.heat))
    np.testing.assert_array_equal(look.input_item.image, picture)
    assert "epoch 2" in look.note.text()

    # The view's choices → the map.
    look.target.setCurrentIndex(look.target.findData(5))
    look.layer.setCurrentIndex(look.layer.findData(0))
    look = _shown(page, qtbot, layer=0, target=5)
    np.testing.assert_allclose(look.heat, explain(inside.latest.model, probe, layer=0, target=5).heat, atol=1e-6)
    look.method.setCurrentIndex(look.method.findData("saliency"))
    look = _shown(page, qtbot, method="saliency", layer=None, target=5)
    np.testing.assert_allclose(look.heat, explain(inside.latest.model, probe, "saliency", target=5).heat, atol=1e-6)
    assert not look.layer.isEnabled()

    # A sample chosen here is the Activations view's input too, and the reverse.
    look.sample.setValue(7)
    assert inside.sample.value() == 7
    look = _shown(page, qtbot, method="saliency")
    qtbot.waitUntil(lambda: np.array_equal(look.shown.input, inside.data.x_test[7]), timeout=10_000)
    inside.sample.setValue(3)
    assert look.sample.value() == 3
    qtbot.waitUntil(lambda: look.shown is not None and np.array_equal(look.shown.input, inside.data.x_test[3]),
                    timeout=10_000)


def test_an_earlier_networks_map_goes_at_once_and_late_results_are_dropped(page, qtbot):
    _train(page, qtbot, epochs=1)
    inside = page.inside
    inside.setCurrentWidget(inside.look)
    look = _shown(page, qtbot)
    old_request, old_model = look.shown, inside.latest.model
    assert old_request.model is not old_model  # the worker computes with a copy of its own
    old_result = (old_request, explain(old_model, old_request.input), look.input_item.image, look.overlay_item.image)
    page.network.reset()  # Reset: the trained weights are forgotten
    # Nothing of the trained network is left: the view shows the untrained one (or nothing yet).
    assert look.shown is None or look.shown.of is not old_model
    qtbot.waitUntil(lambda: look.shown is not None, timeout=10_000)
    assert look.shown.of is not old_model and "untrained" in look.note.text()
    shown_now = look.shown
    look._on_ready(old_result)  # the trained network's map arriving late
    assert look.shown is shown_now


def test_a_network_without_convolutions_offers_saliency_and_says_why_not_gradcam(page, qtbot):
    page.open_preset("mlp_digits")
    qtbot.waitUntil(lambda: page.network.data_ready, timeout=10_000)
    inside = page.inside
    inside.setCurrentWidget(inside.look)
    look = inside.look
    assert look.method.currentData() == "saliency" and look.layer.count() == 0
    qtbot.waitUntil(lambda: look.shown is not None and look.shown.method == "saliency", timeout=10_000)
    look.method.setCurrentIndex(look.method.findData("gradcam"))
    qtbot.waitUntil(lambda: look.note.text().startswith("⚠"), timeout=10_000)
    assert "no convolution layer" in look.note.text() and "\n" not in look.note.text()
    assert look.overlay_item.image is None


def test_it_follows_a_live_documents_newest_frame(page, qtbot):
    _train(page, qtbot, epochs=1)
    inside, document = page.inside, page.document
    inside.setCurrentWidget(inside.look)
    look = _shown(page, qtbot)
    assert not look.follow.isEnabled()  # nothing live yet
    document.set_live(True)
    assert look.follow.isEnabled()
    look.follow.setChecked(True)
    frames = []
    for i in range(6):  # a burst of frames: the newest must win
        frame = np.zeros((120, 160, 3), np.uint8)
        frame[10 + 15 * i: 40 + 15 * i, 20:60] = 255
        frames.append(frame)
        document.set_image(image_from_array(frame, f"frame {i}"))
    want = to_model_input(frames[-1], (1, 8, 8)).array
    qtbot.waitUntil(lambda: look.shown is not None and np.array_equal(look.shown.input, want), timeout=10_000)
    np.testing.assert_allclose(look.heat, explain(inside.latest.model, want).heat, atol=1e-6)
    assert "camera frame" in look.note.text()
    document.set_live(False)
    assert not look.follow.isEnabled() and not look.following


def test_export_png_of_the_view(page, qtbot, monkeypatch, tmp_path):
    _train(page, qtbot, epochs=1)
    inside = page.inside
    inside.setCurrentWidget(inside.look)
    _shown(page, qtbot)
    target = tmp_path / "look.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.findChild(QPushButton, "export_view_png").click()
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and "look.png" in page.message.text()


def test_lessons_name_the_view_gradcam(network_page):
    from nnstudio.ui.lessons.facts import inside_views, shown

    views = inside_views(network_page)
    assert views["gradcam"] is network_page.inside.look
    network_page.inside.setCurrentWidget(network_page.inside.look)
    assert shown(network_page.inside, views) == "gradcam"
