"""Start-up time: how long until nnstudio's window is there, against bare Qt.

Prints the median wall time of N fresh processes for each of:
  qt-import     python -c "import PySide6.QtWidgets"          (the floor: Qt's own load time)
  first-window  from process start until the main window has been shown and painted (the
                child prints the wall clock then; torch is still importing in the background)
  screenshot    nnstudio screenshot -o ...  (window + background torch import to name the
                device + grab + PNG write)
Run: python benchmarks/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST_WINDOW = """
import os, sys, time
from nnstudio.ui.app import create_application
app = create_application(offscreen=True)
from nnstudio.ui.main_window import MainWindow
from nnstudio.ui.settings import Settings
w = MainWindow(settings=Settings(persist=False))
w.show()
app.processEvents()
w.grab()  # painted
print(time.time(), flush=True)
os._exit(0)  # do not wait for the background torch import
"""


def wall(cmd: list[str]) -> float:
    """Seconds from starting the process until it exits, or until it prints a wall clock."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start_wall, start = time.time(), time.perf_counter()
    done = subprocess.run(cmd, check=True, env=env, capture_output=True, text=True)
    printed = done.stdout.strip()
    return float(printed) - start_wall if printed else time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    nnstudio = str(Path(sys.executable).with_name("nnstudio"))
    with tempfile.TemporaryDirectory() as tmp:
        cases = {
            "qt-import": [sys.executable, "-c", "import PySide6.QtWidgets"],
            "first-window": [sys.executable, "-c", FIRST_WINDOW],
            "screenshot": [nnstudio, "screenshot", "-o", f"{tmp}/shot.png"],
        }
        wall(cases["screenshot"])  # warm the file cache once, for every case alike
        medians = {}
        for name, cmd in cases.items():
            times = [wall(cmd) for _ in range(runs)]
            medians[name] = statistics.median(times)
            print(f"{name:<13} median {medians[name] * 1000:7.0f} ms   "
                  f"(runs: {', '.join(f'{t * 1000:.0f}' for t in times)})")
    base = medians["qt-import"]
    print(f"first-window / qt-import = {medians['first-window'] / base:.2f}x")
    print(f"screenshot   / qt-import = {medians['screenshot'] / base:.2f}x")


if __name__ == "__main__":
    main()
