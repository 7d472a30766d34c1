"""Pooling as torch's max_pool2d / avg_pool2d (count_include_pad=True, floor mode) define it.

Max pooling pads with −∞ (a padded pixel never wins), average pooling pads with zeros that
count in the mean. Stride 1 uses OpenCV's dilate / box filter over the whole image; a larger
stride takes the max or sum of the k² strided slices, which touches only the kept outputs.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from .errors import InputError
from .i18n import translate

POOL_KINDS = ("max", "avg", "global_avg")


@dataclass(frozen=True)
class PoolSettings:
    kind: str = "max"
    size: int = 2
    stride: int | None = None  # None: the size, as torch's default
    padding: int = 0

    @property
    def step(self) -> int:
        return int(self.stride) if self.stride else int(self.size)


def pool_output_size(n: int, settings: PoolSettings) -> int:
    if settings.kind == "global_avg":
        return 1
    return (n + 2 * settings.padding - settings.size) // settings.step + 1


def check_pool(shape_hw: tuple[int, int], settings: PoolSettings) -> tuple[int, int]:
    """The output (H, W), or InputError when the settings cannot work on this size."""
    if settings.kind not in POOL_KINDS:
        raise InputError(translate("Pooling", "Pooling must be one of {value}, not {kind}.").format(value=', '.join(POOL_KINDS), kind=repr(settings.kind)))
    if settings.kind == "global_avg":
        return 1, 1
    if settings.size < 1 or settings.step < 1:
        raise InputError(translate("Pooling", "Pooling size and stride must be 1 or more."))
    if not 0 <= settings.padding <= settings.size // 2:
        raise InputError(translate("Pooling", "Pooling padding must be between 0 and half the window ({value}).").format(value=settings.size // 2))
    ho, wo = (pool_output_size(n, settings) for n in shape_hw)
    if ho < 1 or wo < 1:
        raise InputError(
            translate("Pooling", "A {size}×{size} pooling window does not fit in the {value}×{value2} map: use a smaller window or more padding.").format(size=settings.size, value=shape_hw[1], value2=shape_hw[0])
        )
    return ho, wo


def pool_hwc(x: np.ndarray, settings: PoolSettings) -> np.ndarray:
    """Pool an (H, W, C) float32 map; returns (Ho, Wo, C)."""
    ho, wo = check_pool(x.shape[:2], settings)
    if settings.kind == "global_avg":
        return x.mean(axis=(0, 1), dtype=np.float64).astype(np.float32)[None, None, :]
    k, s, p = settings.size, settings.step, settings.padding
    is_max = settings.kind == "max"
    if p:
        fill = -np.inf if is_max else 0.0
        x = np.ascontiguousarray(x)
        x = cv2.copyMakeBorder(x, p, p, p, p, cv2.BORDER_CONSTANT, value=(fill,) * 4).reshape(
            x.shape[0] + 2 * p, x.shape[1] + 2 * p, x.shape[2]
        )
    if s == 1:
        x = np.ascontiguousarray(x, np.float32)
        anchor = (0, 0)
        if is_max:
            full = cv2.dilate(x, np.ones((k, k), np.uint8), anchor=anchor, borderType=cv2.BORDER_REPLICATE)
        else:
            full = cv2.boxFilter(x, cv2.CV_32F, (k, k), anchor=anchor, normalize=True, borderType=cv2.BORDER_REPLICATE)
        return full.reshape(x.shape)[:ho, :wo]
    return _kept_rows_then_columns(x, k, s, ho, wo, is_max)


def _kept_rows_then_columns(x: np.ndarray, k: int, s: int, ho: int, wo: int, is_max: bool) -> np.ndarray:
    """Stride > 1: combine the k row-strided views (only kept rows), then a 1×k dilate or box
    sum along the rows and every s-th column. Numpy's k² column-strided slices were 5× slower."""
    channels = x.shape[2]
    combine = cv2.max if is_max else cv2.add
    acc = np.array(x[0 : s * (ho - 1) + 1 : s], np.float32)
    for a in range(1, k):
        acc = combine(acc, x[a : a + s * (ho - 1) + 1 : s], dst=acc)
    acc = acc.reshape(ho, x.shape[1], channels)
    if k > 1:
        if is_max:
            acc = cv2.dilate(acc, np.ones((1, k), np.uint8), anchor=(0, 0), borderType=cv2.BORDER_REPLICATE)
        else:
            acc = cv2.boxFilter(acc, cv2.CV_32F, (k, 1), anchor=(0, 0), normalize=False, borderType=cv2.BORDER_REPLICATE)
        acc = acc.reshape(ho, x.shape[1], channels)
    out = acc[:, : s * (wo - 1) + 1 : s]
    return out if is_max else out * np.float32(1.0 / (k * k))


def pool2d(x_chw: np.ndarray, settings: PoolSettings) -> np.ndarray:
    """Pool a (C, H, W) map, as torch's max_pool2d / avg_pool2d / adaptive_avg_pool2d(1)."""
    hwc = np.ascontiguousarray(np.asarray(x_chw, np.float32).transpose(1, 2, 0))
    return pool_hwc(hwc, settings).transpose(2, 0, 1)
