"""The live feed: the one model of "a camera or video is the current image" that the live
bar, the File menu and the tabs bind to.

It owns the frame reader (source.py), hands its newest frame to the ImageDocument whenever
the shown tab is ready for one (so a slow pipeline drops frames instead of cancelling each
result before it is shown), and keeps the figures the bar prints: the frame number, the
frames shown per second and the frames dropped.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.image_io import LoadedImage, image_from_array
from ...core.video import VideoInfo, open_camera, open_video
from ..document import ImageDocument
from .source import Frame, LiveSource

#: How often the feed looks whether the shown tab is ready for the next frame (ms). A frame
#: that arrives while the tab is idle is handed over at once; this only bounds the wait
#: after a busy tab finishes.
POLL_MS = 4
#: Frames over which the shown rate is averaged.
RATE_WINDOW = 30


class LiveFeed(QObject):
    changed = Signal()  # opened, paused, resumed or closed: the bar redraws its buttons
    counted = Signal()  # a frame was shown: the bar redraws its counter
    failed = Signal(str)  # one sentence; the previous (or last) picture stays
    said = Signal(str)  # a plain message, e.g. "the video ended"

    def __init__(self, document: ImageDocument, ready: Callable[[], bool] = lambda: True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._ready = ready  # whether the shown tab has finished with the previous frame
        self.loop = True
        self.source: LiveSource | None = None
        self.info: VideoInfo | None = None
        self._retired: list[LiveSource] = []  # stopped, joined on shutdown
        self._before: LoadedImage | None = None  # the still image to go back to on Close
        self._shown_times: deque[float] = deque(maxlen=RATE_WINDOW)
        self.frame: Frame | None = None  # the frame on show
        self.shown = 0
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._deliver)

    # --- state the bar reads ---------------------------------------------------------------
    @property
    def active(self) -> bool:
        """A source is open or opening."""
        return self.source is not None

    @property
    def paused(self) -> bool:
        return self.source is not None and self.source.paused

    @property
    def dropped(self) -> int:
        return self.source.dropped if self.source is not None else 0

    @property
    def shown_fps(self) -> float:
        times = self._shown_times
        if len(times) < 2 or times[-1] <= times[0]:
            return 0.0
        return (len(times) - 1) / (times[-1] - times[0])

    # --- opening ------------------------------------------------------------------------------
    def open_video(self, path: str | Path) -> None:
        self._start(lambda: open_video(path))

    def open_camera(self, index: int) -> None:
        self._start(lambda: open_camera(index))

    def _start(self, opener) -> None:
        self._retire()
        source = LiveSource(opener, self.loop, self)
        source.opened.connect(lambda info: self._on_opened(source, info))
        source.frame_ready.connect(lambda: self._deliver() if source is self.source else None)
        source.failed.connect(lambda text: self._on_failed(source, text))
        source.ended.connect(lambda count: self._on_ended(source, count))
        self.source = source
        self.info = None
        self.frame = None
        self.shown = 0
        self._shown_times.clear()
        source.start()
        self.changed.emit()

    def _on_opened(self, source: LiveSource, info: VideoInfo) -> None:
        if source is not self.source:
            return
        self.info = info
        if not self.document.is_live:
            self._before = self.document.image
        self.document.set_live(True)
        self._poll.start()
        self.changed.emit()

    # --- frames --------------------------------------------------------------------------------
    def _deliver(self) -> None:
        source = self.source
        if source is None or self.info is None or source.paused or not self._ready():
            return
        frame = source.take()
        if frame is None:
            return
        self.frame = frame
        self.shown += 1
        self._shown_times.append(time.perf_counter())
        self.document.set_image(frame.image, frame.working)
        self.counted.emit()

    # --- the bar's buttons -----------------------------------------------------------------
    def set_paused(self, paused: bool) -> None:
        if self.source is not None:
            self.source.set_paused(paused)
            if paused:
                self._shown_times.clear()  # the rate after ▶ starts afresh
            self.changed.emit()

    def set_loop(self, loop: bool) -> None:
        self.loop = loop
        if self.source is not None:
            self.source.loop = loop

    def snapshot(self) -> None:
        """The frame on show becomes the still image of every tab; the source closes."""
        frame, info = self.frame, self.info
        self._end()
        if frame is not None and info is not None:
            name = self.tr("{name}, frame {n}").format(name=info.name, n=frame.index)
            self.document.set_image(image_from_array(frame.image.pixels, name, copy=False))

    def close(self) -> None:
        """Back to the still image that was current before the source opened."""
        before = self._before
        self._end()
        if before is not None:
            self.document.set_image(before)

    def stop(self) -> None:
        """Close the source and keep whatever is on show (another image is about to come)."""
        if self.active:
            self._end()

    # --- endings ---------------------------------------------------------------------------------
    def _on_failed(self, source: LiveSource, text: str) -> None:
        if source is self.source:
            self._end()
            self.failed.emit(text)

    def _on_ended(self, source: LiveSource, count: int) -> None:
        if source is self.source:
            self._deliver_last()
            name = self.info.name if self.info is not None else ""
            self._end()
            self.said.emit(self.tr("{name} ended after {n} frames; its last frame stays.").format(name=name, n=count))

    def _deliver_last(self) -> None:
        """A frame still in the mailbox at the end of a file is the one to keep."""
        frame = self.source.take() if self.source is not None else None
        if frame is not None:
            self.frame = frame
            self.document.set_image(frame.image, frame.working)

    def _end(self) -> None:
        self._retire()
        self._before = None
        self.document.set_live(False)
        self.changed.emit()

    def _retire(self) -> None:
        """Stop the current source without waiting (a camera being opened can take a second);
        its thread is joined on shutdown, its late signals are ignored."""
        self._poll.stop()
        if self.source is not None:
            self.source.request_stop()
            self._retired.append(self.source)
            self.source = None
            self.info = None
        self._retired = [s for s in self._retired if s.alive]

    def shutdown(self) -> None:
        """Stop every reader thread and wait for each (the window is closing)."""
        self._retire()
        for source in self._retired:
            source.stop()
        self._retired.clear()
