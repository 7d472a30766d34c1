"""The Pixels tab's background job: convert, and prepare every picture the views show.

Runs on the worker thread with plain data (the image, the settings) and returns plain data,
so it never touches a widget."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ...core.bands import IsCancelled, check
from ...core.bitdepth import BitDepthResult
from ...core.channels import HSV_NAMES, histograms, split_channels
from ...core.image_io import LoadedImage
from ...core.pixel_pipeline import PixelSettings, apply
from ...core.transparency import over_checkerboard


@dataclass(frozen=True)
class Conversion:
    """What the worker hands back: read-only arrays, ready to show."""

    image: LoadedImage  # the image it was made from
    settings: PixelSettings
    show: str  # which channel(s) the views show
    result: BitDepthResult
    original_view: np.ndarray
    result_view: np.ndarray
    original_histograms: dict[str, np.ndarray] | None  # None: not asked for (tab not shown)
    result_histograms: dict[str, np.ndarray] | None


def _channel_view(pixels: np.ndarray, show: str) -> np.ndarray:
    if show == "colour" or pixels.ndim == 2:
        return pixels
    return split_channels(pixels, "hsv" if show in HSV_NAMES else "rgb")[show]


def _original_view(image: LoadedImage, show: str) -> np.ndarray:
    """The original as shown: with alpha, the colours over a checkerboard, so transparency
    shows as the checkerboard coming through (alone, a channel shows its own values)."""
    if image.alpha is None or show != "colour":
        return _channel_view(image.pixels, show)
    return over_checkerboard(image.pixels, image.alpha)


def run_conversion(
    image: LoadedImage,
    settings: PixelSettings,
    show: str,
    previous: Conversion | None = None,
    with_histograms: bool = True,
    cancelled: IsCancelled | None = None,
) -> Conversion:
    """The background job of the tab: convert, and prepare everything the views show. The
    original's view and histograms are taken from ``previous`` when it was made from the same
    image showing the same channels: a slider drag changes only the result. Its conversion is
    taken from ``previous`` too when the settings are the same: showing another channel or
    the histograms tab converts nothing again. Histograms (4-8 ms for a 1920x1080 image) are
    made only ``with_histograms``. Once ``cancelled()`` (a newer request was made) it stops
    with Cancelled between steps and bands."""
    same_result = previous is not None and previous.image is image and previous.settings == settings
    result = previous.result if same_result else apply(image.pixels, settings, cancelled)
    check(cancelled)
    space = "hsv" if show in HSV_NAMES else "rgb"
    same_original = previous is not None and previous.image is image and previous.show == show
    original_view = previous.original_view if same_original else _original_view(image, show)
    original_histograms = result_histograms = None
    if with_histograms:
        reusable = same_original and previous.original_histograms is not None
        original_histograms = previous.original_histograms if reusable else histograms(image.pixels, space)
        check(cancelled)
        result_histograms = histograms(result.image, space)
    return Conversion(
        image,
        settings,
        show,
        result,
        original_view,
        _channel_view(result.image, show),
        original_histograms,
        result_histograms,
    )
