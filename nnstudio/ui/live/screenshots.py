"""Render the README's live screenshot: a video standing in for the camera, the Filters tab
running conv + ReLU + max pool on its frames, the live bar above.

    python -m nnstudio.ui.live.screenshots packaging/screenshots [--lang ko]
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import cv2

from ...core.samples import load_sample
from ...core.video import write_video
from ..scripting import print_rendered, save_grab, scripted_window, shot_name, wait_until

SIZE = (1400, 860)


def write_pan_video(path: Path, size: tuple[int, int] = (1280, 720), frames: int = 60, fps: float = 30) -> Path:
    """A photo (the chelsea sample) panning sideways, 4 pixels a frame: a stand-in camera."""
    width, height = size
    photo = cv2.resize(load_sample("chelsea").pixels, (width + 4 * frames, height), interpolation=cv2.INTER_CUBIC)
    write_video(path, (photo[:, 4 * i: 4 * i + width] for i in range(frames)), fps)
    return path


def render(folder: str | Path, language: str | None = None) -> list[Path]:
    folder = Path(folder)
    with tempfile.TemporaryDirectory() as temp, scripted_window("filters", SIZE, language) as window:
        video = write_pan_video(Path(temp) / "camera.avi")
        page = window.current_page()
        window.open_path(video)
        # Playing, at a moment when the frame on show has its result on show too.
        wait_until(lambda: window.live.shown >= 20 and not page.busy() and page.result is not None
                   and page.result.pixels is window.document.working_pixels)
        return [save_grab(window, folder / shot_name("live-filters", language))]


if __name__ == "__main__":
    print_rendered(render)
