"""Test patterns generated in code: they make banding, aliasing and channel mixing visible."""

from __future__ import annotations

import numpy as np

from .i18n import QT_TRANSLATE_NOOP


def gray_ramp(width: int = 512, height: int = 128) -> np.ndarray:
    """A left-to-right ramp through all 256 gray levels: reduce the bit depth and it bands."""
    row = np.rint(np.linspace(0, 255, width)).astype(np.uint8)
    return np.repeat(row[None, :], height, axis=0)


def color_bars(width: int = 512, height: int = 256) -> np.ndarray:
    """Eight saturated bars on top (white ... black), red, green and blue ramps below."""
    bars = np.array(
        [[255, 255, 255], [255, 255, 0], [0, 255, 255], [0, 255, 0],
         [255, 0, 255], [255, 0, 0], [0, 0, 255], [0, 0, 0]],
        dtype=np.uint8,
    )
    img = np.zeros((height, width, 3), dtype=np.uint8)
    top = height // 2
    columns = np.minimum(np.arange(width) * len(bars) // width, len(bars) - 1)
    img[:top] = bars[columns][None, :, :]
    ramp = np.rint(np.linspace(0, 255, width)).astype(np.uint8)
    third = (height - top) // 3
    for channel in range(3):
        start = top + channel * third
        stop = height if channel == 2 else start + third
        img[start:stop, :, channel] = ramp[None, :]
    return img


def checkerboard(size: int = 512, square: int = 32) -> np.ndarray:
    """Black and white squares: downsample it with 'nearest' and watch the pattern break up."""
    index = np.arange(size) // square
    board = (index[:, None] + index[None, :]) % 2
    return (board * 255).astype(np.uint8)


def zone_plate(size: int = 512) -> np.ndarray:
    """Rings whose frequency rises linearly from the centre to the Nyquist limit at the edge.

    Intensity = 127.5 (1 + cos(pi r^2 / size)): the local frequency is r / size cycles per
    pixel, 0.5 (Nyquist) at r = size / 2. Any resampling that aliases shows false rings.
    """
    coords = np.arange(size) - (size - 1) / 2.0
    r2 = coords[:, None] ** 2 + coords[None, :] ** 2
    return np.rint(127.5 * (1.0 + np.cos(np.pi * r2 / size))).astype(np.uint8)


PATTERNS = {
    "gray-ramp": (gray_ramp, QT_TRANSLATE_NOOP("Samples", "Gray ramp (all 256 levels)")),
    "color-bars": (color_bars, QT_TRANSLATE_NOOP("Samples", "Colour bars and RGB ramps")),
    "checkerboard": (checkerboard, QT_TRANSLATE_NOOP("Samples", "Checkerboard")),
    "zone-plate": (zone_plate, QT_TRANSLATE_NOOP("Samples", "Zone plate (aliasing test)")),
}
