"""The Pixels tab's whole conversion, shared by the tab and ``nnstudio pixels``: first the
resolution (resampling), then the bit depth."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from .bands import IsCancelled, check
from .bitdepth import BitDepthResult, BitDepthSettings, convert
from .resample import resample, target_size


@dataclass(frozen=True)
class PixelSettings:
    depth: BitDepthSettings = field(default_factory=BitDepthSettings)
    size: tuple[int, int] | None = None  # (width, height) to resample to
    scale: float | None = None  # or a factor; neither: keep the resolution
    interp: str = "area"


def apply(pixels: np.ndarray, settings: PixelSettings, cancelled: IsCancelled | None = None) -> BitDepthResult:
    """Resample, then convert; the result's image is read-only (views may keep it). Raises
    Cancelled (core/bands.py) between steps and bands once ``cancelled()`` says so."""
    size = target_size(pixels.shape[1], pixels.shape[0], size=settings.size, scale=settings.scale)
    resampled = resample(pixels, size, settings.interp)
    check(cancelled)
    result = convert(resampled, settings.depth, cancelled)
    image = result.image if result.image is not pixels else pixels.copy()
    image.setflags(write=False)
    return replace(result, image=image)
