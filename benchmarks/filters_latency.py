"""How soon the Filters tab shows the result of the last slider change (the live promise).

Drives the real tab offscreen on a 1920×1080 RGB image: bursts of kernel-size/sigma/stride
changes as fast as a drag produces them, then the time from the last change until the
result is on screen. Prints the median and p95 over the bursts, and how many of the
intermediate requests were dropped as stale (latest request wins).

    python benchmarks/filters_latency.py [--bursts N] [--gray]
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np

from nnstudio.core.image_io import image_from_array
from nnstudio.ui.app import create_application


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bursts", type=int, default=20)
    parser.add_argument("--gray", action="store_true")
    args = parser.parse_args()
    app = create_application(offscreen=True)
    from PySide6.QtCore import QEventLoop, QTimer

    from nnstudio.ui.main_window import MainWindow
    from nnstudio.ui.settings import Settings

    rgb = np.random.default_rng(0).integers(0, 256, (1080, 1920, 3), dtype=np.uint8)
    window = MainWindow(image_from_array(rgb, "bench"), settings=Settings(persist=False))
    window.resize(1280, 800)
    window.select_tab("filters")
    window.show()
    page = window.pages[1]
    page.model.set_gray(args.gray)
    shown = []
    page.runner.finished.connect(lambda _r: shown.append(time.perf_counter()))

    def wait_for_result(timeout_ms: int = 5000) -> None:
        loop = QEventLoop()
        page.runner.finished.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        page.runner.finished.disconnect(loop.quit)

    wait_for_result()
    stride = page.editor.conv.stride
    latencies, dropped = [], 0
    for burst in range(args.bursts):
        shown.clear()
        for step in range(8):  # a drag: eight changes, each one processed by the event loop
            stride.setValue(1 + (burst + step) % 3)
            app.processEvents()
        last_change = time.perf_counter()
        stride.setValue(1 + (burst + 8) % 3 or 1)
        last_change = time.perf_counter()
        wait_for_result()
        app.processEvents()  # paint
        latencies.append((time.perf_counter() - last_change) * 1000)
        dropped += 9 - len(shown)
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, int(round(0.95 * (len(latencies) - 1))))]
    mode = "gray" if args.gray else "RGB"
    print(f"1920×1080 {mode}, conv 3×3 + ReLU + max pool 2×2, {args.bursts} bursts of 9 changes")
    print(f"last change -> result shown: median {statistics.median(latencies):.1f} ms, p95 {p95:.1f} ms (target p95 <= 50 ms)")
    print(f"stale requests dropped: {dropped} of {9 * args.bursts}")
    window.close()


if __name__ == "__main__":
    main()
