"""How fast does a live video play through the Filters and Pixels tabs, and does the window
stay responsive?

Writes a 1280×720 video (a photo panning sideways, 30 fps; live/screenshots.py's write_pan_video), opens
it in the real window offscreen (File ▸ Open video…'s path) and plays it, looping, for a few
seconds per case: the Filters tab with conv 3×3 (Sobel x) + ReLU + 2×2 max pool on gray (its
default pipeline), then each Pixels mode. Prints per case:

- shown fps: distinct frames whose result the tab showed, per second (the video offers 30);
- dropped: frames the reader replaced before the tab was ready for them;
- GUI stall: the event loop's longest and 95th-percentile gap between two ticks of a 1 ms
  timer, minus 1 ms (what a click or a repaint would have waited);
- the bare compute of one frame (the tab's worker function alone), measured in the same run,
  and the fps it alone would allow: the reference the shown fps is compared with.

The machine's load average is printed before and after, since other work on the cores
lowers every figure. Target (issue 17): >= 25 fps shown with stall <= 50 ms on 2 cores.

    python benchmarks/live_video.py [--seconds 6] [--cases filters,rgb24,...]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from nnstudio.core.bitdepth import MODES
from nnstudio.ui.app import create_application
from timing import TickGaps, median_ms  # benchmarks/timing.py

SIZE = (1280, 720)
FPS = 30
VIDEO_FRAMES = 60


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=6.0)
    parser.add_argument("--cases", default=",".join(("filters",) + MODES))
    args = parser.parse_args()
    create_application(offscreen=True)
    from PySide6.QtCore import QEventLoop, QTimer

    from nnstudio.core.video import open_video
    from nnstudio.ui.document import LIVE_WORKING_PIXELS, working_copy
    from nnstudio.ui.filters.compute import compute
    from nnstudio.ui.live.screenshots import write_pan_video
    from nnstudio.ui.main_window import MainWindow
    from nnstudio.ui.pixels.conversion import run_conversion
    from nnstudio.ui.scripting import wait_until
    from nnstudio.ui.settings import Settings

    folder = Path(tempfile.mkdtemp(prefix="nnstudio-live-bench-"))
    video = folder / "pan.avi"
    write_pan_video(video, SIZE, VIDEO_FRAMES, FPS)
    with open_video(video) as reader:
        frame = reader.read()
        info = reader.info
    print(f"video: {info.width}×{info.height}, {info.frame_count} frames at {info.fps:g} fps; "
          f"{os.cpu_count()} cores, load average before: {_load()}")

    window = MainWindow(settings=Settings(persist=False))
    window.resize(1280, 800)
    window.show()
    wait_until(lambda: window.device_label.warmed_up, 60_000)  # torch's start-up work is done
    pixels_page, filters_page = window.pages[0], window.pages[1]

    def play(seconds: float, finished, input_of) -> tuple[float, int, list[float]]:
        """Play the video; returns shown fps, dropped frames and the event loop's gaps (ms).
        A result counts as shown when the tab's runner hands it over (``finished``) and it was
        made from another frame than the one before (``input_of``)."""
        shown = [0]
        last_key = [None]  # the last result's input, held: ids of freed arrays are reused
        counting = [False]

        def on_result(result) -> None:
            key = input_of(result)
            if counting[0] and window.document.is_live and key is not last_key[0]:
                last_key[0] = key
                shown[0] += 1

        finished.connect(on_result)
        window.open_path(video)
        wait_until(lambda: window.live.shown >= 3, 30_000)
        dropped_before = window.live.dropped
        ticks = TickGaps(1, precise=True)
        start = time.perf_counter()
        ticks.start()
        counting[0] = True
        loop = QEventLoop()  # never processEvents(WaitForMoreEvents, ms): see scripting.wait_until
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
        elapsed = time.perf_counter() - start
        counting[0] = False
        ticks.stop()
        finished.disconnect(on_result)
        dropped = window.live.dropped - dropped_before
        window.live.close()
        return shown[0] / elapsed, dropped, ticks.gaps

    print(f"{'case':<34} {'shown fps':>9} {'dropped':>8} {'stall max':>10} {'p95':>7} "
          f"{'compute/frame':>14} {'fps compute allows':>19}")
    for case in args.cases.split(","):
        if case == "filters":
            window.select_tab("filters")
            page = filters_page
            label = "Filters conv3×3+ReLU+maxpool 2×2"
            model = page.model
            preview = working_copy(frame, LIVE_WORKING_PIXELS)  # what the tab computes on while live
            bare = median_ms(lambda: compute(preview, model.stages, model.gray, model.selected, None), 5)
            finished, input_of = page.runner.finished, (lambda result: result.pixels)
        else:
            window.select_tab("pixels")
            page = pixels_page
            page.settings_model.update(mode=case)
            label = f"Pixels {case}"
            from nnstudio.core.image_io import image_from_array

            image = image_from_array(frame, "frame")
            settings = page.controls.settings()
            bare = median_ms(lambda: run_conversion(image, settings, "colour", None, False), 5)
            finished, input_of = page._runner.finished, (lambda conversion: conversion.image)
        fps, dropped, gaps = play(args.seconds, finished, input_of)
        p95 = sorted(gaps)[int(0.95 * (len(gaps) - 1))] if gaps else 0.0
        print(f"{label:<34} {fps:>9.1f} {dropped:>8d} {max(gaps, default=0):>8.1f}ms {p95:>5.1f}ms "
              f"{bare:>12.1f}ms {1000 / bare:>19.1f}", flush=True)
    print(f"load average after: {_load()} (target: >= 25 fps shown, stall <= 50 ms)")
    window.close()
    video.unlink()
    folder.rmdir()


def _load() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


if __name__ == "__main__":
    main()
