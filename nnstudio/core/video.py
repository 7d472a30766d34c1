"""Frames from a camera or a video file, and whole videos written back, through OpenCV.

One reader for every place that needs moving pictures: the live source of the window, the
recording of the learner's own image classes, and ``nnstudio filter/pixels IN.mp4``. Frames
come out as row-major RGB uint8 arrays (H, W, 3), like every other image in nnstudio: the
BGR -> RGB conversion happens here and nowhere else.

Every failure a person can cause (no camera, a camera in use, a file OpenCV cannot decode, a
video with no frames, a camera that stops answering) is one InputError sentence.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

# FFmpeg and V4L2 print warnings of their own on stderr for every odd file or absent camera;
# nnstudio says what went wrong in one sentence instead. Set before the first capture, which is
# when OpenCV reads it.
os.environ.setdefault("OPENCV_FFMPEG_LOGLEVEL", "-8")

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from .errors import InputError  # noqa: E402
from .i18n import translate  # noqa: E402

try:  # OpenCV's own log (camera probing warns for every index it tries)
    cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)
except AttributeError:  # builds without the logging module
    pass

#: Frames larger than this are refused, as images are (a 8K video still fits).
MAX_FRAME_PIXELS = 40_000_000
#: A camera that gives this many empty reads in a row is treated as disconnected.
CAMERA_RETRIES = 5
#: Containers OpenCV's FFmpeg backend writes, with the codec that needs no extra licence.
_WRITE_CODECS = {".mp4": "mp4v", ".m4v": "mp4v", ".mov": "mp4v", ".avi": "MJPG", ".mkv": "MJPG"}
VIDEO_SUFFIXES = (".mp4", ".m4v", ".mov", ".avi", ".mkv", ".webm", ".mpg", ".mpeg", ".wmv")


@dataclass(frozen=True)
class VideoInfo:
    """What is known about a source before reading it."""

    name: str
    width: int
    height: int
    fps: float          # frames per second (a camera's nominal rate; 30 if it reports none)
    frame_count: int    # 0 for a camera (endless)
    is_camera: bool


class VideoReader:
    """An open camera or video file; ``read()`` returns the next RGB frame or None at the end.

    Not thread-safe: one thread reads (the live source's worker); ``close()`` may be called
    from another thread only after that thread stopped reading.
    """

    def __init__(self, capture: cv2.VideoCapture, info: VideoInfo) -> None:
        self._capture = capture
        self.info = info
        self.frames_read = 0

    def read(self) -> np.ndarray | None:
        """The next frame as RGB uint8 (H, W, 3); None when a file ends.

        A camera that gives no frame CAMERA_RETRIES times in a row raises InputError (it was
        unplugged or another program took it).
        """
        if self._capture is None:
            return None
        tries = CAMERA_RETRIES if self.info.is_camera else 1
        for _ in range(tries):
            ok, frame = self._capture.read()
            if ok and frame is not None and frame.size:
                self.frames_read += 1
                return _to_rgb(frame)
        if self.info.is_camera:
            raise InputError(translate("Video",
                "The camera stopped sending pictures (unplugged or taken by another program); "
                "the last picture stays."))
        return None

    def seek(self, frame_index: int) -> None:
        """Go to a frame of a file (a camera ignores this)."""
        if self._capture is not None and not self.info.is_camera:
            self._capture.set(cv2.CAP_PROP_POS_FRAMES, max(0, int(frame_index)))
            self.frames_read = max(0, int(frame_index))

    def close(self) -> None:
        if self._capture is not None:
            self._capture.release()
            self._capture = None

    def __enter__(self) -> VideoReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __iter__(self) -> Iterator[np.ndarray]:
        while (frame := self.read()) is not None:
            yield frame


def _to_rgb(frame: np.ndarray) -> np.ndarray:
    if frame.ndim == 2:
        return np.ascontiguousarray(np.repeat(frame[:, :, None], 3, axis=2))
    if frame.shape[2] == 4:
        return cv2.cvtColor(frame, cv2.COLOR_BGRA2RGB)
    return cv2.cvtColor(frame, cv2.COLOR_BGR2RGB)


def open_video(path: str | Path) -> VideoReader:
    """Open a video file; InputError in one sentence if it cannot be read or has no frames."""
    path = Path(path)
    name = path.name or str(path)
    if not path.exists():
        raise InputError(translate("Video","{name} does not exist.").format(name=name))
    if path.is_dir():
        raise InputError(translate("Video","{name} is a folder, not a video file.").format(name=name))
    if path.stat().st_size == 0:
        raise InputError(translate("Video","{name} is empty.").format(name=name))
    capture = cv2.VideoCapture(str(path))
    if not capture.isOpened():
        capture.release()
        raise InputError(translate("Video",
            "{name} is not a video nnstudio can read (try MP4 or AVI).").format(name=name))
    # The first frame proves the file decodes (a renamed text file can still "open").
    ok, first = capture.read()
    if not ok or first is None or not first.size:
        capture.release()
        raise InputError(translate("Video","{name} has no frames nnstudio can read.").format(name=name))
    height, width = first.shape[:2]
    if width * height > MAX_FRAME_PIXELS:
        capture.release()
        raise InputError(translate("Video",
            "{name}'s frames are {width}×{height}, too large to show live; scale the video "
            "down first.").format(name=name, width=width, height=height))
    capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
    fps = capture.get(cv2.CAP_PROP_FPS)
    count = int(max(0, capture.get(cv2.CAP_PROP_FRAME_COUNT)))
    info = VideoInfo(name, width, height, fps if 0 < fps < 1000 else 30.0, count, False)
    return VideoReader(capture, info)


def open_camera(index: int) -> VideoReader:
    """Open camera number `index`; InputError if there is none or it is in use."""
    capture = cv2.VideoCapture(int(index))
    if not capture.isOpened():
        capture.release()
        raise InputError(translate("Video",
            "Camera {index} could not be opened: there is no such camera or another program "
            "is using it.").format(index=index))
    ok, first = capture.read()
    if not ok or first is None or not first.size:
        capture.release()
        raise InputError(translate("Video",
            "Camera {index} opened but sent no picture; another program may be using it.")
            .format(index=index))
    height, width = first.shape[:2]
    fps = capture.get(cv2.CAP_PROP_FPS)
    info = VideoInfo(translate("Video","Camera {index}").format(index=index), width, height,
                     fps if 0 < fps < 1000 else 30.0, 0, True)
    return VideoReader(capture, info)


def list_cameras(limit: int = 6) -> list[int]:
    """Indices of the cameras OpenCV can open now (0 .. limit-1); probing takes a moment per
    index, so call it off the GUI thread."""
    found = []
    for index in range(limit):
        capture = cv2.VideoCapture(index)
        try:
            if capture.isOpened():
                found.append(index)
        finally:
            capture.release()
    return found


def is_video_path(path: str | Path) -> bool:
    return Path(path).suffix.lower() in VIDEO_SUFFIXES


def write_video(path: str | Path, frames: Iterable[np.ndarray], fps: float) -> int:
    """Write RGB (H, W, 3) or gray (H, W) uint8 frames to a video file; returns the count.

    All frames must share one size. The file appears whole or not at all: frames go to a
    temporary file beside the target, which replaces it only after the last frame.
    """
    path = Path(path)
    codec = _WRITE_CODECS.get(path.suffix.lower())
    if codec is None:
        raise InputError(translate("Video",
            "{name}: nnstudio writes videos as .mp4, .mov, .avi or .mkv.").format(
            name=path.name or str(path)))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(translate("Video","Could not write {name}: the folder does not exist.").format(
            name=path.name))
    handle, temp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=folder)
    os.close(handle)
    writer = None
    count = 0
    size = None
    try:
        for frame in frames:
            frame = np.asarray(frame)
            if frame.dtype != np.uint8:
                raise InputError(translate("Video","Video frames must be 8-bit pictures."))
            if size is None:
                size = frame.shape[:2]
                writer = cv2.VideoWriter(temp, cv2.VideoWriter_fourcc(*codec),
                                         float(fps if fps > 0 else 30.0),
                                         (int(size[1]), int(size[0])), isColor=True)
                if not writer.isOpened():
                    raise InputError(translate("Video","Could not write {name}: OpenCV cannot encode "
                                         "this format here.").format(name=path.name))
            elif frame.shape[:2] != size:
                raise InputError(translate("Video","Every frame of a video must have the same size."))
            if frame.ndim == 2:
                bgr = cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
            elif frame.shape[2] == 4:
                bgr = cv2.cvtColor(frame, cv2.COLOR_RGBA2BGR)
            else:
                bgr = cv2.cvtColor(frame, cv2.COLOR_RGB2BGR)
            writer.write(bgr)
            count += 1
        if writer is None:
            raise InputError(translate("Video","There were no frames to write."))
        writer.release()
        writer = None
        os.replace(temp, path)
        return count
    except OSError as exc:
        raise InputError(translate("Video","Could not write {name}: {reason}.").format(
            name=path.name, reason=(exc.strerror or type(exc).__name__).lower())) from exc
    finally:
        if writer is not None:
            writer.release()
        if os.path.exists(temp):
            os.remove(temp)
