"""`nnstudio filter/pixels IN.mp4 -o OUT.mp4`: a still-image command applied to every frame.

The frames are read with core.video (RGB, as images are loaded), each one goes through the
very function the command uses for a still image, and the results are written with the
input's frame rate; the frame count is kept because every frame gives one frame.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..core.errors import InputError
from ..core.i18n import translate
from ..core.video import VIDEO_SUFFIXES, is_video_path, open_video, write_video

#: What `-o` may name for a video: the containers core.video writes.
VIDEO_OUTPUTS = (".mp4", ".m4v", ".mov", ".avi", ".mkv")


def check_pairing(source: str, output: str) -> bool:
    """True for a video in and a video out, False for an image in and an image out;
    InputError for a mix (a video cannot become one PNG, nor a picture a video)."""
    video_in, video_out = is_video_path(source), Path(output).suffix.lower() in VIDEO_SUFFIXES
    if video_in and not video_out:
        raise InputError(translate("CliVideo", "{name} is a video: write the result as a video too "
                                   "({suffixes}).").format(name=Path(source).name, suffixes=", ".join(VIDEO_OUTPUTS)))
    if video_out and not video_in:
        raise InputError(translate("CliVideo", "{name} is a video file name, but {source} is not a video; "
                                   "write an image instead.").format(name=Path(output).name, source=Path(source).name))
    return video_in


@dataclass(frozen=True)
class VideoResult:
    count: int  # frames written
    fps: float
    size: tuple[int, int]  # (width, height) of the converted frames


def filter_video(source: str, output: str, per_frame: Callable[[np.ndarray], np.ndarray]) -> VideoResult:
    """Every frame of ``source`` through ``per_frame`` (RGB uint8 in, uint8 out), written to
    ``output`` at the source's fps."""
    size = [(0, 0)]
    with open_video(source) as reader:
        fps = reader.info.fps

        def results() -> Iterator[np.ndarray]:
            for frame in reader:
                converted = per_frame(frame)
                size[0] = (converted.shape[1], converted.shape[0])
                yield converted

        count = write_video(output, results(), fps)
    return VideoResult(count, fps, size[0])


def report(output: str, result: VideoResult) -> None:
    count = result.count
    print(translate("CliVideo", "{path}: %n frame(s) at {fps:g} fps", None, count).format(path=output, fps=result.fps))
    width, height = result.size
    if width % 2 or height % 2:
        # MPEG-4 and MJPG store even sizes only; OpenCV drops the odd last column or row.
        print(translate("CliVideo", "Note: the frames are {w}×{h}; the video format keeps even sizes, so they "
                        "are stored as {ew}×{eh}.").format(w=width, h=height, ew=width - width % 2, eh=height - height % 2))
