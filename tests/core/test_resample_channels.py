"""Resolution and channel splitting against OpenCV and numpy."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from nnstudio.core.channels import histogram, histograms, split_channels
from nnstudio.core.errors import InputError
from nnstudio.core.resample import INTERPOLATIONS, parse_size, resample, target_size
from nnstudio.core.samples import load_sample


@pytest.fixture(scope="module")
def photo() -> np.ndarray:
    return load_sample("chelsea").pixels


@pytest.mark.parametrize("interp", list(INTERPOLATIONS))
def test_resample_is_opencv_resize(photo, interp):
    out = resample(photo, (50, 40), interp)
    np.testing.assert_array_equal(out, cv2.resize(photo, (50, 40), interpolation=INTERPOLATIONS[interp]))
    assert out.shape == (40, 50, 3)


def test_target_size_from_factor_and_size():
    assert target_size(451, 300, scale=0.5) == (226, 150)
    assert target_size(1, 5000, scale=0.01) == (1, 50)
    assert target_size(1, 1, scale=0.1) == (1, 1)
    assert target_size(10, 10, size=(3, 4)) == (3, 4)
    assert target_size(10, 10) == (10, 10)
    assert parse_size(" 640 x 480 ") == (640, 480)
    for bad in [dict(scale=0), dict(scale=-1), dict(scale=100), dict(size=(0, 5)), dict(size=(20000, 20000))]:
        with pytest.raises(InputError):
            target_size(10, 10, **bad)
    with pytest.raises(InputError):
        parse_size("big")


def test_rgb_and_hsv_channels_are_opencv_planes(photo):
    rgb = split_channels(photo)
    np.testing.assert_array_equal(rgb["R"], photo[..., 0])
    np.testing.assert_array_equal(rgb["B"], photo[..., 2])
    hsv = split_channels(photo, "hsv")
    np.testing.assert_array_equal(np.dstack([hsv["H"], hsv["S"], hsv["V"]]), cv2.cvtColor(photo, cv2.COLOR_RGB2HSV_FULL))
    np.testing.assert_array_equal(hsv["V"], photo.max(axis=2))  # V is the largest of R, G, B
    assert list(split_channels(photo[..., 0].copy(), "hsv")) == ["Gray"]


def test_histogram_counts_every_value(photo):
    hsv = cv2.cvtColor(photo, cv2.COLOR_RGB2HSV_FULL)
    for space, image in (("rgb", photo), ("hsv", hsv)):
        counts = histograms(photo, space)
        assert len(counts) == 3
        for c, name in enumerate(counts):
            np.testing.assert_array_equal(counts[name], np.bincount(image[..., c].ravel(), minlength=256))
    np.testing.assert_array_equal(histograms(photo[..., 1].copy())["Gray"], np.bincount(photo[..., 1].ravel(), minlength=256))
    assert histogram(np.array([[0, 255, 255]], np.uint8)).tolist() == [1] + [0] * 254 + [2]
