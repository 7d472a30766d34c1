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
