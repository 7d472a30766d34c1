"""Transparency made visible: colours composited over a checkerboard by their alpha.

Neither OpenCV nor Pillow draws the checkerboard image editors show behind transparent
pixels; Pillow's alpha_composite needs RGBA images on both sides and costs a conversion of
each, so the blend is one numpy expression here.
"""

from __future__ import annotations

import numpy as np

#: Side of a square of the checkerboard drawn behind transparent pixels, and its two grays.
CHECKER_SIDE = 8
CHECKER_GRAYS = (204, 255)


def checkerboard(height: int, width: int) -> np.ndarray:
    """The (H, W) uint8 checkerboard that shows through transparent pixels."""
    rows = (np.arange(height) // CHECKER_SIDE)[:, None]
    cols = (np.arange(width) // CHECKER_SIDE)[None, :]
    return np.where((rows + cols) % 2 == 0, CHECKER_GRAYS[1], CHECKER_GRAYS[0]).astype(np.uint8)


def over_checkerboard(pixels: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    """Gray or RGB pixels composited over the checkerboard by their 8-bit alpha, rounded:
    what an image editor shows for a transparent image."""
    board = checkerboard(*alpha.shape)
    if pixels.ndim == 3:
        board = np.repeat(board[:, :, None], pixels.shape[2], axis=2)
    a = (alpha.astype(np.float32) / 255.0)
    if pixels.ndim == 3:
        a = a[:, :, None]
    out = np.rint(pixels * a + board * (1.0 - a)).astype(np.uint8)
    out.setflags(write=False)
    return out
