"""Turning float feature maps into 8-bit pictures a student can read.

A signed map (a convolution's raw output) gets a diverging colour map centred on 0: blue
for negative, white for 0, red for positive, scaled by the largest magnitude. A map with no
negative values is shown as the image it is (0..255), or scaled to its maximum when it is
not on that scale (sigmoid's 0..1, a blur's sums above 255).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import cv2
import numpy as np

from .i18n import translate

# Moreland's cool-warm end points with white in the middle: readable for most colour-blind
# viewers and with 0 clearly in the centre.
_NEGATIVE = np.array([59, 76, 192], np.float64)
_POSITIVE = np.array([180, 4, 38], np.float64)


def _diverging_lut() -> np.ndarray:
    t = np.linspace(-1.0, 1.0, 256)[:, None]
    white = np.full(3, 255.0)
    lut = np.where(t < 0, white + (-t) * (_NEGATIVE - white), white + t * (_POSITIVE - white))
    return np.rint(lut).astype(np.uint8)


DIVERGING_LUT = _diverging_lut()


@dataclass(frozen=True)
class MapPicture:
    pixels: np.ndarray  # uint8 (H, W) or (H, W, 3)
    low: float  # the value shown darkest / most blue
    high: float  # the value shown brightest / most red
    minimum: float
    maximum: float
    signed: bool
    non_finite: int  # NaN or ±inf values (shown as 0)
    legend: str  # how to read the colours


def render_map(hwc: np.ndarray, channel: int | None = None, as_image: bool = False) -> MapPicture:
    """An 8-bit picture of an (H, W, C) float map; ``channel`` picks one, None shows all.
    ``as_image`` draws the values as the picture they are, clipped to 0..255."""
    if channel is None and hwc.ndim == 3 and hwc.shape[2] not in (1, 3):
        # Two or four-plus maps (a conv layer's output) are no colour picture: map 0 is
        # drawn and the legend says how to see the others.
        first = render_map(hwc, 0, as_image)
        return replace(first, legend=translate("FeatureDisplay", "map 0 of {n}, choose a channel for the "
                                               "others; {legend}").format(n=hwc.shape[2], legend=first.legend))
    x = np.ascontiguousarray(hwc if channel is None else hwc[:, :, channel : channel + 1], np.float32)
    flat = x.reshape(x.shape[0], -1)  # one 2-D plane, so OpenCV's single-pass checks apply
    non_finite = 0
    if x.size and not all_finite(flat):
        finite_mask = np.isfinite(x)
        non_finite = int(x.size - np.count_nonzero(finite_mask))
        x = np.where(finite_mask, x, 0).astype(np.float32)
        flat = x.reshape(x.shape[0], -1)
    lo, hi = cv2.minMaxLoc(flat)[:2] if x.size else (0.0, 0.0)
    if as_image:
        # Negative values to 0, then OpenCV rounds and saturates at 255 in one pass.
        # (np.maximum, not cv2.max: OpenCV reads a 1x1 array as a scalar.)
        positive = np.maximum(x.reshape(x.shape[0], -1), 0.0)
        pixels = cv2.convertScaleAbs(positive).reshape(x.shape)
        pixels = pixels[:, :, 0] if x.shape[2] == 1 else pixels
        legend = translate("FeatureDisplay", "as an image: values clipped to 0..255")
        return MapPicture(np.ascontiguousarray(pixels), 0.0, 255.0, lo, hi, False, non_finite, legend)
    signed = lo < 0
    if signed:
        # Colours saturate at a robust magnitude (99.5th percentile of |x| on a subsample),
        # so a few extreme responses do not wash out the rest; min and max are reported.
        sample = np.abs(_even_sample(x))
        m = max(float(np.percentile(sample, 99.5)), 1e-12)
        idx = cv2.convertScaleAbs(x, alpha=127.5 / m, beta=127.5) if x.shape[2] <= 4 else np.clip(x * (127.5 / m) + 127.5, 0, 255).astype(np.uint8)
        idx = idx.reshape(x.shape)
        if x.shape[2] == 1:
            pixels = cv2.LUT(cv2.merge([idx[:, :, 0]] * 3), DIVERGING_LUT.reshape(256, 1, 3))
            legend = translate("FeatureDisplay", "blue < 0 < red, white = 0, ±{m} saturates").format(m=f"{m:.4g}")
        else:  # each colour channel on its own: 0 is mid-grey, ± the largest magnitude 0 / 255
            pixels, legend = idx, translate("FeatureDisplay", "per channel: mid-grey = 0, ±{m} = dark / bright").format(
                m=f"{m:.4g}")
        return MapPicture(np.ascontiguousarray(pixels), -m, m, lo, hi, True, non_finite, legend)
    top = 1.0 if hi <= 1.0 else 255.0 if hi <= 255.0 else hi
    scaled = cv2.convertScaleAbs(x, alpha=255.0 / top) if x.shape[2] <= 4 else np.clip(x * (255.0 / top), 0, 255).astype(np.uint8)
    scaled = scaled.reshape(x.shape)
    pixels = scaled[:, :, 0] if x.shape[2] == 1 else scaled
    return MapPicture(np.ascontiguousarray(pixels), 0.0, top, lo, hi, False, non_finite,
                      translate("FeatureDisplay", "shown 0..{top}").format(top=f"{top:.4g}"))


def _even_sample(x: np.ndarray, size: int = 65_536) -> np.ndarray:
    """About ``size`` values of x, every n-th of the flattened array.

    n shares no factor with the row length, so the picks drift across the columns from row to
    row: every column is sampled in proportion. (A grid subsample that always keeps the first
    and last columns over-weights the strong responses zero padding makes at the borders.)"""
    flat = x.reshape(-1)
    n = max(1, flat.size // size)
    row = x.shape[1] * x.shape[2]
    while math.gcd(n, row) != 1:
        n += 1
    return flat[::n]


def all_finite(plane: np.ndarray) -> bool:
    """True when a 2-D float array holds no NaN and no ±inf.

    Its sum, taken in float64, is finite exactly then (float32 values cannot overflow a
    float64 sum); cv2.sumElems does it in 0.9 ms on a 1080p RGB map, cv2.checkRange in 6.6."""
    return math.isfinite(cv2.sumElems(plane)[0])


#: Channels resized at once. OpenCV 5's area resize refuses more than 4 at some scales
#: ("func != 0 && cn <= 4", e.g. 200 → 96 pixels) and its Python binding more than 128.
CV_MAX_CHANNELS = 4


def thumbnail(hwc: np.ndarray, side: int = 96, as_image: bool = False) -> MapPicture:
    """A small picture of a map: shrunk first, then coloured.

    Every k-th pixel is taken before the area average so that a 1080p map costs about a
    millisecond instead of a full-resolution pass; a thumbnail needs no more than 4 samples
    per shown pixel.
    """
    h, w = hwc.shape[:2]
    scale = side / max(h, w)
    if scale >= 1:
        return render_map(hwc, as_image=as_image)
    step = max(1, int(max(h, w) // (side * 4)))
    x = np.ascontiguousarray(hwc[::step, ::step])
    if not all_finite(x.reshape(x.shape[0], -1)):
        x = np.nan_to_num(x, nan=0.0, posinf=0.0, neginf=0.0)
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    # A conv layer gives any number of maps: OpenCV takes them a few at a time.
    parts = [cv2.resize(np.ascontiguousarray(x[..., i:i + CV_MAX_CHANNELS]), size, interpolation=cv2.INTER_AREA)
             .reshape(size[1], size[0], -1) for i in range(0, x.shape[2], CV_MAX_CHANNELS)]
    small = parts[0] if len(parts) == 1 else np.concatenate(parts, axis=2)
    return render_map(small, as_image=as_image)
