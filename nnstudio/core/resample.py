"""Resolution: fewer (or more) pixels, by a factor or to a size, with OpenCV's interpolations."""

from __future__ import annotations

import re

import cv2
import numpy as np

from .errors import InputError
from .image_io import MAX_PIXELS
from .i18n import translate

#: Name -> OpenCV flag. "area" averages the pixels each new pixel covers (best for shrinking).
INTERPOLATIONS = {
    "nearest": cv2.INTER_NEAREST,
    "bilinear": cv2.INTER_LINEAR,
    "bicubic": cv2.INTER_CUBIC,
    "area": cv2.INTER_AREA,
}

MAX_SCALE = 8.0


def parse_size(text: str) -> tuple[int, int]:
    """'640x480' -> (640, 480), or InputError."""
    match = re.fullmatch(r"\s*(\d+)\s*[xX×]\s*(\d+)\s*", text)
    if not match:
        raise InputError(translate("Resample", "{text} is not a size like 640x480.").format(text=repr(text)))
    return int(match.group(1)), int(match.group(2))


def target_size(
    width: int, height: int, *, size: tuple[int, int] | None = None, scale: float | None = None
) -> tuple[int, int]:
    """The (width, height) to resample to: an explicit size, or the image scaled by a factor
    (each side at least 1 pixel)."""
    if size is not None:
        w, h = size
    elif scale is not None:
        if not 0 < scale <= MAX_SCALE:
            raise InputError(translate("Resample", "The scale must be above 0 and at most {MAX_SCALE}, not {scale}.").format(MAX_SCALE=format(MAX_SCALE, "g"), scale=format(scale, "g")))
        w, h = max(1, round(width * scale)), max(1, round(height * scale))
    else:
        return width, height
    if w < 1 or h < 1:
        raise InputError(translate("Resample", "A size of {w}x{h} has no pixels; use at least 1x1.").format(w=w, h=h))
    if w * h > MAX_PIXELS:
        raise InputError(translate("Resample", "{w}x{h} is more than {value} megapixels.").format(w=w, h=h, value=MAX_PIXELS // 1_000_000))
    return w, h


def resample(pixels: np.ndarray, size: tuple[int, int], interp: str = "area") -> np.ndarray:
    """The image at ``size`` = (width, height); unchanged when the size is already that."""
    if interp not in INTERPOLATIONS:
        raise InputError(translate("Resample", "Unknown interpolation {interp}; use {value}.").format(interp=repr(interp), value=', '.join(INTERPOLATIONS)))
    if (pixels.shape[1], pixels.shape[0]) == tuple(size):
        return pixels
    return cv2.resize(np.ascontiguousarray(pixels), tuple(size), interpolation=INTERPOLATIONS[interp])
