"""`nnstudio filter IN.mp4 -o OUT.mp4` against the still-image loop doing the same frames.

A 1280×720 synthetic video (N frames, MPEG-4 in .mp4) goes through conv 3×3 (Sobel x, same
padding) + ReLU + 2×2 max pool, once with the video command (decode, filter, encode) and once
as the still-image command would do it frame by frame (each frame a PNG read, filtered and
written as PNG), in the same run. Also `nnstudio pixels` (gray, 1-bit Floyd–Steinberg) on the
same video. Prints frames per second and the ratio.

    python benchmarks/video_filter.py [--frames N]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from nnstudio.cli import main as cli
from nnstudio.core.video import open_video, write_video

FILTER = ["--kernel", "sobel_x", "--padding", "same", "--activation", "relu", "--pool", "max"]
PIXELS = ["--mode", "1bit", "--dither", "floyd-steinberg"]


def synthetic_frames(count: int) -> list[np.ndarray]:
    yy, xx = np.mgrid[0:720, 0:1280]
    frames = []
    for i in range(count):
        frame = np.stack([(xx // 5) % 256, (yy // 3) % 256, np.full_like(xx, 90)], axis=2).astype(np.uint8)
        cv2.circle(frame, (100 + 30 * i, 360), 120, (255, 255, 255), -1)
        frames.append(frame)
    return frames


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def quiet(argv: list[str]) -> None:
    with open(os.devnull, "w") as null:
        saved, sys.stdout = sys.stdout, null
        try:
            assert cli(argv) == 0, argv
        finally:
            sys.stdout = saved


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--frames", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source = work / "in.mp4"
        write_video(source, synthetic_frames(args.frames), 30.0)
        with open_video(source) as reader:
            for i, frame in enumerate(reader):
                Image.fromarray(frame).save(work / f"f{i:03d}.png")
        stills = sorted(work.glob("f*.png"))
        print(f"1280×720, {len(stills)} frames, OpenCV threads {cv2.getNumThreads()}")
        for name, options in (("filter conv+ReLU+pool", FILTER), ("pixels 1-bit Floyd", PIXELS)):
            command = name.split()[0]
            video_s = timed(lambda: quiet([command, str(source), "-o", str(work / "out.mp4"), *options]))
            still_s = timed(lambda: [quiet([command, str(p), "-o", str(work / "out.png"), *options]) for p in stills])
            video_fps, still_fps = len(stills) / video_s, len(stills) / still_s
            print(f"{name:24s} video command {video_fps:6.1f} fps   still-image loop {still_fps:6.1f} fps   "
                  f"ratio {video_fps / still_fps:4.2f}")


if __name__ == "__main__":
    main()
