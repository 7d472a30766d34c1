"""Memory for the largest image nnstudio accepts: a 100-megapixel picture through every tab.

Writes a 10000 × 10000 JPEG (and optionally other large files), then in a fresh process
opens the real main window offscreen, opens the file, and visits the Pixels, Filters and
Network tabs (waiting for each tab's background work to finish), then uses "Use the
current image" in the Network tab. Prints the resident set size after each step and the
process's peak (VmHWM), next to the same window holding the default sample (the
reference, measured in the same run), and the longest stall of the window's thread.

Run: python benchmarks/memory_large_image.py [--size 10000x10000] [--kind jpeg|png1|png16]
Budget (issue 11): the peak stays under 1.5 GB.
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

MAKE = r"""
import sys, numpy as np, cv2
from PIL import Image
path, kind, w, h = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
y, x = np.mgrid[0:h, 0:w].astype(np.float32)
if kind == "png1":
    Image.fromarray(((x // 50 + y // 50) % 2).astype(bool)).save(path)
elif kind == "png16":
    cv2.imwrite(path, ((x + y) * (65535 / (w + h))).astype(np.uint16))
else:
    rgb = np.dstack([(x * 255 / w), (y * 255 / h), ((x + y) % 256)]).astype(np.uint8)
    cv2.imwrite(path, rgb, [cv2.IMWRITE_JPEG_QUALITY, 90])
"""

CHILD = r"""
import json, sys, time
from pathlib import Path

def rss():
    v = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            k, a = line.split(":"); v[k] = int(a.split()[0]) / 1024
    return round(v["VmRSS"]), round(v["VmHWM"])

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from nnstudio.ui.app import create_application
app = create_application(offscreen=True)
from nnstudio.ui.main_window import MainWindow
from nnstudio.ui.settings import Settings
from nnstudio.ui.workers import LatestJobRunner

window = MainWindow(settings=Settings(persist=False))
window.resize(1280, 820)
window.show()
beats = {"last": time.monotonic(), "max": 0.0}
def beat():
    now = time.monotonic(); beats["max"] = max(beats["max"], now - beats["last"]); beats["last"] = now
heart = QTimer(); heart.timeout.connect(beat); heart.start(10)
rows = []

def settle(seconds=0.5):
    # Until no background job of any tab is running, then a little longer for the paints.
    end = time.monotonic() + 600
    runners = window.findChildren(LatestJobRunner)
    while time.monotonic() < end and any(r.busy for r in runners):
        app.processEvents(); time.sleep(0.01)
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        app.processEvents(); time.sleep(0.01)

def step(name, action):
    beats["max"] = 0.0; beats["last"] = time.monotonic()
    start = time.monotonic()
    action()
    settle()
    rows.append({"step": name, "seconds": round(time.monotonic() - start, 2),
                 "rss_mb": rss()[0], "peak_mb": rss()[1], "stall_s": round(beats["max"], 2)})

def visit_all():
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i); settle()

def use_current_image():
    # A network that takes a picture (LeNet on 8x8 digits), then the tab's button.
    window.pages[2].open_preset("lenet_digits")
    settle()
    button = window.findChild(QPushButton, "probe_current_image")
    if button is not None:
        button.click()
    else:
        window.pages[2].use_current_image()

step("window with the default sample, every tab visited", visit_all)
reference = rss()
loaded = {}
window.document.image_changed.connect(lambda image: loaded.setdefault("image", image))
def open_file():
    window.open_path(sys.argv[1])
    while "image" not in loaded and time.monotonic() < time.monotonic() + 600:
        app.processEvents(); time.sleep(0.01)
        if window.statusBar().currentMessage().startswith("⚠"):
            print(window.statusBar().currentMessage(), file=sys.stderr); break
step("open the large image (Pixels tab)", lambda: (window.tabs.setCurrentIndex(0), open_file()))
step("Filters tab", lambda: window.tabs.setCurrentIndex(1))
step("Network tab", lambda: window.tabs.setCurrentIndex(2))
step("lenet_digits, Use the current image", use_current_image)
step("Pixels tab again", lambda: window.tabs.setCurrentIndex(0))
window.close()
print(json.dumps({"reference": reference, "rows": rows}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="10000x10000")
    parser.add_argument("--kind", choices=("jpeg", "png1", "png16"), default="jpeg")
    args = parser.parse_args()
    w, h = (int(v) for v in args.size.lower().split("x"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("large.jpg" if args.kind == "jpeg" else "large.png")
        subprocess.run([sys.executable, "-c", MAKE, str(path), args.kind, str(w), str(h)], check=True, env=env)
        print(f"{args.kind} {w} x {h} ({w * h / 1e6:.0f} MP), {path.stat().st_size / 1e6:.1f} MB on disk")
        done = subprocess.run([sys.executable, "-c", CHILD, str(path)], env=env, capture_output=True, text=True,
                              cwd=folder)
    if done.returncode != 0:
        print(done.stderr[-3000:], file=sys.stderr)
        return 1
    result = json.loads(done.stdout.strip().splitlines()[-1])
    ref_rss, ref_peak = result["reference"]
    print(f"reference: the window with the default sample, every tab visited: RSS {ref_rss} MB, peak {ref_peak} MB")
    print(f"{'step':44} {'s':>6} {'RSS MB':>7} {'peak MB':>8} {'+peak':>6} {'stall s':>8}")
    for row in result["rows"]:
        print(f"{row['step']:44} {row['seconds']:6.2f} {row['rss_mb']:7d} {row['peak_mb']:8d} "
              f"{row['peak_mb'] - ref_peak:+6d} {row['stall_s']:8.2f}")
    peak = max(row["peak_mb"] for row in result["rows"])
    print(f"peak {peak} MB ({peak / ref_peak:.1f}× the reference); budget 1500 MB: "
          f"{'within' if peak < 1500 else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
