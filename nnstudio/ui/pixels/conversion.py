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


class RecentConversions:
    """The last few conversions of the image on show, found again by their settings.

    A slider dragged to and fro passes the same few values again and again (the N-bits slider
    has eight), and a dithered 1920 × 1080 image takes 30-60 ms to convert: a value already
    seen is shown again from here instead of converted again. Bounded by a count and by the
    bytes the results hold, so a very large image keeps only what is on show; a new image
    (or a live frame) makes every earlier entry useless, so they go."""

    def __init__(self, most: int = 8, budget_bytes: int = 48 * 2**20) -> None:
        self.most, self.budget_bytes = most, budget_bytes
        self._entries: list[Conversion] = []  # oldest first

    def find(self, image: LoadedImage, settings: PixelSettings) -> Conversion | None:
        for conversion in reversed(self._entries):
            if conversion.image is image and conversion.settings == settings:
                return conversion
        return None

    def add(self, conversion: Conversion) -> None:
        kept = [c for c in self._entries if c.image is conversion.image and c.settings != conversion.settings]
        kept.append(conversion)
        while len(kept) > 1 and (len(kept) > self.most or sum(map(_result_bytes, kept)) > self.budget_bytes):
            kept.pop(0)
        self._entries = kept

    def __len__(self) -> int:
        return len(self._entries)


def _result_bytes(conversion: Conversion) -> int:
    """What an entry holds on its own (the original's view is shared by all of them)."""
    arrays = {id(a): a for a in (conversion.result.image, conversion.result_view, conversion.result.indices)
              if isinstance(a, np.ndarray)}
    return sum(a.nbytes for a in arrays.values())
