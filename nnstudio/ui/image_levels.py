"""The levels to hand pyqtgraph with a picture, so that drawing it can never fail.

pyqtgraph draws an 8-bit picture as it is when its levels are None (no rescale on each
paint), but raises "levels argument is required for float input types" inside
``ImageItem.paint`` for any other dtype without levels; an exception there can end the
process. Every image item in nnstudio is therefore given ``levels=display_levels(array)``.
"""

from __future__ import annotations

import numpy as np


def display_levels(array: np.ndarray) -> tuple[float, float] | None:
    """None for uint8 (drawn as it is); otherwise the finite (min, max), widened if flat."""
    if array.dtype == np.uint8:
        return None
    if array.dtype == np.bool_:
        return (0.0, 1.0)
    if array.dtype.kind in "ui" and array.itemsize <= 2:
        info = np.iinfo(array.dtype)
        return (float(info.min), float(info.max))
    finite = array[np.isfinite(array)] if array.dtype.kind in "fc" else array
    if finite.size == 0:
        return (0.0, 1.0)
    low, high = float(finite.min()), float(finite.max())
    return (low, high) if high > low else (low - 0.5, low + 0.5)
