"""A heat map laid over the picture it explains, in a colour scale (Grad-CAM, saliency).

Pure numpy + OpenCV, shared by `nnstudio gradcam -o OUT.png` and the Network tab's
"Where did it look?" view, so both show the same picture.
"""

from __future__ import annotations

import cv2
import numpy as np

#: OpenCV's "jet": blue (0, not looked at) through green and yellow to red (1, most). The
#: scale every Grad-CAM paper uses, so the learner's pictures match what they read.
COLOUR_MAP = cv2.COLORMAP_JET
#: How much of the heat colour covers the picture.
ALPHA = 0.45


def input_picture(x: np.ndarray) -> np.ndarray:
    """A network input (C, H, W) with values in [0, 1] as an RGB uint8 picture (H, W, 3);
    values outside [0, 1] (a standardised input) are scaled min–max instead."""
    x = np.nan_to_num(np.asarray(x, np.float32))
    if x.ndim != 3 or x.shape[0] not in (1, 3):
        raise ValueError(f"an image input (1 or 3, H, W) is needed, not {x.shape}")
    lo, hi = float(x.min()), float(x.max())
    if lo < 0.0 or hi > 1.0:
        x = (x - lo) / (hi - lo) if hi > lo else np.zeros_like(x)
    hwc = np.rint(np.transpose(x, (1, 2, 0)) * 255.0).astype(np.uint8)
    return np.ascontiguousarray(np.repeat(hwc, 3, axis=2) if hwc.shape[2] == 1 else hwc)


def colour_scale(heat: np.ndarray) -> np.ndarray:
    """Heat in [0, 1] (H, W) as RGB uint8 in the colour scale."""
    levels = np.rint(np.clip(np.nan_to_num(heat), 0.0, 1.0) * 255.0).astype(np.uint8)
    return cv2.cvtColor(cv2.applyColorMap(levels, COLOUR_MAP), cv2.COLOR_BGR2RGB)


def overlay(picture: np.ndarray, heat: np.ndarray, alpha: float = ALPHA) -> np.ndarray:
    """``picture`` (H, W) or (H, W, 3) uint8 with ``heat`` blended over it; the heat map is
    resized bilinearly to the picture's size when it is smaller (a network sees 8×8)."""
    picture = np.asarray(picture)
    if picture.ndim == 2:
        picture = np.repeat(picture[:, :, None], 3, axis=2)
    picture = picture[:, :, :3]
    h, w = picture.shape[:2]
    if heat.shape != (h, w):
        heat = cv2.resize(np.asarray(heat, np.float32), (w, h), interpolation=cv2.INTER_LINEAR)
    blended = cv2.addWeighted(picture.astype(np.uint8), 1.0 - alpha, colour_scale(heat), alpha, 0.0)
    return np.ascontiguousarray(blended)


def enlarged(picture: np.ndarray, min_side: int = 256) -> np.ndarray:
    """``picture`` scaled up by a whole factor (nearest neighbour: the pixels stay square)
    until its shorter side reaches ``min_side``; as it is when already that large."""
    factor = max(1, -(-min_side // max(1, min(picture.shape[:2]))))
    if factor == 1:
        return picture
    return np.repeat(np.repeat(picture, factor, axis=0), factor, axis=1)
