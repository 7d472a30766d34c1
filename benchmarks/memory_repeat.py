"""Memory over repeated use: does the window give back what it took?

In a fresh process per variant, opens the real main window offscreen and repeats a cycle N
times: open an image (three sizes in turn), visit every tab, open a network preset and train
it a few epochs. Prints the resident set size after each cycle and the growth from the end of
the warm-up (the first cycles) to the last cycle that used the same image and preset, for the window as shipped (freed large blocks go
back to the system, core/heap.py) and, as the reference in the same run, for the same window
with glibc's default heap behaviour.

Run: python benchmarks/memory_repeat.py [--cycles 8] [--warm-up 2]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ROTATION = 3  # a cycle's image and preset repeat every this many cycles

CHILD = r"""
import json, sys, time
from dataclasses import replace
from pathlib import Path
import numpy as np, cv2

def rss():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split(":")[1].split()[0]) / 1024

folder, cycles, variant = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
images = []
for i, (w, h) in enumerate([(3000, 2000), (1600, 1200), (4000, 3000)]):
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    path = folder / f"image{i}.jpg"
    cv2.imwrite(str(path), np.dstack([x * 255 / w, y * 255 / h, (x + y) % 256]).astype(np.uint8))
    images.append(str(path))
del x, y

import nnstudio.ui.app as app_module
if variant == "reference":
    app_module.return_large_blocks = lambda: False  # glibc's default: freed blocks stay mapped
app = app_module.create_application(offscreen=True)
from nnstudio.ui.main_window import MainWindow
from nnstudio.ui.network.training_run import RunState
from nnstudio.ui.settings import Settings
from nnstudio.ui.workers import LatestJobRunner

window = MainWindow(settings=Settings(persist=False))
window.resize(1280, 820)
window.show()
network = window.pages[2]

def settle(seconds=0.3, until=lambda: True):
    end = time.monotonic() + 300
    runners = window.findChildren(LatestJobRunner)
    while time.monotonic() < end and (any(r.busy for r in runners) or not until()):
        app.processEvents(); time.sleep(0.01)
    stop = time.monotonic() + seconds
    while time.monotonic() < stop:
        app.processEvents(); time.sleep(0.01)

def cycle(i):
    window.open_path(images[i % len(images)])
    settle()
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab); settle()
    window.tabs.setCurrentIndex(2)
    network.open_preset(("mlp_spiral", "lenet_digits", "mlp_shapes")[i % 3])
    settle(until=lambda: network.network.data_ready)
    network.network.set_config(replace(network.network.config, epochs=3))
    if network.network.train():
        settle(until=lambda: not network.network.run_state.active)

rows = []
for i in range(cycles):
    cycle(i)
    rows.append(round(rss(), 1))
window.close()
print(json.dumps(rows))
"""


def measure(variant: str, cycles: int) -> list[float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run([sys.executable, "-c", CHILD, folder, str(cycles), variant], env=env,
                              capture_output=True, text=True, cwd=folder)
    if done.returncode != 0:
        raise SystemExit(f"{variant}: the child failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=8)
    parser.add_argument("--warm-up", type=int, default=2)
    args = parser.parse_args()
    if args.cycles <= args.warm_up:
        parser.error("--cycles must be larger than --warm-up")
    growth = {}
    # The cycles take three images and presets in turn, which differ by 200 MB: growth is
    # measured between cycles at the same place in that rotation.
    first = args.warm_up - 1
    last = first + (args.cycles - 1 - first) // ROTATION * ROTATION
    if last == first:
        parser.error(f"--cycles must be at least --warm-up + {ROTATION}")
    for variant in ("shipped", "reference"):
        rows = measure(variant, args.cycles)
        growth[variant] = rows[last] - rows[first]
        print(f"{variant:9} RSS per cycle (MB): {' '.join(f'{mb:.0f}' for mb in rows)}; "
              f"growth from cycle {first + 1} to cycle {last + 1} {growth[variant]:+.0f} MB", flush=True)
    print(f"growth: shipped {growth['shipped']:+.0f} MB, reference (glibc default heap) "
          f"{growth['reference']:+.0f} MB over {last - first} cycles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
