"""In-memory encoding: exact sizes, lossless round trips, PSNR as OpenCV computes it."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image
import io

from nnstudio.core.compression import FORMATS, encode, psnr
from nnstudio.core.errors import InputError
from nnstudio.core.image_facts import uncompressed_bytes
from nnstudio.core.samples import load_sample


@pytest.fixture(scope="module")
def photo() -> np.ndarray:
    return load_sample("chelsea").pixels


def test_bmp_size_is_header_plus_padded_rows():
    for w, h in [(1, 1), (3, 2), (33, 7)]:
        rgb = np.zeros((h, w, 3), np.uint8)
        row = -(-w * 3 // 4) * 4  # BMP pads every row to a multiple of 4 bytes
        assert encode(rgb, "bmp").size == 54 + h * row
        gray = np.zeros((h, w), np.uint8)
        assert encode(gray, "bmp").size == 54 + 256 * 4 + h * (-(-w // 4) * 4)  # + gray palette


def test_raw_size_and_ratio(photo):
    enc = encode(photo, "png")
    h, w = photo.shape[:2]
    assert enc.raw_bytes == uncompressed_bytes(w, h, 24) == w * h * 3
    assert enc.ratio == pytest.approx(w * h * 3 / len(enc.data))


@pytest.mark.parametrize("fmt", ["png", "bmp"])
def test_lossless_formats_round_trip(photo, fmt):
    for pixels in (photo, np.ascontiguousarray(photo[..., 1])):
        enc = encode(pixels, fmt)
        np.testing.assert_array_equal(enc.decoded, pixels)
        assert psnr(pixels, enc.decoded) == float("inf")
        # Another decoder reads the same bytes to the same pixels.
        np.testing.assert_array_equal(np.asarray(Image.open(io.BytesIO(enc.data))), pixels)


@pytest.mark.parametrize("fmt", ["jpeg", "webp"])
def test_lossy_quality_trades_size_for_psnr(photo, fmt):
    low, high = encode(photo, fmt, 5), encode(photo, fmt, 95)
    assert low.size < high.size
    assert psnr(photo, low.decoded) < psnr(photo, high.decoded)
    assert low.decoded.shape == photo.shape
    assert psnr(photo, low.decoded) == pytest.approx(cv2.PSNR(photo, low.decoded), rel=1e-9)
    decoded_by_pillow = np.asarray(Image.open(io.BytesIO(high.data)).convert("RGB"))
    assert decoded_by_pillow.shape == photo.shape


def test_tiny_images_encode_in_every_format():
    for pixels in (np.array([[[1, 2, 3]]], np.uint8), np.zeros((1, 5000), np.uint8)):
        for fmt in FORMATS:
            assert encode(pixels, fmt, 50).decoded.shape == pixels.shape


def test_bad_arguments_are_refused(photo):
    with pytest.raises(InputError):
        encode(photo, "gif")
    with pytest.raises(InputError):
        encode(photo, "jpeg", 0)
    with pytest.raises(InputError):
        psnr(photo, photo[..., 0])
