"""The current image, shared by every tab: one model, many views."""

from __future__ import annotations

import cv2
import numpy as np
from PySide6.QtCore import QObject, Signal

from ..core.image_io import LoadedImage

#: Most pixels of the working copy: the tabs that compute on whole pictures (Filters, the
#: Network tab's "Use the current image") gain nothing from 100 megapixels but would hold
#: float32 copies of 1.2 GB each. 2048 × 2048 keeps a 1920 × 1080 photo as it is.
WORKING_PIXELS = 2048 * 2048
#: The working copy of a live frame: 640 × 360 of a 1280 × 720 camera. A conv + ReLU + pool
#: pipeline on every full frame runs at about 10 fps on two busy cores, on this copy at 25
#: or more (benchmarks/live_video.py); Snapshot gives the full frame back as a still image.
LIVE_WORKING_PIXELS = 640 * 360


def working_copy(pixels: np.ndarray, limit: int | None = None) -> np.ndarray:
    """``pixels`` itself when small enough, else scaled down (area average) to ``limit`` pixels
    (WORKING_PIXELS unless given; read at call time, so a changed budget applies)."""
    limit = WORKING_PIXELS if limit is None else limit
    h, w = pixels.shape[:2]
    if h * w <= limit:
        return pixels
    scale = (limit / (h * w)) ** 0.5
    size = (max(1, int(w * scale)), max(1, int(h * scale)))
    small = cv2.resize(pixels, size, interpolation=cv2.INTER_AREA)
    small.flags.writeable = False
    return small


class ImageDocument(QObject):
    """Holds the current LoadedImage and says when it changes.

    Tabs read ``document.image`` and listen to ``image_changed``. The image only ever changes
    as a whole, after it has been decoded completely, so no view sees a half-loaded state.
    ``working_pixels`` is the same picture at most WORKING_PIXELS large, for the tabs that
    do not need every pixel (made on the loader's thread for a file; see ``set_image``).
    """

    image_changed = Signal(object)  # the new LoadedImage
    #: True while a camera or video feeds the document (every shown frame arrives through
    #: ``set_image``); views that are too slow for every frame, or that record frames, listen.
    live_changed = Signal(bool)

    def __init__(self, image: LoadedImage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._image = image
        self._working = working_copy(image.pixels)
        self._live = False

    @property
    def is_live(self) -> bool:
        return self._live

    def set_live(self, live: bool) -> None:
        if live != self._live:
            self._live = live
            self.live_changed.emit(live)

    @property
    def image(self) -> LoadedImage:
        return self._image

    @property
    def working_pixels(self) -> np.ndarray:
        return self._working

    def set_image(self, image: LoadedImage, working: np.ndarray | None = None) -> None:
        """Make ``image`` current; ``working`` is its working copy when already made
        (``working_copy(image.pixels)``), else it is made here."""
        self._image = image
        self._working = working if working is not None else working_copy(image.pixels)
        self.image_changed.emit(image)
