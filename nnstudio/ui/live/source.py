"""The frame reader: one thread per open camera or video, newest frame wins.

The thread opens the source (a camera can take a second to answer), reads frames (a file at
its own frame rate, a camera as fast as it sends them) and leaves each one in a one-frame
mailbox. A frame that is still in the mailbox when the next one arrives is dropped and
counted: a slow pipeline sees fewer frames, never older ones, and nothing queues up. The
GUI thread takes frames with ``take()`` when it is ready for one.

Plain threading rather than a QThread: the loop blocks in OpenCV and waits on events, and
signals emitted from it reach the GUI thread queued (as LatestJobRunner's do).
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal

from ...core.errors import InputError
from ...core.i18n import translate
from ...core.image_io import LoadedImage, image_from_array
from ...core.video import VideoInfo, VideoReader
from ..document import LIVE_WORKING_PIXELS, working_copy
from ..session_log import logger


@dataclass(frozen=True)
class Frame:
    """One frame as the document takes it; ``index`` counts from 1 since the source opened;
    ``working`` is its smaller copy for the tabs that compute on whole pictures."""

    image: LoadedImage
    index: int
    working: np.ndarray


class LiveSource(QObject):
    """A camera or video read on its own thread; ``opener`` runs there and returns the reader."""

    opened = Signal(object)  # VideoInfo, once the source answered
    frame_ready = Signal()  # the mailbox went from empty to full
    failed = Signal(str)  # one sentence; the thread has ended
    ended = Signal(int)  # a file reached its end without looping (frames read)

    def __init__(self, opener: Callable[[], VideoReader], loop: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._opener = opener
        self.loop = loop  # read by the thread at the end of a file
        self.info: VideoInfo | None = None
        self._lock = threading.Lock()
        self._mailbox: Frame | None = None
        self._dropped = 0
        self._read = 0
        self._stop = threading.Event()
        self._running = threading.Event()  # cleared while paused
        self._running.set()
        self._thread = threading.Thread(target=self._run, name="nnstudio-live", daemon=True)

    # --- GUI side ----------------------------------------------------------------------------
    def start(self) -> None:
        self._thread.start()

    def take(self) -> Frame | None:
        """The newest frame not taken yet, or None."""
        with self._lock:
            frame, self._mailbox = self._mailbox, None
        return frame

    @property
    def dropped(self) -> int:
        """Frames read but replaced by a newer one before anybody took them."""
        return self._dropped

    @property
    def frames_read(self) -> int:
        return self._read

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def set_paused(self, paused: bool) -> None:
        if paused:
            self._running.clear()
        else:
            self._running.set()

    def request_stop(self) -> None:
        """Tell the thread to end (it notices within one frame time); do not wait."""
        self._stop.set()
        self._running.set()

    def stop(self) -> None:
        """End the thread and wait for it."""
        self.request_stop()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    # --- the thread ----------------------------------------------------------------------------
    def _run(self) -> None:
        reader = None
        try:
            reader = self._opener()
            self.info = reader.info
            if self._stop.is_set():
                return
            self.opened.emit(reader.info)
            self._read_frames(reader)
        except InputError as exc:
            if not self._stop.is_set():
                self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - a bug or a driver failure: a sentence, the log keeps the rest
            logger("live").error("live source failed:\n%s", "".join(
                traceback.format_exception(type(exc), exc, exc.__traceback__)).rstrip())
            if not self._stop.is_set():
                self.failed.emit(translate("LiveSource", "The live picture stopped ({error}); the last frame stays.")
                                 .format(error=(str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]))
        finally:
            if reader is not None:
                reader.close()

    def _read_frames(self, reader: VideoReader) -> None:
        info = reader.info
        period = 0.0 if info.is_camera else 1.0 / info.fps  # a camera paces itself
        due = time.perf_counter()
        while not self._stop.is_set():
            if not self._running.is_set():
                self._running.wait()
                due = time.perf_counter()  # no burst of catch-up frames after a pause
                continue
            pixels = reader.read()
            if pixels is None:  # the end of a file
                if not self.loop or reader.frames_read == 0:
                    self.ended.emit(reader.frames_read)
                    return
                reader.seek(0)
                continue
            self._read += 1
            image = image_from_array(pixels, info.name, fmt=translate("LiveSource", "video frame"), copy=False)
            working = working_copy(image.pixels, LIVE_WORKING_PIXELS)
            with self._lock:
                if self._mailbox is not None:
                    self._dropped += 1
                was_empty = self._mailbox is None
                self._mailbox = Frame(image, self._read, working)
            if was_empty:
                self.frame_ready.emit()
            if period:
                due += period
                wait = due - time.perf_counter()
                if wait > 0:
                    self._stop.wait(wait)
                else:
                    due = time.perf_counter()  # fell behind: no burst to catch up
