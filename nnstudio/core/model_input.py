"""Any picture (a drawing, the current image of the Pixels/Filters tabs) as a network input.

The one preprocessing for images that go into a network, so that a drawing is scaled exactly
like the training data: values as float32 in [0, 1] (8-bit pixels divided by 255; the digits
data set's 0..16 levels divided by 16 gives the same range), the channel count of the input
(RGB averaged to gray with OpenCV's weights, gray repeated for RGB), and the size of the input
reached with cv2.resize(INTER_AREA), which averages the pixels a cell covers, as the 8x8
digits were made by counting ink in 4x4 blocks. A data set loader that scales differently
must say so, and call this with the same range.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from .errors import InputError
from .i18n import translate
from .memory_budget import check_budget


@dataclass(frozen=True)
class ModelInput:
    """One sample ready for the network, and how it was made (for the user to see)."""

    array: np.ndarray  # float32, shaped like the network's input: (C, H, W) or (F,)
    thumbnail: np.ndarray  # uint8 (H, W) or (H, W, 3): what the network sees, for display
    steps: str  # the conversion in words, e.g. "RGB 640×480 → gray → 8×8 (area average)"


def short_shape(shape: tuple) -> str:
    text = repr(tuple(shape))
    return text if len(text) <= 60 else text[:59] + "…"


def image_size_of(input_shape: tuple[int, ...]) -> tuple[int, int, int]:
    """(channels, height, width) of a network input; a flat (F,) input must be a square image."""
    shape = tuple(input_shape)
    if not all(isinstance(s, (int, np.integer)) and not isinstance(s, bool) and s >= 1 for s in shape):
        # cv2.resize asserts on a zero or negative size, and int() would round 3.5 silently.
        raise InputError(translate("ModelInput", "A picture cannot be turned into an input of shape {shape}; "
                                   "its sizes must be whole numbers from 1 up.").format(shape=short_shape(shape)))
    shape = tuple(int(s) for s in shape)
    if len(shape) == 3:
        return shape
    if len(shape) == 1 and math.isqrt(shape[0]) ** 2 == shape[0]:
        side = math.isqrt(shape[0])
        return 1, side, side
    raise InputError(translate("ModelInput", "A picture cannot be turned into an input of shape {shape}; the network needs an image input.").format(shape=shape))


def crop_to_ink(gray: np.ndarray, margin: float = 0.15) -> np.ndarray:
    """The square around the non-zero pixels, with a margin: a drawing fills the input as a
    digit fills its 8x8 cell, wherever on the canvas it was drawn. Blank images come back as is."""
    ys, xs = np.nonzero(gray > 0)
    if ys.size == 0:
        return gray
    top, bottom, left, right = ys.min(), ys.max() + 1, xs.min(), xs.max() + 1
    side = max(bottom - top, right - left)
    pad = int(round(side * margin))
    size = side + 2 * pad
    square = np.zeros((size, size), gray.dtype)
    y0 = pad + (side - (bottom - top)) // 2
    x0 = pad + (side - (right - left)) // 2
    square[y0 : y0 + bottom - top, x0 : x0 + right - left] = gray[top:bottom, left:right]
    return square


def to_model_input(pixels: np.ndarray, input_shape: tuple[int, ...], *, fit_to_ink: bool = False) -> ModelInput:
    """Convert an 8-bit gray/RGB image, or a float image in [0, 1], to one network input."""
    pixels = np.asarray(pixels)
    if pixels.ndim not in (2, 3) or (pixels.ndim == 3 and pixels.shape[2] not in (1, 3, 4)) or 0 in pixels.shape:
        raise InputError(translate("ModelInput", "An image of shape {shape} cannot be used as a network input.").format(shape=pixels.shape))
    channels, height, width = image_size_of(input_shape)
    if channels not in (1, 3):
        raise InputError(translate("ModelInput", "Pictures can feed networks with 1 or 3 input channels, not {channels}.").format(channels=channels))
    # Before cv2.resize is asked for it: float32 working copies of the source and the result,
    # and the 8-bit thumbnail.
    check_budget(translate("ModelInput", "An input of {c}×{h}×{w}").format(c=channels, h=height, w=width),
                 channels * height * width * 9 + pixels.size * 8)
    steps = [f"{_kind(pixels)} {pixels.shape[1]}×{pixels.shape[0]}"]
    image = pixels.astype(np.float32) / 255.0 if pixels.dtype == np.uint8 else pixels.astype(np.float32)
    if image.ndim == 3 and image.shape[2] == 4:
        image = image[:, :, :3]
    if image.ndim == 3 and image.shape[2] == 1:
        image = image[:, :, 0]
    if channels == 1 and image.ndim == 3:
        image = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
        steps.append(translate("ModelInputSteps", "gray"))
    elif channels == 3 and image.ndim == 2:
        image = np.repeat(image[:, :, None], 3, axis=2)
        steps.append(translate("ModelInputSteps", "gray repeated to RGB"))
    if fit_to_ink and image.ndim == 2:
        image = crop_to_ink(image)
        steps.append(translate("ModelInputSteps", "cropped to the drawing"))
    if image.shape[:2] != (height, width):
        image = cv2.resize(image, (width, height), interpolation=cv2.INTER_AREA)
        steps.append(translate("ModelInputSteps", "{w}×{h} (area average)").format(w=width, h=height))
    image = np.clip(image, 0.0, 1.0)
    thumbnail = np.round(image * 255).astype(np.uint8)
    array = image[None] if image.ndim == 2 else np.transpose(image, (2, 0, 1))
    if len(input_shape) == 1:
        array = array.reshape(-1)
        steps.append(translate("ModelInputSteps", "flattened to {n} values").format(n=array.size))
    array = np.ascontiguousarray(array, dtype=np.float32)
    array.flags.writeable = False
    return ModelInput(array, thumbnail, " → ".join(steps))


def _kind(pixels: np.ndarray) -> str:
    return translate("ModelInputSteps", "gray") if pixels.ndim == 2 or pixels.shape[2] == 1 else "RGB"
