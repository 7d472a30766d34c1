"""numpy <-> QImage, for 8-bit gray, RGB and RGBA arrays (RGB order, row-major)."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage

_FORMATS = {1: QImage.Format.Format_Grayscale8, 3: QImage.Format.Format_RGB888, 4: QImage.Format.Format_RGBA8888}


def to_qimage(pixels: np.ndarray, alpha: np.ndarray | None = None) -> QImage:
    """A QImage that owns a copy of the pixels (a QImage on a numpy buffer would not)."""
    arr = pixels if alpha is None else np.dstack([_as_rgb(pixels), alpha])
    arr = np.ascontiguousarray(arr, dtype=np.uint8)
    channels = 1 if arr.ndim == 2 else arr.shape[2]
    height, width = arr.shape[:2]
    image = QImage(arr.data, width, height, arr.strides[0], _FORMATS[channels])
    return image.copy()


def from_qimage(image: QImage) -> np.ndarray:
    """RGB (H, W, 3) or RGBA (H, W, 4) uint8 array of a QImage, e.g. from the clipboard."""
    fmt = QImage.Format.Format_RGBA8888 if image.hasAlphaChannel() else QImage.Format.Format_RGB888
    converted = image.convertToFormat(fmt)
    channels = 4 if image.hasAlphaChannel() else 3
    height, width = converted.height(), converted.width()
    buffer = np.frombuffer(converted.constBits(), dtype=np.uint8, count=converted.sizeInBytes())
    rows = buffer.reshape(height, converted.bytesPerLine())
    return rows[:, : width * channels].reshape(height, width, channels).copy()


def _as_rgb(pixels: np.ndarray) -> np.ndarray:
    return np.repeat(pixels[:, :, None], 3, axis=2) if pixels.ndim == 2 else pixels
