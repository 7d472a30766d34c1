"""Generated 28×28 images of circles, squares and triangles at random size and place."""

from __future__ import annotations

import cv2
import numpy as np

SHAPE_CLASSES = ("circle", "square", "triangle")


def _draw(kind: int, size: int, rng: np.random.Generator) -> np.ndarray:
    img = np.zeros((size, size), np.uint8)
    half = rng.uniform(0.18, 0.38) * size  # half the extent of the shape
    cx, cy = rng.uniform(half + 1, size - half - 1, 2)
    thickness = -1 if rng.random() < 0.5 else int(rng.integers(1, 3))
    if kind == 0:
        cv2.circle(img, (round(cx), round(cy)), round(half), 255, thickness, cv2.LINE_AA)
    elif kind == 1:
        angle = rng.uniform(0, np.pi / 2)
        pts = [(cx + half * np.cos(angle + k * np.pi / 2), cy + half * np.sin(angle + k * np.pi / 2))
               for k in range(4)]
        _poly(img, pts, thickness)
    else:
        angle = rng.uniform(0, 2 * np.pi)
        pts = [(cx + half * np.cos(angle + k * 2 * np.pi / 3),
                cy + half * np.sin(angle + k * 2 * np.pi / 3)) for k in range(3)]
        _poly(img, pts, thickness)
    return img


def _poly(img: np.ndarray, pts: list[tuple[float, float]], thickness: int) -> None:
    arr = np.round(np.array(pts)).astype(np.int32).reshape(-1, 1, 2)
    if thickness < 0:
        cv2.fillPoly(img, [arr], 255, cv2.LINE_AA)
    else:
        cv2.polylines(img, [arr], True, 255, thickness, cv2.LINE_AA)


def make_shapes(n: int = 1500, size: int = 28, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """n images (n, size, size) uint8 and labels (n,) int64 indexing SHAPE_CLASSES."""
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, len(SHAPE_CLASSES), n).astype(np.int64)
    images = np.stack([_draw(int(k), size, rng) for k in labels]) if n else np.zeros((0, size, size), np.uint8)
    return images, labels
