"""A conv stage in row bands: stoppable part-way, and bit for bit the whole image's result."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from nnstudio.core import bands
from nnstudio.core.bands import Cancelled
from nnstudio.core.convolution import DFT_FROM_CELLS, ConvSettings, correlate_hwc, pad_amounts
from nnstudio.core.pipeline import ConvStage, run_until_error

NUMPY_PAD = {"zero": "constant", "reflect": "reflect", "replicate": "edge", "wrap": "wrap"}


def numpy_correlate(image: np.ndarray, kernel: np.ndarray, settings: ConvSettings) -> np.ndarray:
    """torch's conv2d (groups=C) written out: np.pad, then a sum of strided slices."""
    s, d = settings.stride, settings.dilation
    (top, bottom), (left, right) = (pad_amounts(settings.padding, k, d) for k in kernel.shape)
    padded = np.pad(image.astype(np.float64), ((top, bottom), (left, right), (0, 0)), mode=NUMPY_PAD[settings.pad_mode])
    kh, kw = kernel.shape
    ho = (padded.shape[0] - d * (kh - 1) - 1) // s + 1
    wo = (padded.shape[1] - d * (kw - 1) - 1) // s + 1
    out = np.zeros((ho, wo, image.shape[2]))
    for a, b in itertools.product(range(kh), range(kw)):
        out += kernel[a, b] * padded[a * d: a * d + s * (ho - 1) + 1: s, b * d: b * d + s * (wo - 1) + 1: s]
    return out


@pytest.fixture(autouse=True)
def small_bands(monkeypatch):
    """Bands of 40 rows, so that a test image of 150 rows has several."""
    monkeypatch.setattr(bands, "ROWS_PER_BAND", 40)


CASES = [
    (k, s, padding, mode, d)
    for k, s, padding, mode, d in itertools.product((1, 3, 4, 5, 7), (1, 2, 4), ("same", "valid", 2),
                                                     ("zero", "reflect", "replicate", "wrap"), (1, 2))
    if not (padding == "valid" and mode != "zero")
]


@pytest.mark.parametrize("k, stride, padding, mode, dilation", CASES)
def test_banded_equals_the_whole_image_bit_for_bit_and_numpy(k, stride, padding, mode, dilation):
    rng = np.random.default_rng(k * 100 + stride * 10 + dilation)
    image = (rng.random((151, 67, 3)) * 255).astype(np.float32)
    kernel = rng.normal(size=(k, max(1, k - 1))).astype(np.float32)  # not square: rows and columns differ
    settings = ConvSettings(stride=stride, padding=padding, pad_mode=mode, dilation=dilation)
    asked = []
    banded = correlate_hwc(image, kernel, settings, cancelled=lambda: asked.append(1) and False)
    whole = correlate_hwc(image, kernel, settings)
    dilated_cells = (dilation * (kernel.shape[0] - 1) + 1) * (dilation * (kernel.shape[1] - 1) + 1)
    if whole.shape[0] >= 80 and dilated_cells < DFT_FROM_CELLS:
        assert len(asked) >= 2  # it did run in bands
    np.testing.assert_array_equal(banded, whole)
    np.testing.assert_allclose(banded, numpy_correlate(image, kernel, settings), rtol=1e-5, atol=1e-2)


def test_a_newer_request_stops_a_conv_stage_part_way():
    image = np.random.default_rng(0).random((400, 50, 1)).astype(np.float32)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2  # the newer slider value arrives during the second band

    stage = ConvStage(np.ones((3, 3), np.float32) / 9, ConvSettings(padding="same"))
    with pytest.raises(Cancelled):
        run_until_error((image[:, :, 0] * 255).astype(np.uint8), [stage], cancelled=cancelled)
    bands_of_stage = len(bands.row_bands(400))
    assert bands_of_stage >= 3 and len(asked) == 3  # one check before the stage, stopped at its second band


def test_a_dft_sized_kernel_runs_whole():
    """filter2D's DFT rounds by the array's size: such kernels are not split (same result)."""
    image = np.random.default_rng(1).random((200, 60, 1)).astype(np.float32)
    kernel = np.random.default_rng(2).normal(size=(13, 13)).astype(np.float32)
    assert kernel.size >= DFT_FROM_CELLS
    asked = []
    out = correlate_hwc(image, kernel, ConvSettings(padding="same"), cancelled=lambda: asked.append(1) and False)
    assert len(asked) == 1
    np.testing.assert_array_equal(out, correlate_hwc(image, kernel, ConvSettings(padding="same")))
