"""The Filters tab's live pipeline against the bare OpenCV calls doing the same work.

On a 1920×1080 RGB image: 3×3 conv (same padding, zeros) + ReLU + 2×2 max pool, nnstudio's
run_pipeline versus cv2.filter2D + cv2.max + cv2.dilate and a strided slice, measured in the
same run (median of N). Also stride 2 against stride 1, and the two stride-2 routes (full
pass + subsample versus strided slices) that convolution.py chooses between.

    python benchmarks/filters_pipeline.py [--repeat N]
"""

from __future__ import annotations

import argparse

import cv2
import numpy as np

from nnstudio.core import convolution
from nnstudio.core.convolution import ConvSettings
from nnstudio.core.kernels import make_kernel
from nnstudio.core.pipeline import ActivationStage, ConvStage, PoolStage, run_pipeline
from nnstudio.core.pooling import PoolSettings
from timing import median_ms  # benchmarks/timing.py


def bare_opencv(rgb: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    x = rgb.astype(np.float32)
    y = cv2.filter2D(x, cv2.CV_32F, kernel, borderType=cv2.BORDER_CONSTANT)
    y = cv2.max(y, 0.0)
    return cv2.dilate(y, np.ones((2, 2), np.uint8), anchor=(0, 0))[: y.shape[0] // 2 * 2 : 2, : y.shape[1] // 2 * 2 : 2]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=21)
    args = parser.parse_args()
    rgb = np.random.default_rng(0).integers(0, 256, (1080, 1920, 3), dtype=np.uint8)
    kernel = make_kernel("sobel_x")
    print(f"1920×1080 RGB, median of {args.repeat}, OpenCV threads: {cv2.getNumThreads()}")

    def ours(stride: int = 1):
        stages = [ConvStage(kernel, ConvSettings(stride=stride, padding="same")), ActivationStage("relu"), PoolStage(PoolSettings("max", 2))]
        return run_pipeline(rgb, stages)[-1].hwc

    ref = bare_opencv(rgb, kernel)
    assert np.allclose(ours(), ref, rtol=1e-5, atol=1e-3), "the two pipelines disagree"
    t_ours, t_cv = median_ms(ours, args.repeat), median_ms(lambda: bare_opencv(rgb, kernel), args.repeat)
    print(f"conv3x3+ReLU+maxpool2  nnstudio {t_ours:7.2f} ms   bare OpenCV {t_cv:7.2f} ms   ratio {t_ours / t_cv:.2f}x (target <= 1.5x)")
    t_s2 = median_ms(lambda: ours(2), args.repeat)
    print(f"same pipeline, conv stride 2: {t_s2:7.2f} ms   vs stride 1 {t_ours:7.2f} ms   ratio {t_s2 / t_ours:.2f}x")

    x = rgb.astype(np.float32)
    print("stride > 1 routes for the conv alone (3-channel 1080p, 'same' padding):")
    for k in (3, 5, 7):
        for s in (2, 3, 4):
            kern = np.random.default_rng(k).normal(size=(k, k)).astype(np.float32)
            cfg = ConvSettings(stride=s, padding="same")
            ho, wo = convolution.output_shape(x.shape[:2], kern.shape, cfg)
            padded = convolution.pad_hwc(x, kern.shape, cfg)

            def full_then_subsample():
                full = cv2.filter2D(padded, cv2.CV_32F, kern, anchor=(0, 0), borderType=cv2.BORDER_CONSTANT)
                return full[: s * (ho - 1) + 1 : s, : s * (wo - 1) + 1 : s]

            def kept_rows():
                return convolution._kept_rows_route(padded, kern, s, 1, ho, wo)

            def tap_slices():
                return strided_tap_slices(padded, kern, s, ho, wo)

            def nnstudio():
                return convolution.correlate_hwc(x, kern, cfg)

            assert np.allclose(full_then_subsample(), kept_rows(), rtol=1e-4, atol=1e-2)
            assert np.allclose(full_then_subsample(), nnstudio(), rtol=1e-4, atol=1e-2)
            n = max(5, args.repeat // 3)
            t_full, t_rows, t_taps = median_ms(full_then_subsample, n), median_ms(kept_rows, n), median_ms(tap_slices, n)
            t_ours = median_ms(nnstudio, n)
            print(f"  stride {s}, {k}x{k}: full pass + subsample {t_full:6.2f} ms   kept rows {t_rows:6.2f} ms   "
                  f"k² strided slices (numpy) {t_taps:7.2f} ms   nnstudio (filter2D's border + pick) {t_ours:6.2f} ms")


def strided_tap_slices(padded: np.ndarray, kernel: np.ndarray, s: int, ho: int, wo: int) -> np.ndarray:
    """The textbook exact route: Σ weight × strided slice, computing only kept outputs."""
    out = np.zeros((ho, wo, padded.shape[2]), np.float32)
    for a in range(kernel.shape[0]):
        for b in range(kernel.shape[1]):
            out += kernel[a, b] * padded[a : a + s * (ho - 1) + 1 : s, b : b + s * (wo - 1) + 1 : s]
    return out


if __name__ == "__main__":
    main()
