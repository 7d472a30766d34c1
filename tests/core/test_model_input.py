import cv2
import numpy as np
import pytest

from nnstudio.core.datasets import load_digits
from nnstudio.core.errors import InputError
from nnstudio.core.model_input import crop_to_ink, to_model_input


def test_gray_uint8_is_area_averaged_like_opencv_and_scaled_to_unit_range():
    rng = np.random.default_rng(0)
    img = rng.integers(0, 256, size=(64, 48), dtype=np.uint8)
    got = to_model_input(img, (1, 8, 8))
    ref = cv2.resize(img.astype(np.float32) / 255, (8, 8), interpolation=cv2.INTER_AREA)
    assert got.array.shape == (1, 8, 8) and got.array.dtype == np.float32
    np.testing.assert_allclose(got.array[0], ref, atol=1e-6)
    assert "8×8" in got.steps


def test_block_average_matches_numpy_reshape_mean():
    # A 32x32 image divides into 4x4 blocks exactly: INTER_AREA must be their mean.
    img = np.random.default_rng(1).random((32, 32)).astype(np.float32)
    got = to_model_input(img, (1, 8, 8)).array[0]
    np.testing.assert_allclose(got, img.reshape(8, 4, 8, 4).mean(axis=(1, 3)), atol=1e-6)


def test_rgb_to_gray_uses_opencv_weights_and_gray_to_rgb_repeats():
    rgb = np.zeros((8, 8, 3), np.uint8)
    rgb[..., 0] = 255
    gray = to_model_input(rgb, (1, 8, 8))
    np.testing.assert_allclose(gray.array, 0.299, atol=1e-3)
    assert "gray" in gray.steps
    three = to_model_input(np.full((8, 8), 128, np.uint8), (3, 4, 4))
    assert three.array.shape == (3, 4, 4) and np.allclose(three.array, 128 / 255)


def test_flat_input_of_a_square_size_is_flattened_row_by_row():
    img = np.arange(64, dtype=np.uint8).reshape(8, 8)
    got = to_model_input(img, (64,))
    np.testing.assert_allclose(got.array, img.ravel() / 255, atol=1e-6)


def test_digits_scaled_by_16_agree_with_their_own_input():
    images, _ = load_digits()
    got = to_model_input(images[0].astype(np.float32) / 16, (1, 8, 8))
    np.testing.assert_allclose(got.array[0], images[0] / 16, atol=1e-6)


def test_crop_to_ink_centres_the_drawing_in_a_square():
    canvas = np.zeros((100, 100), np.float32)
    canvas[10:30, 60:70] = 1
    square = crop_to_ink(canvas, margin=0)
    assert square.shape == (20, 20) and square.sum() == 200
    assert square[:, 5:15].all() and not square[:, :5].any()
    assert crop_to_ink(np.zeros((5, 5))).shape == (5, 5)


def test_unusable_inputs_are_refused():
    with pytest.raises(InputError):
        to_model_input(np.zeros((8, 8)), (10,))
    with pytest.raises(InputError):
        to_model_input(np.zeros((8, 8)), (2, 8, 8))
    with pytest.raises(InputError):
        to_model_input(np.zeros((0, 8)), (1, 8, 8))


def test_an_input_too_large_for_memory_is_refused_before_resizing(monkeypatch):
    from nnstudio.core import model_input

    monkeypatch.setattr(model_input.cv2, "resize", lambda *a, **k: pytest.fail("resize ran"))
    with pytest.raises(InputError, match=r"An input of 1×100000×100000 would take 83\.8 GiB"):
        model_input.to_model_input(np.zeros((4, 4), np.uint8), (1, 100_000, 100_000))
