"""The Tensors view: tensors built from the current image and data set have the shapes,
dtypes and sizes numpy and torch give them; the drawn picture is the slice numpy indexing
takes; the sliders and axis choices move the model, the model moves the view."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
import torch

from nnstudio.core.image_io import image_from_array
from nnstudio.core.tensor_examples import slice_2d


@pytest.fixture
def tensors(make_main_window, qtbot):
    rgb = np.random.default_rng(1).integers(0, 256, (37, 53, 3), dtype=np.uint8)
    window = make_main_window(image_from_array(rgb, "noise"))
    window.resize(1280, 800)
    window.show()
    window.select_tab("tensors")
    page = window.current_page()
    network = next(p for p in window.pages if p.key == "network").network
    qtbot.waitUntil(lambda: network.data_ready, timeout=10_000)
    model = page.tensors.model
    qtbot.waitUntil(lambda: len(model.examples) == 7 and not model.busy, timeout=10_000)
    return page, rgb, network


def by_key(model):
    return {t.key: t for t in model.examples}


def test_image_tensors_match_numpy_and_torch(tensors):
    page, rgb, _network = tensors
    t = by_key(page.tensors.model)
    np.testing.assert_array_equal(t["hwc"].values, rgb)
    np.testing.assert_array_equal(t["gray"].values, cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY))
    torch_chw = torch.from_numpy(rgb).permute(2, 0, 1).float() / 255  # what ToTensor gives
    np.testing.assert_allclose(t["chw"].values, torch_chw.numpy(), rtol=0, atol=1e-7)
    assert [t[k].rank for k in ("vector", "gray", "hwc", "chw", "batch", "video", "series")] == [1, 2, 3, 3, 4, 5, 3]
    for example in t.values():
        assert example.nbytes == example.values.size * example.values.itemsize
        assert len(example.axes) == example.rank
    video = t["video"].values
    assert video.shape[:3] == (2, 8, 3)
    # the first clip pans right: frame 1 is frame 0 shifted 4 pixels along W
    np.testing.assert_array_equal(video[0, 1], np.roll(video[0, 0], 4, axis=2))
    np.testing.assert_array_equal(video[1, 1], np.roll(video[1, 0], 4, axis=1))


def test_batch_and_vector_follow_the_network_data_set(tensors, qtbot):
    page, _rgb, network = tensors
    model = page.tensors.model
    from nnstudio.core.dataset_registry import load_dataset
    digits = load_dataset("digits")
    network.set_data(digits)
    qtbot.waitUntil(lambda: by_key(model)["batch"].values.shape == (16, 1, 8, 8), timeout=10_000)
    t = by_key(model)
    np.testing.assert_array_equal(t["batch"].values, digits.x_train[:16])
    np.testing.assert_array_equal(t["vector"].values, digits.x_train[0].reshape(-1))
    assert f"{digits.class_names[int(digits.y_train[3])]}" in t["batch"].labels["N"][3]


def test_sliders_slice_the_tensor_and_the_picture_is_numpy_indexing(tensors, qtbot):
    page, rgb, _network = tensors
    view = page.tensors
    view.list.setCurrentRow([t.key for t in view.model.examples].index("hwc"))
    assert view.model.current == "hwc"
    # H, W drawn; the one slider is the channel axis
    visible = [s for s in view.sliders if s.isVisibleTo(view)]
    assert len(visible) == 1 and visible[0].property("axis") == 2
    visible[0].setValue(2)
    assert view.model.index[2] == 2
    assert "channel" in view.slider_labels[0].text() and "(B)" in view.slider_labels[0].text()
    np.testing.assert_array_equal(view.image.image, rgb[:, :, 2].astype(np.float32))
    # draw H down and C across: slicing along W instead
    view.cols_axis.setCurrentIndex(2)
    view.cols_axis.activated.emit(2)
    assert (view.model.rows, view.model.cols) == (0, 2)
    slider = next(s for s in view.sliders if s.isVisibleTo(view))
    assert slider.property("axis") == 1
    slider.setValue(10)
    np.testing.assert_array_equal(view.image.image, rgb[:, 10, :].astype(np.float32))
    assert "tensor[:, 10, :]" in view.slice_label.text()


def test_model_selection_updates_the_view(tensors):
    page, _rgb, _network = tensors
    view = page.tensors
    view.model.select("video")
    assert view.list.currentItem().data(256) == "video"  # Qt.UserRole
    assert sum(s.isVisibleTo(view) for s in view.sliders) == 3  # N, T, C
    assert "rank 5" in view.facts.text() and "uint8" in view.facts.text()
    view.model.set_index(1, 7)
    video = by_key(view.model)["video"].values
    np.testing.assert_array_equal(view.image.image, video[0, 7, 0].astype(np.float32))


def test_slice_2d_transposes_when_rows_come_after_columns():
    values = np.arange(24).reshape(2, 3, 4)
    np.testing.assert_array_equal(slice_2d(values, 2, 0, {1: 1}), values[:, 1, :].T)
    np.testing.assert_array_equal(slice_2d(values, 1, 2, {0: 1}), values[1])
