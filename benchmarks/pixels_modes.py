"""Median time of every Pixels-tab conversion on a 1920x1080 RGB image (target: <= 50 ms).

Run: python benchmarks/pixels_modes.py [--repeat N]
Each row also times the library call the mode is built on, in the same run, and prints the
ratio ours / library: the overhead of the conversion around it.
"""

from __future__ import annotations

import argparse

import cv2
import numpy as np
from PIL import Image

from nnstudio.core.bitdepth import BitDepthSettings as S
from nnstudio.core.compression import encode
from nnstudio.core.pixel_pipeline import PixelSettings, apply
from nnstudio.core.samples import load_sample
from timing import median_ms  # benchmarks/timing.py

TARGET_MS = 50.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    repeat = parser.parse_args().repeat

    rgb = cv2.resize(load_sample("chelsea").pixels, (1920, 1080), interpolation=cv2.INTER_CUBIC)
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    pil_rgb, pil_gray = Image.fromarray(rgb), Image.fromarray(gray)
    refs = {
        "cvtColor": ("cv2.cvtColor RGB2GRAY", lambda: cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)),
        "threshold": ("cv2.threshold", lambda: cv2.threshold(gray, 128, 255, cv2.THRESH_BINARY)),
        "otsu": ("cv2.threshold OTSU", lambda: cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)),
        "fs1": ("PIL convert('1')", lambda: pil_gray.convert("1")),
        "lut": ("cv2.LUT", lambda: cv2.LUT(rgb, np.arange(256, dtype=np.uint8))),
        "octree": ("PIL quantize octree", lambda: pil_rgb.quantize(16, method=Image.Quantize.FASTOCTREE)),
        "resize": ("cv2.resize", lambda: cv2.resize(rgb, (480, 270), interpolation=cv2.INTER_AREA)),
        "jpeg": ("cv2.imencode .jpg", lambda: cv2.imencode(".jpg", rgb, [cv2.IMWRITE_JPEG_QUALITY, 30])),
    }
    cases = [
        ("rgb24 (copy)", S(mode="rgb24"), "lut"),
        ("gray8 BT.601", S(mode="gray8"), "cvtColor"),
        ("1bit threshold 128", S(mode="1bit"), "threshold"),
        ("1bit Otsu", S(mode="1bit", threshold=None), "otsu"),
        ("1bit Floyd-Steinberg", S(mode="1bit", dither="floyd-steinberg"), "fs1"),
        ("1bit Bayer 2", S(mode="1bit", dither="bayer2"), "threshold"),
        ("1bit Bayer 4", S(mode="1bit", dither="bayer4"), "threshold"),
        ("1bit Bayer 8", S(mode="1bit", dither="bayer8"), "threshold"),
        ("bits 3 per channel", S(mode="bits", bits=3), "lut"),
        ("bits 3 + Floyd-Steinberg", S(mode="bits", bits=3, dither="floyd-steinberg"), "fs1"),
        ("bits 1 + Floyd-Steinberg", S(mode="bits", bits=1, dither="floyd-steinberg"), "fs1"),
        ("bits 3 + Bayer 4", S(mode="bits", bits=3, dither="bayer4"), "lut"),
        ("palette 16", S(mode="palette", colors=16), "octree"),
        ("palette 256", S(mode="palette", colors=256), "octree"),
        ("palette 16 + Floyd-Steinberg", S(mode="palette", colors=16, dither="floyd-steinberg"), "octree"),
        ("palette 256 + Floyd-Steinberg", S(mode="palette", colors=256, dither="floyd-steinberg"), "octree"),
        ("bit plane 7 of gray", S(mode="bitplane", plane=7), "cvtColor"),
        ("rebuild from planes 7,6,5", S(mode="bitplane", channel="r", keep_planes=(7, 6, 5)), "lut"),
    ]
    rows = [(name, PixelSettings(settings), ref) for name, settings, ref in cases]
    rows.append(("resample x0.25 area + 1bit", PixelSettings(S(mode="1bit"), scale=0.25), "resize"))
    rows.append(("resample x0.25 bicubic", PixelSettings(S(), scale=0.25, interp="bicubic"), "resize"))

    print(f"1920x1080 RGB, median of {repeat} runs, target <= {TARGET_MS:.0f} ms\n")
    print(f"{'case':<30} {'ms':>7}  {'built on':<22} {'lib ms':>7} {'ratio':>6}  ok")
    worst = 0.0
    for name, settings, ref in rows:
        ms = median_ms(lambda: apply(rgb, settings), repeat)
        ref_name, ref_fn = refs[ref]
        ref_ms = median_ms(ref_fn, repeat)
        worst = max(worst, ms)
        print(f"{name:<30} {ms:7.1f}  {ref_name:<22} {ref_ms:7.2f} {ms / ref_ms:6.1f}  {'yes' if ms <= TARGET_MS else 'NO'}")
    for fmt, quality in (("png", 90), ("jpeg", 30), ("webp", 30), ("bmp", 90)):
        ms = median_ms(lambda: encode(rgb, fmt, quality), max(3, repeat // 3))
        print(f"{'encode+decode ' + fmt:<30} {ms:7.1f}  (compression panel, its own worker)")
    print(f"\nslowest conversion: {worst:.1f} ms")


if __name__ == "__main__":
    main()
