"""Work in bands that a newer request cancels: a cancelled conversion stops between bands,
and a banded result is, band by band, exactly what Pillow computes."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from nnstudio.core.bands import BAND_ALIGN, Cancelled, row_bands, run_parts
from nnstudio.core.bitdepth import BitDepthSettings, convert, dither_bands, quantize_bits
from nnstudio.core.pixel_pipeline import PixelSettings, apply


@pytest.fixture(scope="module")
def big() -> np.ndarray:
    rng = np.random.default_rng(3)
    smooth = np.linspace(0, 255, 1080 * 960).reshape(1080, 960)
    return np.clip(np.stack([smooth, smooth[::-1], smooth.T.reshape(1080, 960)], -1)
                   + rng.normal(0, 20, (1080, 960, 3)), 0, 255).astype(np.uint8)


@pytest.mark.parametrize("height", [1, 7, 255, 256, 600, 1080, 4001])
@pytest.mark.parametrize("split", [row_bands, dither_bands])
def test_bands_cover_every_row_once_and_start_on_the_bayer_period(height, split):
    bands = split(height)
    rows = np.concatenate([np.arange(height)[b] for b in bands])
    np.testing.assert_array_equal(rows, np.arange(height))
    assert all(b.start % BAND_ALIGN == 0 for b in bands)
    assert len(bands) == 1 or all(b.stop - b.start >= BAND_ALIGN for b in bands)


def test_a_cancelled_run_stops_before_the_remaining_parts():
    done = []

    def work(part):
        done.append(part)
        return part

    with pytest.raises(Cancelled):
        run_parts(work, list(range(40)), cancelled=lambda: len(done) >= 3)
    assert 3 <= len(done) < 40
    assert run_parts(work, [1, 2, 3]) == [1, 2, 3]  # not cancelled: every part, in order


@pytest.mark.parametrize("settings", [
    BitDepthSettings(mode="bits", bits=2, dither="floyd-steinberg"),
    BitDepthSettings(mode="bits", bits=3, dither="bayer8"),
    BitDepthSettings(mode="palette", colors=16, dither="floyd-steinberg"),
])
def test_a_conversion_asked_to_stop_does_not_finish(big, settings):
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) > 1  # the first band may run; then a newer request came

    with pytest.raises(Cancelled):
        apply(big, PixelSettings(depth=settings), cancelled)
    bands = (dither_bands if settings.mode == "bits" else row_bands)(big.shape[0])
    assert len(asked) < 3 * len(bands)  # it stopped instead of asking on
    # Never cancelled, the same conversion as without a token.
    np.testing.assert_array_equal(apply(big, PixelSettings(depth=settings), lambda: False).image,
                                  convert(big, settings).image)


def test_dithered_bits_are_pillows_error_diffusion_band_by_band(big):
    """Each band of each channel is Pillow's Floyd-Steinberg of that band's position between
    the two levels around each value (2 bits: levels 0, 85, 170, 255)."""
    out = quantize_bits(big, 2, "floyd-steinberg")
    values = big.astype(np.float64)
    lower = np.minimum(np.floor(values / 85), 2)
    fraction = np.rint((values - lower * 85) / 85 * 255).clip(0, 255).astype(np.uint8)
    assert len(dither_bands(big.shape[0])) > 1
    for rows in dither_bands(big.shape[0]):
        for c in range(3):
            up = np.asarray(Image.fromarray(np.ascontiguousarray(fraction[rows, :, c])).convert("1"))
            np.testing.assert_array_equal(out[rows, :, c], ((lower[rows, :, c] + up) * 85).astype(np.uint8))

