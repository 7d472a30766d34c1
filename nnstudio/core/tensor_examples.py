"""Real tensors from what the user has loaded, from 1-D to 5-D, each with its axes named.

The notes list the shapes deep learning uses: (samples, features), (samples, timesteps,
features), (samples, height, width, channels) or (samples, channels, height, width), and five
axes for video. Here each is built from the current image or data set, so the learner slices
numbers they recognise. The channel-last image stays uint8, as Pillow and OpenCV load it; the
channel-first one is float32 in 0..1, as torchvision's ToTensor makes it.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from .i18n import QT_TRANSLATE_NOOP, translate
from .shapes_data import SHAPE_CLASSES, make_shapes
from .toy_data import toy_set

#: Axis letters → what one index along that axis is (translated where shown).
AXIS_MEANINGS = {
    "N": QT_TRANSLATE_NOOP("TensorAxes", "sample"),
    "T": QT_TRANSLATE_NOOP("TensorAxes", "time step / frame"),
    "C": QT_TRANSLATE_NOOP("TensorAxes", "channel"),
    "H": QT_TRANSLATE_NOOP("TensorAxes", "row (height)"),
    "W": QT_TRANSLATE_NOOP("TensorAxes", "column (width)"),
    "F": QT_TRANSLATE_NOOP("TensorAxes", "feature"),
}
BATCH = 16
VIDEO_CLIPS, VIDEO_FRAMES, VIDEO_SIDE, VIDEO_STEP = 2, 8, 64, 4
SERIES_LENGTH, SERIES_SAMPLES = 16, 8


@dataclass(frozen=True)
class TensorExample:
    key: str
    title: str  # English, marked for translation
    axes: str  # one letter per axis, e.g. "NCHW"
    values: np.ndarray
    labels: dict  # axis letter → names of its indices (channel R/G/B, a sample's class, …)
    source: str  # where the numbers come from (English, filled in; not translated)

    @property
    def rank(self) -> int:
        return self.values.ndim

    @property
    def nbytes(self) -> int:
        return int(self.values.nbytes)


def _channels(c: int) -> list[str]:
    return ["R", "G", "B"][:c] if c == 3 else [str(i) for i in range(c)]


def _small_rgb(pixels: np.ndarray, side: int) -> np.ndarray:
    rgb = cv2.cvtColor(pixels, cv2.COLOR_GRAY2RGB) if pixels.ndim == 2 else pixels[..., :3]
    h, w = rgb.shape[:2]
    scale = side / max(h, w)
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    return cv2.resize(rgb, size, interpolation=cv2.INTER_AREA)


def image_tensors(pixels: np.ndarray, name: str) -> list[TensorExample]:
    """Gray (H, W), colour (H, W, C) and (C, H, W), and a burst (N, T, C, H, W) of the image."""
    rgb = cv2.cvtColor(pixels, cv2.COLOR_GRAY2RGB) if pixels.ndim == 2 else np.ascontiguousarray(pixels[..., :3])
    gray = pixels if pixels.ndim == 2 else cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    chw = rgb.transpose(2, 0, 1).astype(np.float32) / np.float32(255)
    small = _small_rgb(rgb, VIDEO_SIDE).transpose(2, 0, 1)
    # Two clips of a camera panning over the image: right in the first, down in the second.
    clips = [[np.roll(small, VIDEO_STEP * t, axis=2 - clip) for t in range(VIDEO_FRAMES)]
             for clip in range(VIDEO_CLIPS)]
    video = np.asarray(clips, np.uint8)
    return [
        TensorExample("gray", QT_TRANSLATE_NOOP("TensorExamples", "Gray image (H, W)"), "HW", gray, {},
                      translate("TensorExamples", "{name}, gray (BT.601), uint8 as loaded").format(name=name)),
        TensorExample("hwc", QT_TRANSLATE_NOOP("TensorExamples", "Colour image (H, W, C)"), "HWC", rgb,
                      {"C": _channels(3)}, translate("TensorExamples", "{name}, uint8 channel-last as Pillow and OpenCV load it").format(name=name)),
        TensorExample("chw", QT_TRANSLATE_NOOP("TensorExamples", "Colour image (C, H, W)"), "CHW", chw,
                      {"C": _channels(3)}, translate("TensorExamples", "{name}, float32 0..1 channel-first as PyTorch wants it").format(name=name)),
        TensorExample("video", QT_TRANSLATE_NOOP("TensorExamples", "Video / burst (N, T, C, H, W)"), "NTCHW",
                      video, {"N": [translate("TensorExamples", "pan right"), translate("TensorExamples", "pan down")], "C": _channels(3)},
                      translate("TensorExamples", "{name} at {w}×{h}, shifted {step} px a frame").format(
                          name=name, w=small.shape[2], h=small.shape[1], step=VIDEO_STEP)),
    ]


def data_tensors(x: np.ndarray | None, y: np.ndarray | None, class_names, name: str) -> list[TensorExample]:
    """A vector, a batch (N, C, H, W) and a time series (N, T, F) from the current data set.

    An image data set gives the batch and its first image flattened as the vector; a 2-D point
    set gives the vector (one point) and the time series. What the current set cannot give
    comes from the built-in shapes or spiral sets, and the source says so.
    """
    examples = []
    images = x is not None and x.ndim == 4
    if images:
        batch, labels, classes, batch_source = x[:BATCH], y[:BATCH], list(class_names), translate("TensorExamples", "{name}, the first {n} training images").format(name=name, n=min(BATCH, len(x)))
    else:
        drawn, labels = make_shapes(BATCH, 28, 0)
        batch = (drawn.astype(np.float32) / 255)[:, None]
        classes, batch_source = list(SHAPE_CLASSES), translate("TensorExamples", "the built-in shapes set (the current data set has no images)")
    vector = (x[0].reshape(-1) if x is not None else batch[0].reshape(-1)).astype(np.float32)
    examples.append(TensorExample(
        "vector", QT_TRANSLATE_NOOP("TensorExamples", "Vector: one sample's features (F,)"), "F", vector, {},
        translate("TensorExamples", "{name}, sample 0 ({n} features)").format(
            name=name if x is not None else "shapes", n=vector.size)))
    examples.append(TensorExample(
        "batch", QT_TRANSLATE_NOOP("TensorExamples", "Batch of images (N, C, H, W)"), "NCHW",
        np.ascontiguousarray(batch, np.float32),
        {"N": [f"{i}: {classes[int(c)]}" for i, c in enumerate(labels)]}, batch_source))
    if x is not None and x.ndim == 2 and x.shape[1] == 2 and len(x) >= SERIES_LENGTH:
        points, series_source = x, name
    else:
        points, _ = toy_set("spiral", 512, 0.0, 0)
        series_source = translate("TensorExamples", "the built-in spiral set")
    # Visit the points in order of their angle round the centre: a path through the set,
    # cut into samples of SERIES_LENGTH consecutive steps of (x, y).
    centred = points - points.mean(axis=0)
    order = np.argsort(np.arctan2(centred[:, 1], centred[:, 0]), kind="stable")
    count = min(SERIES_SAMPLES, len(points) // SERIES_LENGTH)
    series = points[order][: count * SERIES_LENGTH].reshape(count, SERIES_LENGTH, 2).astype(np.float32)
    examples.append(TensorExample(
        "series", QT_TRANSLATE_NOOP("TensorExamples", "Time series (N, T, F)"), "NTF", series,
        {"F": ["x", "y"]}, translate("TensorExamples", "{source}: paths of {n} steps round the centre").format(
            source=series_source, n=SERIES_LENGTH)))
    return examples


def slice_2d(values: np.ndarray, rows: int, cols: int, index: dict[int, int]) -> np.ndarray:
    """The 2-D slice with axis `rows` down and `cols` across, every other axis at index[axis]
    (a rank-1 tensor is one row)."""
    if values.ndim == 1:
        return values[None, :]
    take = tuple(slice(None) if a in (rows, cols) else int(index.get(a, 0)) for a in range(values.ndim))
    plane = values[take]
    return plane.T if rows > cols else plane
