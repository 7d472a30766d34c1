"""Compression: encode an image in memory as PNG, JPEG, WebP or BMP and measure what it cost.

Sizes are exact byte counts of the encoded data; the decoded image comes back so the
artefacts of lossy formats can be looked at.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from .errors import InputError
from .i18n import translate

FORMATS = ("png", "jpeg", "webp", "bmp")
LOSSY = ("jpeg", "webp")


@dataclass(frozen=True)
class Encoded:
    fmt: str
    data: bytes
    decoded: np.ndarray  # what a viewer shows after decoding: same shape as the input
    raw_bytes: int  # W x H x channels, the uncompressed size of the input

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def ratio(self) -> float:
        """Raw size / encoded size: 10 means a tenth of the raw bytes."""
        return self.raw_bytes / self.size


def encode(pixels: np.ndarray, fmt: str, quality: int = 90) -> Encoded:
    """Encode an 8-bit gray or RGB image; ``quality`` (1..100) applies to JPEG and WebP."""
    if fmt not in FORMATS:
        raise InputError(translate("Compression", "Unknown format {fmt}; use one of {value}.").format(fmt=repr(fmt), value=', '.join(FORMATS)))
    if not 1 <= quality <= 100:
        raise InputError(translate("Compression", "The quality must be 1..100, not {quality}.").format(quality=quality))
    # OpenCV encodes BGR; the one BGR conversion outside the loader, undone right after.
    bgr = pixels if pixels.ndim == 2 else cv2.cvtColor(np.ascontiguousarray(pixels), cv2.COLOR_RGB2BGR)
    params = {
        "jpeg": [cv2.IMWRITE_JPEG_QUALITY, quality],
        "webp": [cv2.IMWRITE_WEBP_QUALITY, quality],
        "png": [],  # OpenCV's default level: much faster than zlib's 6, nearly as small
        "bmp": [],
    }[fmt]
    ok, buffer = cv2.imencode(f".{'jpg' if fmt == 'jpeg' else fmt}", bgr, params)
    if not ok:
        raise InputError(translate("Compression", "OpenCV could not encode this image as {value}.").format(value=fmt.upper()))
    flag = cv2.IMREAD_GRAYSCALE if pixels.ndim == 2 else cv2.IMREAD_COLOR
    decoded = cv2.imdecode(buffer, flag)
    if pixels.ndim == 3:
        decoded = cv2.cvtColor(decoded, cv2.COLOR_BGR2RGB)
    channels = 1 if pixels.ndim == 2 else pixels.shape[2]
    raw = pixels.shape[0] * pixels.shape[1] * channels
    return Encoded(fmt, buffer.tobytes(), decoded, raw)


def psnr(reference: np.ndarray, test: np.ndarray) -> float:
    """Peak signal-to-noise ratio in dB for 8-bit images; infinite when they are identical."""
    if reference.shape != test.shape:
        raise InputError(translate("Compression", "PSNR compares images of the same size and channels."))
    mse = float(np.mean((reference.astype(np.float64) - test.astype(np.float64)) ** 2))
    return float("inf") if mse == 0 else 10.0 * np.log10(255.0**2 / mse)
