"""Synthetic camera scenes: three things a learner might show a camera (a red ball, a blue
box, green stripes), moving over a noisy background. They stand in for a camera where there
is none: in the tests of the learner's own classes and in the screenshots of that window."""

from __future__ import annotations

import cv2
import numpy as np

SCENES = ("red ball", "blue box", "green stripes")


def scene_frames(kind: int, n: int, seed: int, size: tuple[int, int] = (120, 160)) -> list[np.ndarray]:
    """n RGB uint8 frames (height, width, 3) of scene `kind` (an index into SCENES)."""
    h, w = size
    rng = np.random.default_rng(seed)
    frames = []
    for t in range(n):
        frame = rng.integers(60, 140, (h, w, 3), dtype=np.uint8)
        # The object wanders as a hand-held one would: a slow loop around the middle.
        x, y = w * 3 // 8 + int(w / 8 * np.sin(t / 5)), h * 5 // 12 + int(h / 12 * np.cos(t / 7))
        r = min(h, w) // 5
        if kind == 0:
            cv2.circle(frame, (x + r, y + r // 2), r, (220, 30, 30), -1)
        elif kind == 1:
            cv2.rectangle(frame, (x, y - r // 2), (x + 2 * r, y + 3 * r // 2), (30, 40, 220), -1)
        else:
            step = max(8, w // 10)
            for k in range(0, w, step):
                cv2.line(frame, (k + t % step, 0), (k + t % step, h - 1), (30, 200, 40), max(2, w // 40))
        frames.append(frame)
    return frames
