"""Large images: the views hold at most a 2048 × 2048 picture, the Filters tab a working copy."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QRectF

from nnstudio.core.image_io import image_from_array
from nnstudio.ui import document as document_module
from nnstudio.ui.app import create_application
from nnstudio.ui.pixels import image_view
from nnstudio.ui.pixels.image_view import ImageView


@pytest.fixture
def view(qtbot, monkeypatch):
    create_application()
    monkeypatch.setattr(image_view, "MAX_DISPLAY_PIXELS", 200 * 200)  # small numbers, same logic
    v = ImageView("large")
    qtbot.addWidget(v)
    v.resize(400, 300)
    v.show()
    return v


def _held_window(view) -> tuple[int, int]:
    """(x0, y0) of the array part the image item holds, from where it is drawn."""
    rect = view.image_item.mapRectToParent(view.image_item.boundingRect())
    scale = view.array.shape[1] / view.extent[0]
    return round(rect.left() * scale), round(rect.top() * scale)


def test_zoomed_out_a_large_image_is_held_as_a_subsample(view):
    array = np.random.default_rng(0).integers(0, 256, (900, 1200, 3), dtype=np.uint8)
    view.set_image(array)
    held = view.image_item.image
    assert held.shape[0] * held.shape[1] <= 200 * 200
    step = array.shape[0] // held.shape[0] if array.shape[0] % held.shape[0] == 0 else None
    x0, y0 = _held_window(view)
    step = round(array.shape[1] / held.shape[1]) if step is None else step
    np.testing.assert_array_equal(held, array[y0::step, x0::step][: held.shape[0], : held.shape[1]])
    assert view.array is array  # the values the readout and the grid use: every pixel
    assert view.pixel_at(1199.5, 899.5) == (1199, 899)


def test_zoomed_in_the_visible_part_is_held_at_full_resolution(view, qtbot):
    array = np.random.default_rng(1).integers(0, 256, (900, 1200), dtype=np.uint8)
    view.set_image(array)
    view.vb.setRange(QRectF(600, 400, 40, 30), padding=0)
    held = view.image_item.image
    x0, y0 = _held_window(view)
    np.testing.assert_array_equal(held, array[y0 : y0 + held.shape[0], x0 : x0 + held.shape[1]])
    rect = view.image_item.mapRectToParent(view.image_item.boundingRect())
    assert rect.contains(QRectF(600, 400, 40, 30))  # what is in view is held
    assert held.shape[0] * held.shape[1] <= 200 * 200
    # The grid prints the values of the full-resolution array where it is drawn.
    view.vb.setRange(QRectF(600, 400, 10, 8), padding=0)
    qtbot.waitUntil(lambda: (view.grab(), view.grid.drawn_cells > 0)[1], timeout=5000)


def test_a_small_image_is_held_as_it_is(view):
    array = np.zeros((100, 150, 3), np.uint8)
    view.set_image(array)
    np.testing.assert_array_equal(view.image_item.image, array)
    assert view.image_item.image.shape == array.shape


def test_the_working_copy_is_an_area_average_of_at_most_the_budget():
    pixels = np.random.default_rng(2).integers(0, 256, (3000, 4000, 3), dtype=np.uint8)
    small = document_module.working_copy(pixels)
    assert small.shape[0] * small.shape[1] <= document_module.WORKING_PIXELS
    assert abs(small.shape[1] / small.shape[0] - 4 / 3) < 0.01
    np.testing.assert_array_equal(small, cv2.resize(pixels, small.shape[1::-1], interpolation=cv2.INTER_AREA))
    photo = np.zeros((1080, 1920, 3), np.uint8)
    assert document_module.working_copy(photo) is photo


def test_the_filters_tab_computes_on_the_working_copy(make_main_window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(document_module, "WORKING_PIXELS", 120 * 80)
    window = make_main_window()
    window.select_tab("filters")
    rgb = np.random.default_rng(3).integers(0, 256, (400, 600, 3), dtype=np.uint8)
    Image.fromarray(rgb).save(tmp_path / "big.png")
    with qtbot.waitSignal(window.document.image_changed, timeout=10_000):
        window.open_path(tmp_path / "big.png")
    assert window.document.image.pixels.shape == (400, 600, 3)
    working = window.document.working_pixels
    assert working.shape == (80, 120, 3)
    page = window.current_page()
    qtbot.waitUntil(lambda: page.result is not None and page.result.before.pixels.shape[:2] == (80, 120),
                    timeout=20_000)
    assert "120 × 80 copy" in window.image_label.text()
    # A small image is its own working copy, and the label says nothing of copies.
    window.document.set_image(image_from_array(rgb[:50, :60], "small"))
    assert window.document.working_pixels is window.document.image.pixels
    assert "copy" not in window.image_label.text()
