"""Where one output value comes from: the patch, the kernel, the products and their sum.

The numbers are recomputed from the stage's input with the same padding the stage used, so
the sum shown is the value displayed (up to float32 rounding of a different summation order).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .convolution import ConvSettings, check_pad_fits, output_shape, pad_amounts, pad_hwc
from .errors import InputError
from .pooling import PoolSettings, check_pool
from .i18n import translate


@dataclass(frozen=True)
class ConvExplanation:
    channel: int
    row: int
    col: int
    patch: np.ndarray  # (kh, kw) input values under the kernel (padding included)
    kernel: np.ndarray
    products: np.ndarray
    total: float
    origin: tuple[int, int]  # (row, col) of the patch's top-left tap in the unpadded input
    step: int  # the dilation: distance between taps in the input


@dataclass(frozen=True)
class PoolExplanation:
    channel: int
    row: int
    col: int
    window: np.ndarray  # (k, k) values, padding shown as -inf (max) or 0 (avg)
    kind: str
    result: float
    winner: tuple[int, int] | None  # (row, col) in the unpadded input of the max, or None
    origin: tuple[int, int]


def _check_index(shape_hw: tuple[int, int], row: int, col: int) -> None:
    if not (0 <= row < shape_hw[0] and 0 <= col < shape_hw[1]):
        raise InputError(translate("Explain", "Pixel ({col}, {row}) is outside the {value}×{value2} output.").format(col=col, row=row, value=shape_hw[1], value2=shape_hw[0]))


def explain_conv(x_hwc: np.ndarray, kernel: np.ndarray, settings: ConvSettings, channel: int, row: int, col: int) -> ConvExplanation:
    """The patch under the kernel for output (row, col) of ``channel`` and its weighted sum."""
    kernel = np.asarray(kernel, np.float32)
    _check_index(output_shape(x_hwc.shape[:2], kernel.shape, settings), row, col)
    check_pad_fits(x_hwc.shape[:2], kernel.shape, settings)
    s, d = settings.stride, settings.dilation
    kh, kw = kernel.shape
    # One channel padded exactly as the stage padded it: a few milliseconds even for 1080p.
    padded = pad_hwc(np.ascontiguousarray(x_hwc[:, :, channel : channel + 1], np.float32), kernel.shape, settings)
    r0, c0 = row * s, col * s
    patch = padded[r0 : r0 + d * (kh - 1) + 1 : d, c0 : c0 + d * (kw - 1) + 1 : d, 0].copy()
    products = patch * kernel
    pad_top = pad_amounts(settings.padding, kh, d)[0]
    pad_left = pad_amounts(settings.padding, kw, d)[0]
    return ConvExplanation(
        channel, row, col, patch, kernel.copy(), products,
        float(products.sum(dtype=np.float64)), (r0 - pad_top, c0 - pad_left), d,
    )


def explain_pool(x_hwc: np.ndarray, settings: PoolSettings, channel: int, row: int, col: int) -> PoolExplanation:
    """The pooling window for output (row, col) and, for max pooling, which input won."""
    _check_index(check_pool(x_hwc.shape[:2], settings), row, col)
    plane = x_hwc[:, :, channel].astype(np.float32)
    if settings.kind == "global_avg":
        return PoolExplanation(channel, 0, 0, plane.copy(), "global_avg", float(plane.mean(dtype=np.float64)), None, (0, 0))
    k, s, p = settings.size, settings.step, settings.padding
    fill = -np.inf if settings.kind == "max" else 0.0
    padded = np.pad(plane, p, constant_values=fill) if p else plane
    r0, c0 = row * s, col * s
    window = padded[r0 : r0 + k, c0 : c0 + k].copy()
    if settings.kind == "max":
        wr, wc = np.unravel_index(int(np.argmax(window)), window.shape)
        return PoolExplanation(channel, row, col, window, "max", float(window[wr, wc]), (r0 + wr - p, c0 + wc - p), (r0 - p, c0 - p))
    return PoolExplanation(channel, row, col, window, "avg", float(window.sum(dtype=np.float64) / (k * k)), None, (r0 - p, c0 - p))
