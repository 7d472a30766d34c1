"""Pictures of float maps: the colour scale and the non-finite values, against numpy."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from nnstudio.core.feature_display import all_finite, render_map, thumbnail
from nnstudio.core.kernels import make_kernel
from nnstudio.core.samples import load_sample


@pytest.mark.parametrize("size", [None, (1920, 1080)])
def test_signed_maps_saturate_near_the_exact_robust_magnitude(size):
    gray = cv2.cvtColor(load_sample("chelsea").pixels, cv2.COLOR_RGB2GRAY).astype(np.float32)
    if size:
        gray = cv2.resize(gray, size)
    # zero padding makes strong responses along the borders: they must not dominate the scale
    response = cv2.filter2D(gray, cv2.CV_32F, make_kernel("sobel_x"), borderType=cv2.BORDER_CONSTANT)[:, :, None]
    picture = render_map(response)
    exact = np.percentile(np.abs(response), 99.5)
    assert picture.signed and picture.high == pytest.approx(exact, rel=0.05) and picture.low == -picture.high
    assert (picture.minimum, picture.maximum) == (response.min(), response.max())


def test_non_finite_values_are_counted_and_shown_as_zero():
    x = np.arange(24, dtype=np.float32).reshape(4, 6, 1) - 10
    x[0, 0, 0], x[1, 1, 0], x[2, 2, 0] = np.nan, np.inf, -np.inf
    picture = render_map(x)
    assert picture.non_finite == 3 and np.isfinite([picture.minimum, picture.maximum]).all()
    assert thumbnail(np.repeat(np.repeat(x, 100, axis=0), 100, axis=1)).pixels.size


@pytest.mark.parametrize("value, finite", [(np.nan, False), (np.inf, False), (-np.inf, False), (3e38, True), (-3e38, True)])
def test_all_finite_is_exact(value, finite):
    x = np.full((50, 60), 3e38, np.float32)
    x[17, 23] = value
    assert all_finite(x) == finite


@pytest.mark.parametrize("shape", [(200, 200, 8), (300, 400, 600)])
def test_a_thumbnail_of_more_maps_than_opencv_resizes_at_once(shape):
    """Conv layers of 8 and 600 output maps: OpenCV's area resize refuses more than 4 channels
    at some scales, and its binding more than 128 (the monkey found the Filters strip failing
    on such a layer). The thumbnail is the one of every channel shrunk on its own."""
    maps = np.random.default_rng(0).random(shape).astype(np.float32)
    h, w, c = shape
    scale = 96 / max(h, w)
    size = (round(w * scale), round(h * scale))
    shrunk = np.stack([cv2.resize(maps[..., k], size, interpolation=cv2.INTER_AREA) for k in range(c)], axis=2)
    got, expected = thumbnail(maps), render_map(shrunk)
    np.testing.assert_array_equal(got.pixels, expected.pixels)
    assert (got.low, got.high) == (expected.low, expected.high)
