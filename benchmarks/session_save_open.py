"""How long a session takes to save and to open, against encoding and decoding its image alone.

Opens the real main window offscreen with a W × H photograph-like image, trains LeNet on the
digits for one epoch (so the session carries weights and curves), then times:
  capture   on the window's thread: reading the state models (budget ~30 ms)
  save      in the background: PNG, torch.save, zip, atomic write
  load      in the background: read, check, decode, load the weights into a model
  apply     on the window's thread: putting the checked session into the models
next to cv2.imencode/imdecode of the same image as PNG, measured in the same run.

Run: python benchmarks/session_save_open.py [--size 1920x1080] [--repeat 5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import cv2  # noqa: E402
import numpy as np  # noqa: E402
from timing import median_ms  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    width, height = map(int, args.size.lower().split("x"))

    from nnstudio.core.image_io import image_from_array
    from nnstudio.ui.document import working_copy
    from nnstudio.ui.scripting import scripted_window, wait_until
    from nnstudio.ui.session import snapshot

    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    rng = np.random.default_rng(0)
    rgb = np.dstack([x * 255 / width, y * 255 / height, (x + y) % 256]) + rng.normal(0, 8, (height, width, 3))
    rgb = np.clip(rgb, 0, 255).astype(np.uint8)

    with scripted_window("network", (1280, 800)) as window, tempfile.TemporaryDirectory() as folder:
        image = image_from_array(rgb, "bench.png")
        window.document.set_image(image, working_copy(image.pixels))
        page = window.pages[2]
        page.open_preset("lenet_digits")
        network = page.network
        wait_until(lambda: network.data_ready, 60_000)
        network.set_config(replace(network.config, epochs=1))
        network.train()
        wait_until(lambda: network.run_state.name == "FINISHED", 300_000)
        path = Path(folder) / "bench.nnstudio"
        taken = snapshot.capture(window)
        restored = []
        figures = {
            "capture (window's thread)": median_ms(lambda: snapshot.capture(window), args.repeat),
            "save (background)": median_ms(lambda: snapshot.save(path, taken), args.repeat),
            "load (background)": median_ms(lambda: restored.append(snapshot.load(path)), args.repeat),
        }
        figures["apply (window's thread)"] = median_ms(lambda: snapshot.apply(window, restored[-1]), args.repeat)
        png = cv2.imencode(".png", rgb[..., ::-1])[1]
        encode = median_ms(lambda: cv2.imencode(".png", rgb[..., ::-1]), args.repeat)
        decode = median_ms(lambda: cv2.imdecode(png, cv2.IMREAD_COLOR), args.repeat)
        size = path.stat().st_size
    print(f"session of a {width}×{height} RGB image and LeNet (weights and curves): {size / 1e6:.2f} MB")
    print(f"reference: cv2.imencode PNG {encode:.1f} ms, cv2.imdecode {decode:.1f} ms")
    for name, ms in figures.items():
        ref = encode if name.startswith(("save", "capture")) else decode
        print(f"{name:28s} {ms:8.1f} ms   {ms / ref:5.2f} × the PNG {'encode' if ref is encode else 'decode'}")


if __name__ == "__main__":
    main()
