"""Channels: R, G, B and H, S, V each as its own gray image, and their histograms."""

from __future__ import annotations

import cv2
import numpy as np

RGB_NAMES = ("R", "G", "B")
HSV_NAMES = ("H", "S", "V")


def split_channels(pixels: np.ndarray, space: str = "rgb") -> dict[str, np.ndarray]:
    """Name -> (H, W) uint8 plane. A gray image has one channel, "Gray", in either space.

    Hue uses OpenCV's full range (RGB2HSV_FULL): 0..255 for 0..360 degrees, so it is an
    ordinary 8-bit image like the others.
    """
    if pixels.ndim == 2:
        return {"Gray": pixels}
    rgb = np.ascontiguousarray(pixels)
    if space == "hsv":
        return dict(zip(HSV_NAMES, cv2.split(cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV_FULL))))
    return dict(zip(RGB_NAMES, cv2.split(rgb)))


def histogram(channel: np.ndarray) -> np.ndarray:
    """Count of each value 0..255 in one 8-bit channel (int64, length 256)."""
    counts = cv2.calcHist([np.ascontiguousarray(channel)], [0], None, [256], [0, 256])
    return counts.ravel().astype(np.int64)


def histograms(pixels: np.ndarray, space: str = "rgb") -> dict[str, np.ndarray]:
    """One histogram per channel of a gray or RGB image, in RGB or HSV."""
    return {name: histogram(plane) for name, plane in split_channels(pixels, space).items()}
