"""Bit depth against OpenCV, Pillow, numpy and the properties each format must have."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest
from PIL import Image

from nnstudio.core.bitdepth import (
    DITHERS,
    LUMA_WEIGHTS,
    MODES,
    BitDepthSettings,
    bayer_matrix,
    bit_plane,
    bit_planes,
    convert,
    otsu_threshold,
    quantize_bits,
    rebuild_from_planes,
    recombine,
    to_1bit,
    to_gray8,
    to_palette,
)
from nnstudio.core.errors import InputError
from nnstudio.core.image_io import image_from_array
from nnstudio.core.samples import load_sample


@pytest.fixture(scope="module")
def photo() -> np.ndarray:
    return load_sample("chelsea").pixels


@pytest.fixture(scope="module")
def gray_photo() -> np.ndarray:
    return load_sample("camera").pixels


def _ramp(w: int = 512, h: int = 64) -> np.ndarray:
    return np.repeat(np.rint(np.linspace(0, 255, w)).astype(np.uint8)[None, :], h, axis=0)


def test_gray8_is_opencv_bt601_luma(photo):
    gray = to_gray8(photo)
    np.testing.assert_array_equal(gray, cv2.cvtColor(photo, cv2.COLOR_RGB2GRAY))
    weighted = photo.astype(np.float64) @ np.array(LUMA_WEIGHTS)
    assert np.abs(gray - weighted).max() <= 1.0


def test_threshold_makes_only_black_and_white(photo):
    out, used = to_1bit(photo, 100)
    gray = cv2.cvtColor(photo, cv2.COLOR_RGB2GRAY)
    np.testing.assert_array_equal(out, np.where(gray > 100, 255, 0))
    assert used == 100 and set(np.unique(out)) <= {0, 255}


def test_otsu_matches_opencv(gray_photo):
    expected_t, expected = cv2.threshold(gray_photo, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    out, used = to_1bit(gray_photo, None)
    assert used == int(expected_t) == otsu_threshold(gray_photo)
    np.testing.assert_array_equal(out, expected)


def test_floyd_steinberg_is_pillows_and_keeps_the_mean(photo):
    gray = cv2.cvtColor(photo, cv2.COLOR_RGB2GRAY)
    out, used = to_1bit(photo, 128, "floyd-steinberg")
    pillow = np.asarray(Image.fromarray(gray).convert("1"), dtype=np.uint8) * 255
    np.testing.assert_array_equal(out, pillow)
    assert used is None and set(np.unique(out)) == {0, 255}
    assert abs(out.mean() - gray.mean()) <= 0.01 * gray.mean()


@pytest.mark.parametrize("n", [2, 4, 8])
def test_bayer_matrix_is_a_permutation_and_keeps_the_mean(n):
    m = bayer_matrix(n)
    assert sorted(m.ravel().tolist()) == list(range(n * n))
    ramp = _ramp()
    out, _ = to_1bit(ramp, None, f"bayer{n}")
    assert set(np.unique(out)) == {0, 255}
    assert abs(out.mean() - ramp.mean()) <= 0.01 * ramp.mean()


@pytest.mark.parametrize("bits", range(1, 9))
def test_n_bits_gives_2_to_the_n_levels(bits, photo):
    out = quantize_bits(photo, bits)
    for c in range(3):
        assert len(np.unique(out[..., c])) <= 2**bits
    ramp_levels = np.unique(quantize_bits(_ramp(), bits))
    assert len(ramp_levels) == 2**bits and ramp_levels[0] == 0 and ramp_levels[-1] == 255
    # Nearest level: never further than half a step from the original.
    assert np.abs(out.astype(int) - photo).max() <= np.ceil(255 / (2**bits - 1) / 2)


@pytest.mark.parametrize("dither", ["floyd-steinberg", "bayer4"])
@pytest.mark.parametrize("bits", [1, 2, 3, 5])
def test_dithered_n_bits_keeps_levels_and_mean(bits, dither, photo):
    out = quantize_bits(photo, bits, dither)
    allowed = set(np.rint(np.arange(2**bits) * 255 / (2**bits - 1)).astype(int).tolist())
    for c in range(3):
        assert set(np.unique(out[..., c]).tolist()) <= allowed
        assert abs(out[..., c].mean() - photo[..., c].mean()) <= 0.01 * photo[..., c].mean()


def test_palette_holds_at_most_k_colours_and_returns_them(photo):
    for k, dither in [(2, "none"), (16, "floyd-steinberg"), (256, "none")]:
        out, palette, indices = to_palette(photo, k, dither)
        colours = np.unique(out.reshape(-1, 3), axis=0)
        assert len(colours) <= k and len(palette) == len(colours)
        np.testing.assert_array_equal(np.unique(palette, axis=0), colours)
        # The index of every pixel picks its colour from the palette: indexed colour.
        np.testing.assert_array_equal(palette[indices], out)
        assert indices.max() == len(palette) - 1
        result = convert(photo, BitDepthSettings(mode="palette", colors=k, dither=dither))
        assert result.bits_per_pixel == max(1, math.ceil(math.log2(len(result.palette))))
        np.testing.assert_array_equal(result.palette[result.indices], result.image)


@pytest.fixture(scope="module")
def tall_photo(photo) -> np.ndarray:
    """Tall enough to be mapped to a palette in several bands."""
    return cv2.resize(photo, (960, 1080), interpolation=cv2.INTER_CUBIC)


def test_palette_mapping_in_bands_equals_pillows_mapping_of_the_whole_image(tall_photo):
    out, palette, _ = to_palette(tall_photo, 16)
    chosen = Image.new("P", (1, 1))
    chosen.putpalette(palette.ravel().tolist())
    whole = Image.fromarray(tall_photo).quantize(palette=chosen, dither=Image.Dither.NONE)
    np.testing.assert_array_equal(out, np.asarray(whole.convert("RGB")))


def test_dithered_palette_keeps_the_mean_across_bands(tall_photo):
    out, palette, _ = to_palette(tall_photo, 16, "floyd-steinberg")
    assert len(np.unique(out.reshape(-1, 3), axis=0)) <= 16
    for c in range(3):
        assert abs(out[..., c].mean() - tall_photo[..., c].mean()) <= 0.01 * tall_photo[..., c].mean()
    # no band seam: the rows either side of a band boundary differ no more than any other pair
    row_means = out.mean(axis=(1, 2))
    assert np.abs(np.diff(row_means)).max() < 8


def test_dithered_n_bits_treats_each_channel_as_its_own_gray_image(tall_photo):
    out = quantize_bits(tall_photo, 2, "floyd-steinberg")
    for c in range(3):
        np.testing.assert_array_equal(out[..., c], quantize_bits(np.ascontiguousarray(tall_photo[..., c]), 2, "floyd-steinberg"))


@pytest.mark.parametrize("n", [2, 4, 8])
def test_ordered_dithering_is_one_unbroken_pattern(n):
    flat = np.full((1080, 64), 100, np.uint8)
    out = quantize_bits(flat, 2, f"bayer{n}")
    np.testing.assert_array_equal(out[n:], out[:-n])  # one pattern, period n, top to bottom
    np.testing.assert_array_equal(out[:, n:], out[:, :-n])


def test_palette_reproduces_an_image_with_few_colours():
    img = np.zeros((40, 40, 3), np.uint8)
    img[:20, :20] = (255, 0, 0)
    img[20:, :20] = (0, 0, 255)
    img[:, 20:] = (10, 200, 30)
    out, palette, _ = to_palette(img, 4)
    np.testing.assert_array_equal(out, img)
    assert len(palette) == 3


def test_eight_bit_planes_recombine_exactly(photo):
    channel = np.ascontiguousarray(photo[..., 1])
    planes = bit_planes(channel)
    np.testing.assert_array_equal(planes[::-1], np.moveaxis(np.unpackbits(channel[..., None], axis=-1), -1, 0))
    np.testing.assert_array_equal(recombine(planes), channel)
    np.testing.assert_array_equal(rebuild_from_planes(channel, tuple(range(8))), channel)
    np.testing.assert_array_equal(rebuild_from_planes(channel, (7, 6)), channel & 0b11000000)
    assert set(np.unique(bit_plane(channel, 0))) == {0, 255}
    np.testing.assert_array_equal(bit_plane(channel, 7), np.where(channel >= 128, 255, 0))


def test_settings_out_of_range_are_refused():
    for bad in [dict(mode="x"), dict(bits=0), dict(bits=9), dict(colors=1), dict(colors=257),
                dict(plane=8), dict(threshold=256), dict(dither="bayer3"), dict(channel="a")]:
        with pytest.raises(InputError):
            BitDepthSettings(**bad).validated()


def _robust_sources():
    rng = np.random.default_rng(1)
    rgba = image_from_array(rng.integers(0, 256, (7, 9, 4), dtype=np.uint8), "rgba").pixels
    deep = image_from_array(rng.integers(0, 65536, (6, 5), dtype=np.uint16), "16-bit").pixels
    return {
        "1x1 rgb": np.array([[[10, 200, 30]]], np.uint8),
        "1x1 gray": np.array([[77]], np.uint8),
        "1x5000 strip": rng.integers(0, 256, (1, 5000, 3), dtype=np.uint8),
        "5000x1 gray strip": rng.integers(0, 256, (5000, 1), dtype=np.uint8),
        "rgba": rgba,
        "16-bit gray": deep,
        "flat": np.full((10, 10, 3), 128, np.uint8),
    }


@pytest.mark.parametrize("name", list(_robust_sources()))
def test_every_mode_and_dither_on_awkward_images(name):
    pixels = _robust_sources()[name]
    for mode in MODES:
        for dither in DITHERS:
            for extra in ({}, {"threshold": None}, {"keep_planes": (7, 0)}, {"bits": 1}, {"colors": 2}):
                result = convert(pixels, BitDepthSettings(mode=mode, dither=dither, **extra))
                assert result.image.dtype == np.uint8
                assert result.image.shape[:2] == pixels.shape[:2]
