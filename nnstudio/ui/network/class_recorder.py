"""Record: while the button is held and the current image is live (a camera or a video),
take N frames a second from the image document into the current class."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ..document import ImageDocument
from .class_set_model import ClassSetModel

DEFAULT_RATE = 5  # frames a second: a 6-second hold gives a class 30 samples


class FrameRecorder(QObject):
    recording_changed = Signal(bool)

    def __init__(self, images: ImageDocument, classes: ClassSetModel,
                 clock: Callable[[], float] = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.images, self.classes = images, classes
        self.clock = clock  # time.monotonic; tests pass their own
        self.rate = DEFAULT_RATE
        self.recording = False
        self._last = float("-inf")
        images.image_changed.connect(self._on_image)
        images.live_changed.connect(self._on_live)

    def set_rate(self, rate: int) -> None:
        self.rate = max(1, int(rate))

    def start(self) -> bool:
        if not self.images.is_live:
            self.classes.said.emit(self.tr("Record takes frames from a camera or a video: use File ▸ Open "
                                           "camera… or Open video… first."), True)
            return False
        if self.classes.current < 0:
            self.classes.said.emit(self.tr("Add a class first, then fill it."), True)
            return False
        self.recording, self._last = True, float("-inf")
        self.recording_changed.emit(True)
        return True

    def stop(self) -> None:
        if self.recording:
            self.recording = False
            self.recording_changed.emit(False)

    def _on_live(self, live: bool) -> None:
        if not live:  # the camera closed or the video ended: nothing more to take
            self.stop()

    def _on_image(self, image) -> None:
        if not self.recording:
            return
        now = self.clock()
        # A frame is taken when 1/rate s have passed since the last one taken: a camera
        # faster than the rate gives exactly the rate, a slower one every frame it sends.
        if now - self._last >= 1.0 / self.rate:
            self._last = now
            self.classes.add_sample(image.pixels)
